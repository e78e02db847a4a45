// The payout screens' server-rendered HTML (decision 0031), over plain HTTP as a phone would fetch them: a
// vendor's Account page shows its payout bank masked and a form to change it; the money page's "Next
// payout" says what is held back and why; a batch's page shows each payee's bank (masked) and the accounts
// it left out. The real stack: PGlite, every subgraph, the gateway and `next start`.
import { request } from 'node:http';
import en from '../storefront/messages/en.json';
import { totpAt } from '../subgraphs/kit/src/totp';
import { startStorefront, type RunningStorefront } from '../scripts/storefront';
import { postJournalEntry } from '../subgraphs/ledger/src/services/posting';
import { orderPaid, payeeVendor } from '../subgraphs/ledger/test/support';
import { gql } from './support/graphql';
import { forgetUsedTotpCodes, startStack, type TestStack } from './support/stack';

const MARKET = 'naija-market';
const NUMBER = '0712345678';
let stack: TestStack;
let storefront: RunningStorefront;

function get(path: string, cookies: Record<string, string>): Promise<{ status: number; body: string }> {
  const url = new URL(path, storefront.url);
  const cookie = Object.entries(cookies)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', headers: { cookie } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function login(user: 'client' | 'vendor') {
  if (user === 'client') await forgetUsedTotpCodes(stack.stack.prisma);
  const r = await gql(stack.gatewayUrl, 'mutation ($i: LoginInput!) { login(input: $i) { session { accessToken refreshToken } userErrors { code } } }', {
    i: { tenantSlug: MARKET, email: `${user}@webwaka.test`, password: stack.demo.password, ...(user === 'client' ? { totpCode: totpAt(stack.demo.totpSecret) } : {}) },
  });
  const s = r.data!.login.session;
  return { headers: { authorization: `Bearer ${s.accessToken}`, 'x-tenant': MARKET }, cookies: { [`ww_at_${MARKET}`]: s.accessToken, [`ww_rt_${MARKET}`]: s.refreshToken } };
}

beforeAll(async () => {
  stack = await startStack();
  storefront = await startStorefront({ gatewayUrl: stack.gatewayUrl });
}, 300_000);
afterAll(async () => {
  await storefront?.stop();
  await stack?.stop();
}, 60_000);

test('a vendor sets its payout bank on its Account page; only the last 4 digits are ever on screen', async () => {
  const vendor = await login('vendor');
  const before = await get(`/admin/${MARKET}/account`, vendor.cookies);
  expect(before.status).toBe(200);
  expect(before.body).toContain(en['admin.payoutBank.none']);
  expect(before.body).toMatch(/name="accountNumber"[^>]*inputMode="numeric"|inputMode="numeric"[^>]*name="accountNumber"/i);
  const own = (await gql(stack.gatewayUrl, '{ myVendor { id } }', {}, vendor.headers)).data!.myVendor.id;
  const set = await gql(stack.gatewayUrl, 'mutation ($v: ID!) { setVendorPayoutBank(vendorId: $v, input: { bankName: "Zenith Bank", accountName: "Chiamaka Closet Ltd", accountNumber: "0712345678" }) { userErrors { code } } }', { v: own }, vendor.headers);
  expect(set.data!.setVendorPayoutBank.userErrors).toEqual([]);
  const after = await get(`/admin/${MARKET}/account`, vendor.cookies);
  expect(after.body).toContain('Zenith Bank · ••••••5678 · Chiamaka Closet Ltd');
  expect(after.body).not.toContain(NUMBER);
});

test('the money page shows what is held back and why; a batch page shows payees’ banks masked and who was left out', async () => {
  const admin = await login('client');
  const market = (await stack.stack.prisma.tenant.findUniqueOrThrow({ where: { slug: MARKET } })).id;
  const noBank = await payeeVendor(stack.stack.prisma, market, { bank: false });
  const banked = await payeeVendor(stack.stack.prisma, market, { accountNumber: '0099887766' });
  await postJournalEntry(stack.stack.prisma, orderPaid(market, noBank, { goods: 3_000n, tax: 0n }));
  await postJournalEntry(stack.stack.prisma, orderPaid(market, banked, { goods: 12_000n, tax: 0n }));

  const money = await get(`/admin/${MARKET}/money`, admin.cookies);
  expect(money.status).toBe(200);
  expect(money.body).toContain(en['admin.payoutPlan.title']);
  expect(money.body).toContain('No payout bank details');
  expect(money.body).toContain(`/admin/${MARKET}/money/payees/${noBank}`);

  const created = await gql(stack.gatewayUrl, 'mutation { createPayoutBatch(currency: "NGN") { batch { id } userErrors { code message } } }', {}, admin.headers);
  const batchId = created.data!.createPayoutBatch.batch.id;
  const page = await get(`/admin/${MARKET}/money/payouts/${batchId}`, admin.cookies);
  expect(page.status).toBe(200);
  expect(page.body).toContain('Test Bank ••••7766');
  expect(page.body).not.toContain('0099887766');
  expect(page.body).toContain(en['admin.payoutPlan.heldBackTitle']);

  const payee = await get(`/admin/${MARKET}/money/payees/${noBank}`, admin.cookies);
  expect(payee.status).toBe(200);
  expect(payee.body).toContain(en['admin.payoutBank.none']);
});
