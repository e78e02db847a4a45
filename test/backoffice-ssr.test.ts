// The back office's server-rendered HTML over plain HTTP (no browser): signed-out visitors go to sign-in
// (and come back where they were going), the navigation follows the viewer's roles in the tenant, an
// expired access token is renewed through the session route, and pages refuse sections a role lacks.
// The real stack: PGlite, every subgraph, the gateway and `next start`.
import { request } from 'node:http';
import en from '../storefront/messages/en.json';
import notifications from '../storefront/messages/notifications-admin.en.json';
import { totpAt } from '../subgraphs/kit/src/totp';
import { startStorefront, type RunningStorefront } from '../scripts/storefront';
import { gql } from './support/graphql';
import { forgetUsedTotpCodes, startStack, type TestStack } from './support/stack';

const STORE = 'ade-fashion';
const MARKET = 'naija-market';

let stack: TestStack;
let storefront: RunningStorefront;

interface Page {
  status: number;
  location: string | undefined;
  setCookies: string[];
  body: string;
}

function get(path: string, cookies: Record<string, string> = {}): Promise<Page> {
  const url = new URL(path, storefront.url);
  const cookie = Object.entries(cookies)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', headers: cookie ? { cookie } : {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, location: res.headers.location, setCookies: res.headers['set-cookie'] ?? [], body }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

interface Session {
  accessToken: string;
  refreshToken: string;
}

/** Signs a demo user in through the gateway (administrators with their authenticator code). */
async function login(tenant: string, user: string): Promise<Session> {
  const admin = ['client', 'superadmin', 'partner'].includes(user);
  if (admin) await forgetUsedTotpCodes(stack.stack.prisma);
  const r = await gql(stack.gatewayUrl, 'mutation ($i: LoginInput!) { login(input: $i) { session { accessToken refreshToken } userErrors { code } } }', {
    i: { tenantSlug: tenant, email: `${user}@webwaka.test`, password: stack.demo.password, ...(admin ? { totpCode: totpAt(stack.demo.totpSecret) } : {}) },
  });
  const session = r.data?.login?.session;
  if (!session) throw new Error(`login ${user}@${tenant}: ${JSON.stringify(r.errors ?? r.data)}`);
  return session;
}

const sessionCookies = (tenant: string, s: Session) => ({ [`ww_at_${tenant}`]: s.accessToken, [`ww_rt_${tenant}`]: s.refreshToken });

/** The labels of the back-office navigation, in order (empty when there is none). */
function navLabels(html: string): string[] {
  const nav = /<nav class="admin-nav"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
  return [...nav.matchAll(/<a [^>]*>([^<]*)<\/a>/g)].map((m) => m[1]);
}

const nav = (...keys: Array<'dashboard' | 'orders' | 'returns' | 'products' | 'inventory' | 'commissions' | 'money' | 'reports' | 'coupons' | 'rewards' | 'pos' | 'vendors' | 'apiKeys' | 'settings' | 'messages' | 'cash' | 'transport' | 'members' | 'audit' | 'mailbox'>) => keys.map((k) => en[`admin.nav.${k}`]);

beforeAll(async () => {
  stack = await startStack();
  storefront = await startStorefront({ gatewayUrl: stack.gatewayUrl });
}, 300_000);

afterAll(async () => {
  await storefront?.stop();
  await stack?.stop();
}, 60_000);

describe('signed out', () => {
  test('/admin/<tenant> redirects to its sign-in, which comes back to the page asked for', async () => {
    const dashboard = await get(`/admin/${STORE}`);
    expect(dashboard.status).toBe(307);
    expect(dashboard.location).toBe(`/admin/${STORE}/sign-in?next=${encodeURIComponent(`/admin/${STORE}`)}`);

    const products = await get(`/admin/${STORE}/products?status=DRAFT`);
    expect(products.status).toBe(307);
    expect(products.location).toBe(`/admin/${STORE}/sign-in?next=${encodeURIComponent(`/admin/${STORE}/products?status=DRAFT`)}`);

    const signIn = await get(dashboard.location!);
    expect(signIn.status).toBe(200);
    expect(signIn.body).toContain(en['admin.signIn.title']);
    expect(signIn.body).toContain('name="password"');
    expect(signIn.body).toMatch(/<meta name="robots" content="noindex, nofollow"/);
    expect(navLabels(signIn.body)).toEqual([]);
  });

  test('/admin asks which organisation, and sends a valid answer to its back office', async () => {
    const door = await get('/admin');
    expect(door.status).toBe(200);
    expect(door.body).toContain(en['admin.choose.label']);
    const chosen = await get('/admin?tenant=ade-fashion');
    expect(chosen.location).toBe(`/admin/${STORE}`);
    const invalid = await get('/admin?tenant=%3Cscript%3E');
    expect(invalid.status).toBe(200);
    expect(invalid.body).toContain(en['admin.choose.invalid']);
  });

  test('an unknown tenant has no sign-in page', async () => {
    expect((await get('/admin/no-such-tenant/sign-in')).status).toBe(404);
  });
});

describe('role-aware navigation', () => {
  test('an administrator (2FA) sees every section of a store, including API keys', async () => {
    const cookies = sessionCookies(STORE, await login(STORE, 'client'));
    const page = await get(`/admin/${STORE}`, cookies);
    expect(page.status).toBe(200);
    expect(navLabels(page.body)).toEqual(nav('dashboard', 'orders', 'returns', 'products', 'inventory', 'commissions', 'money', 'reports', 'coupons', 'rewards', 'pos', 'apiKeys', 'settings', 'messages', 'members', 'audit'));
    expect(page.body).toContain(en['admin.dashboard.byStatus']);
    // The chart is an image with a title and a description, and the same figures follow as a table.
    expect(page.body).toMatch(/<svg role="img" aria-labelledby="status-chart-title status-chart-desc"/);
    expect(page.body).toContain('<table class="data-table chart-table">');
    // The Mailbox holds every tenant's sandboxed messages: the platform's SUPER_ADMIN only, refused here by the server.
    expect((await get(`/admin/${STORE}/mailbox`, cookies)).location).toBe(`/admin/${STORE}`);
  });

  test('on a marketplace, the administrator also gets the vendor queue', async () => {
    const page = await get(`/admin/${MARKET}`, sessionCookies(MARKET, await login(MARKET, 'client')));
    expect(navLabels(page.body)).toEqual(nav('dashboard', 'orders', 'returns', 'products', 'inventory', 'commissions', 'money', 'reports', 'coupons', 'rewards', 'pos', 'vendors', 'apiKeys', 'settings', 'messages', 'members', 'audit'));
  });

  test('staff see products and inventory only, and API keys redirect them to the dashboard', async () => {
    const cookies = sessionCookies(STORE, await login(STORE, 'staff'));
    const page = await get(`/admin/${STORE}`, cookies);
    expect(navLabels(page.body)).toEqual(nav('dashboard', 'orders', 'returns', 'products', 'inventory', 'commissions', 'money', 'reports'));
    const keys = await get(`/admin/${STORE}/api-keys`, cookies);
    expect(keys.status).toBe(307);
    expect(keys.location).toBe(`/admin/${STORE}`);
    // The point of sale is the administrators' (pos's managers): the server sends staff away too.
    expect((await get(`/admin/${STORE}/pos`, cookies)).location).toBe(`/admin/${STORE}`);
    // So are the messages (notifications' administrators).
    expect((await get(`/admin/${STORE}/messages`, cookies)).location).toBe(`/admin/${STORE}`);
  });

  test("the platform's operator (SUPER_ADMIN) also gets the Mailbox of the local sandboxes", async () => {
    const PLATFORM = 'webwaka';
    const cookies = sessionCookies(PLATFORM, await login(PLATFORM, 'superadmin'));
    const page = await get(`/admin/${PLATFORM}`, cookies);
    expect(navLabels(page.body)).toEqual(expect.arrayContaining(nav('messages', 'mailbox')));
    expect(navLabels(page.body).at(-1)).toBe(nav('mailbox')[0]);
    const mailbox = await get(`/admin/${PLATFORM}/mailbox`, cookies);
    expect(mailbox.status).toBe(200);
    expect(mailbox.body).toContain(notifications['mailbox.title']);
  });

  test('a vendor sees its own products and their stock (no transfers, no queue)', async () => {
    const cookies = sessionCookies(MARKET, await login(MARKET, 'vendor'));
    const page = await get(`/admin/${MARKET}`, cookies);
    expect(navLabels(page.body)).toEqual(nav('dashboard', 'orders', 'returns', 'products', 'inventory', 'money'));
    expect(page.body).toContain(en['admin.dashboard.yourProducts']);
    // Its inventory page lists its own variants only (decision 0026), and offers receiving but not transfers.
    const stock = await get(`/admin/${MARKET}/inventory`, cookies);
    expect(stock.location ?? null).toBeNull();
    const items = await stack.stack.prisma.inventoryItem.findMany({ where: { vendorOwnerUserId: stack.demo.users.vendor.id }, select: { sku: true } });
    const foreign = await stack.stack.prisma.inventoryItem.findFirstOrThrow({ where: { vendorOwnerUserId: null, sku: { startsWith: 'NJM-' } }, select: { sku: true } });
    expect(items.some((i) => stock.body.includes(i.sku))).toBe(true);
    expect(stock.body).not.toContain(`>${foreign.sku}<`);
    expect(stock.body).toContain(en['admin.inventory.adjust']);
    expect(stock.body).not.toContain(en['admin.inventory.transferSubmit']);

    // Only its own vendor's products are listed.
    const market = await stack.stack.prisma.tenant.findUniqueOrThrow({ where: { slug: MARKET } });
    const vendor = await stack.stack.prisma.vendor.findFirstOrThrow({ where: { tenantId: market.id, ownerUserId: stack.demo.users.vendor.id } });
    const own = await stack.stack.prisma.product.findMany({ where: { vendorId: vendor.id }, orderBy: { id: 'desc' }, take: 20, select: { title: true } });
    const others = await stack.stack.prisma.product.findFirstOrThrow({ where: { tenantId: vendor.tenantId, vendorId: { not: vendor.id } }, select: { title: true } });
    const list = await get(`/admin/${MARKET}/products`, cookies);
    expect(own.length).toBeGreaterThan(0);
    for (const p of own) expect(list.body).toContain(p.title);
    expect(list.body).not.toContain(others.title);
  });

  test("a bus operator's administrator gets ticket figures, the cash desk and the transport pages, and no product or stock pages", async () => {
    const OPERATOR = 'abc-transport';
    const cookies = sessionCookies(OPERATOR, await login(OPERATOR, 'client'));
    const page = await get(`/admin/${OPERATOR}`, cookies);
    expect(navLabels(page.body)).toEqual(nav('dashboard', 'orders', 'commissions', 'money', 'reports', 'cash', 'transport', 'apiKeys', 'settings', 'messages', 'members', 'audit'));
    expect(page.body).toContain(en['admin.tiles.ticketOrders']);
    expect(page.body).not.toContain(en['admin.tiles.topProducts']);
    expect(page.body).not.toContain(en['admin.tiles.toFulfil']);
    expect((await get(`/admin/${OPERATOR}/products`, cookies)).location).toBe(`/admin/${OPERATOR}`);
  });

  test('an agent sees the dashboard, its commissions and its money; a customer has no back office', async () => {
    const agent = await get(`/admin/${MARKET}`, sessionCookies(MARKET, await login(MARKET, 'agent')));
    expect(navLabels(agent.body)).toEqual(nav('dashboard', 'commissions', 'money'));
    expect(agent.body).toContain(en['admin.dashboard.account']);

    const customer = await get(`/admin/${STORE}`, sessionCookies(STORE, await login(STORE, 'customer')));
    expect(customer.status).toBe(200);
    expect(navLabels(customer.body)).toEqual([]);
    expect(customer.body).toContain(en['admin.noAccess.title']);
  });
});

describe('custom domains and the shop switcher (decision 0022)', () => {
  test('the domain screen shows a pending claim with its TXT record and HTTP token; staff are sent to the dashboard', async () => {
    const session = await login(STORE, 'client');
    const claim = await gql(stack.gatewayUrl, 'mutation { addTenantDomain(domain: "ssr.adefashion.ng") { domain { token } userErrors { code } } }', {}, { authorization: `Bearer ${session.accessToken}` });
    const token = claim.data.addTenantDomain.domain.token as string;
    const page = await get(`/admin/${STORE}/settings/domains`, sessionCookies(STORE, session));
    expect(page.status).toBe(200);
    expect(page.body).toContain(en['admin.domains.title']);
    expect(page.body).toContain('_webwaka-challenge.ssr.adefashion.ng');
    expect(page.body).toContain(token);
    expect(page.body).toContain(en['admin.domains.status.pending']);
    expect(page.body).toContain(`>${en['admin.domains.verify']}<`);

    const staff = await get(`/admin/${STORE}/settings/domains`, sessionCookies(STORE, await login(STORE, 'staff')));
    expect(staff.status).toBe(307);
    expect(staff.location).toBe(`/admin/${STORE}`);
    expect(staff.body).not.toContain(token);
  });

  test('the shop switcher lists the back offices of the user, this one marked, each other with an Open button', async () => {
    const page = await get(`/admin/${STORE}/shops`, sessionCookies(STORE, await login(STORE, 'client')));
    expect(page.status).toBe(200);
    const shops = [...page.body.matchAll(/data-shop="([^"]+)"/g)].map((m) => m[1]).sort();
    expect(shops).toEqual(['abc-transport', 'ade-fashion', 'ade-ventures', 'jibowu-park', 'naija-market']);
    expect(page.body).toContain(en['admin.shops.current']);
    expect(page.body.split(`>${en['admin.shops.switch']}<`).length - 1).toBe(4);
  });
});

describe('sessions', () => {
  test('an expired access token is renewed through the session route and the page comes back', async () => {
    const session = await login(STORE, 'staff');
    const page = await get(`/admin/${STORE}/inventory`, { [`ww_rt_${STORE}`]: session.refreshToken });
    expect(page.status).toBe(307);
    expect(page.location).toBe(`/admin/${STORE}/session?next=${encodeURIComponent(`/admin/${STORE}/inventory`)}`);

    const renewed = await get(page.location!, { [`ww_rt_${STORE}`]: session.refreshToken });
    expect(renewed.status).toBe(303);
    expect(new URL(renewed.location!, storefront.url).pathname).toBe(`/admin/${STORE}/inventory`);
    const cookies = Object.fromEntries(renewed.setCookies.map((c) => {
      const pair = c.split(';')[0];
      return [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
    }));
    expect(cookies[`ww_at_${STORE}`]).toBeTruthy();
    expect(cookies[`ww_rt_${STORE}`]).not.toBe(session.refreshToken);
    expect(renewed.setCookies.join('\n')).toMatch(/HttpOnly/i);

    const after = await get(`/admin/${STORE}/inventory`, cookies);
    expect(after.status).toBe(200);
    expect(after.body).toContain(en['admin.inventory.title']);
  });

  test('the session route never sends anyone off the back office', async () => {
    const session = await login(STORE, 'staff');
    const renewed = await get(`/admin/${STORE}/session?next=${encodeURIComponent('//evil.example/x')}`, { [`ww_rt_${STORE}`]: session.refreshToken });
    expect(new URL(renewed.location!, storefront.url).pathname).toBe(`/admin/${STORE}`);
    const spent = await get(`/admin/${STORE}/session?next=%2Fadmin%2F${STORE}`, { [`ww_rt_${STORE}`]: 'not-a-token' });
    expect(new URL(spent.location!, storefront.url).pathname).toBe(`/admin/${STORE}/sign-in`);
  });
});
