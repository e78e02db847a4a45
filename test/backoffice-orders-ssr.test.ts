// The back office's order page follows commerce's refund rule (decision 0025): cancelling a paid order
// refunds it, so staff are not offered the button on a paid order and are told why; they still cancel
// orders awaiting payment; an administrator (2FA) is offered it on both. Server-rendered HTML over plain
// HTTP; the real stack: PGlite, every subgraph, the gateway and `next start`.
import { request } from 'node:http';
import en from '../storefront/messages/en.json';
import { totpAt } from '../subgraphs/kit/src/totp';
import { seedCommerce } from '../prisma/seed/commerce';
import { startStorefront, type RunningStorefront } from '../scripts/storefront';
import { checkout, checkoutInput, decideOnSandboxPage, guestCart, makeProduct, tenantId, waitFor } from '../subgraphs/commerce/test/support';
import { gql } from './support/graphql';
import { forgetUsedTotpCodes, startStack, type TestStack } from './support/stack';

const STORE = 'ade-fashion';

let stack: TestStack;
let storefront: RunningStorefront;
let paid: string;
let unpaid: string;

function get(path: string, cookies: Record<string, string>): Promise<{ status: number; body: string }> {
  const cookie = Object.entries(cookies)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, storefront.url), { method: 'GET', headers: { cookie } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function cookiesOf(user: 'client' | 'staff') {
  if (user === 'client') await forgetUsedTotpCodes(stack.stack.prisma);
  const r = await gql(stack.gatewayUrl, 'mutation ($i: LoginInput!) { login(input: $i) { session { accessToken refreshToken } userErrors { code } } }', {
    i: { tenantSlug: STORE, email: `${user}@webwaka.test`, password: stack.demo.password, ...(user === 'client' ? { totpCode: totpAt(stack.demo.totpSecret) } : {}) },
  });
  const session = r.data?.login?.session;
  if (!session) throw new Error(`login ${user}: ${JSON.stringify(r.errors ?? r.data)}`);
  return { [`ww_at_${STORE}`]: session.accessToken, [`ww_rt_${STORE}`]: session.refreshToken };
}

beforeAll(async () => {
  stack = await startStack();
  await seedCommerce(stack.stack.prisma);
  const p = await makeProduct(stack.stack.prisma, await tenantId(stack.stack.prisma, STORE), { price: 300_000n, stock: 10 });
  const first = (await checkout(stack, STORE, checkoutInput(await guestCart(stack, STORE, [{ variantId: p.variantId, quantity: 1 }])))).data!.checkout;
  await decideOnSandboxPage(stack, first.payment.authorizationUrl, 'pay');
  await waitFor(async () => (await stack.stack.prisma.order.findUniqueOrThrow({ where: { id: first.order.id } })).status === 'PAID');
  paid = first.order.id;
  unpaid = (await checkout(stack, STORE, checkoutInput(await guestCart(stack, STORE, [{ variantId: p.variantId, quantity: 1 }])))).data!.checkout.order.id;
  storefront = await startStorefront({ gatewayUrl: stack.gatewayUrl });
}, 600_000);

afterAll(async () => {
  await storefront?.stop();
  await stack?.stop();
}, 60_000);

const offersCancel = (html: string) => html.includes(`>${en['admin.orders.cancel']}<`);

test('staff: no cancel on a paid order, with the reason; cancel on an order awaiting payment', async () => {
  const cookies = await cookiesOf('staff');
  const page = await get(`/admin/${STORE}/orders/${paid}`, cookies);
  expect(page.status).toBe(200);
  expect(offersCancel(page.body)).toBe(false);
  expect(page.body).toContain(en['admin.orders.cancelPaidNeedsAdmin']);
  const open = await get(`/admin/${STORE}/orders/${unpaid}`, cookies);
  expect(offersCancel(open.body)).toBe(true);
  expect(open.body).not.toContain(en['admin.orders.cancelPaidNeedsAdmin']);
});

test('an administrator with 2FA is offered cancel on the paid order', async () => {
  const page = await get(`/admin/${STORE}/orders/${paid}`, await cookiesOf('client'));
  expect(page.status).toBe(200);
  expect(offersCancel(page.body)).toBe(true);
  expect(page.body).not.toContain(en['admin.orders.cancelPaidNeedsAdmin']);
});
