/**
 * Custom domains and the shop switcher, attacked from outside (issue 10, item 3 and "one person, several
 * shops"; decision 0022). A tenant's administrator must not be able to take a platform host, another
 * business's domain, or block its real owner: a claimed domain routes nowhere until its token is found by
 * DNS (TXT `_webwaka-challenge.<domain>`) or HTTP (`/.well-known/webwaka-challenge/<token>`), and only a
 * verified domain is unique. Identity's DNS resolver and fetch are faked here (`domainProbes`); everything
 * else goes over HTTP through the gateway. A user signed in once (with TOTP) switches to another of their
 * shops without a second code, and cannot switch into a tenant where they are not a member.
 */
import { request } from 'node:http';
import { sha256Hex, totpAt, type PrismaClient } from '@webwaka/kit';
import { bearer, errorCode, gql } from '../support/graphql';
import { signIn, userErrorCodes } from '../support/callers';
import { forgetUsedTotpCodes, startStack, type TestStack } from '../support/stack';
import { domainProbes, HTTP_MAX_BODY_BYTES } from '../../subgraphs/identity/src/services/domains';

// Set before the stack starts (read at call time by identity): the platform's own public host.
process.env.PLATFORM_HOSTS = [process.env.PLATFORM_HOSTS, 'shops.webwaka.test'].filter(Boolean).join(',');

let s: TestStack;
let prisma: PrismaClient;
let fashion: Record<string, string>;
let market: Record<string, string>;
let staff: Record<string, string>;

/** Fake DNS: TXT records by name. Fake web: bodies (or full responses) by URL. Both start empty. */
let txt: Record<string, string[][]> = {};
let web: Record<string, () => Response> = {};
const fetchCalls: { url: string; init: RequestInit }[] = [];

const originalProbes = { ...domainProbes };
beforeAll(async () => {
  domainProbes.resolveTxt = async (name) => {
    if (txt[name]) return txt[name];
    throw Object.assign(new Error(`queryTxt ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
  };
  // Every claimed name resolves to one public address (the SSRF guard's checks are in ssrf.test.ts).
  domainProbes.resolveHost = async () => ['93.184.215.14'];
  domainProbes.fetch = async (url, init) => {
    fetchCalls.push({ url, init });
    return web[url]?.() ?? new Response('not found', { status: 404 });
  };
  s = await startStack();
  prisma = s.stack.prisma;
  fashion = await signIn(s, 'ade-fashion', 'client');
  market = await signIn(s, 'naija-market', 'client');
  staff = await signIn(s, 'ade-fashion', 'staff');
}, 120_000);
afterAll(async () => {
  Object.assign(domainProbes, originalProbes);
  await s?.stop();
});
beforeEach(() => {
  txt = {};
  web = {};
  fetchCalls.length = 0;
});

const add = (as: Record<string, string>, domain: string) =>
  gql(s.gatewayUrl, 'mutation ($d: String!) { addTenantDomain(domain: $d) { domain { id domain token verified txtRecordName httpUrl lastError } userErrors { code message } } }', { d: domain }, as);
const verify = (as: Record<string, string>, id: string) =>
  gql(s.gatewayUrl, `mutation ($id: ID!) { verifyTenantDomain(id: $id) { domain { id verified } userErrors { code message } } }`, { id }, as);
const remove = (as: Record<string, string>, id: string) =>
  gql(s.gatewayUrl, 'mutation ($id: ID!) { removeTenantDomain(id: $id) { domain { id } userErrors { code } } }', { id }, as);
const claimed = async (as: Record<string, string>, domain: string) => {
  const r = await add(as, domain);
  const d = r.data?.addTenantDomain?.domain;
  if (!d) throw new Error(`addTenantDomain ${domain}: ${JSON.stringify(r.errors ?? r.data)}`);
  return d as { id: string; domain: string; token: string; verified: boolean; txtRecordName: string; httpUrl: string };
};
/** What the storefront asks (lib/domains.ts) to serve a custom domain. */
const tenantByDomain = async (domain: string) => (await gql(s.gatewayUrl, 'query ($d: String!) { tenantByDomain(domain: $d) { slug } }', { d: domain })).data?.tenantByDomain?.slug ?? null;

/** An anonymous request that arrives on `host` (as a browser on the custom domain would), asking who the tenant is. */
function currentTenantOnHost(host: string): Promise<string | null> {
  const url = new URL(s.gatewayUrl);
  const body = JSON.stringify({ query: '{ currentTenant { slug } }' });
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { host, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve(JSON.parse(text).data?.currentTenant?.slug ?? null));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('claiming a domain proves nothing by itself', () => {
  it('platform hosts and names under them are reserved; malformed names refused; only admins claim', async () => {
    for (const d of ['shops.webwaka.test', 'evil.shops.webwaka.test', 'SHOPS.WEBWAKA.TEST.', 'x.localhost']) {
      expect({ d, codes: userErrorCodes(await add(fashion, d), 'addTenantDomain') }).toEqual({ d, codes: ['DOMAIN_RESERVED'] });
    }
    for (const d of ['localhost', '127.0.0.1', 'http://shop.example.ng/', 'shop example.ng']) {
      expect({ d, codes: userErrorCodes(await add(fashion, d), 'addTenantDomain') }).toEqual({ d, codes: ['BAD_USER_INPUT'] });
    }
    expect(errorCode(await add(staff, 'staff.example.ng'))).toBe('FORBIDDEN');
    expect(errorCode(await add({ 'x-tenant': 'ade-fashion' }, 'anon.example.ng'))).toBe('UNAUTHENTICATED');
    expect(await prisma.tenantDomain.count({ where: { domain: { in: ['staff.example.ng', 'anon.example.ng', 'shops.webwaka.test'] } } })).toBe(0);
  });

  it('createTenant and updateTenant no longer take a custom domain at all', async () => {
    const r = await gql(s.gatewayUrl, 'mutation { updateTenant(input: { customDomain: "shop.grab.ng" }) { tenant { id } } }', {}, fashion);
    expect(r.errors?.[0]?.message).toMatch(/customDomain/);
    expect((await prisma.tenant.findUniqueOrThrow({ where: { slug: 'ade-fashion' } })).customDomain).toBeNull();
  });

  it("a pending claim does not route, does not block the real owner's claim, and cannot be verified without the token", async () => {
    const squat = await claimed(fashion, 'shop.naija-market.ng');
    expect(squat).toMatchObject({ verified: false, txtRecordName: '_webwaka-challenge.shop.naija-market.ng' });
    expect(squat.httpUrl).toBe(`http://shop.naija-market.ng/.well-known/webwaka-challenge/${encodeURIComponent(squat.token)}`);
    expect(await tenantByDomain('shop.naija-market.ng')).toBeNull();

    // The real owner claims the same name: pending claims coexist, each with its own token.
    const owner = await claimed(market, 'shop.naija-market.ng');
    expect(owner.token).not.toBe(squat.token);

    // No proof at all: refused, with the reasons kept for the domain screen.
    const none = await verify(fashion, squat.id);
    expect(userErrorCodes(none, 'verifyTenantDomain')).toEqual(['DOMAIN_NOT_VERIFIED']);
    expect(none.data.verifyTenantDomain.userErrors[0].message).toMatch(/No TXT record.*HTTP token.*404/);
    expect((await prisma.tenantDomain.findUniqueOrThrow({ where: { id: squat.id } })).lastError).toMatch(/ENOTFOUND/);

    // The owner publishes ITS token: that proves nothing for the squatter, whose token differs.
    txt['_webwaka-challenge.shop.naija-market.ng'] = [[owner.token]];
    expect(userErrorCodes(await verify(fashion, squat.id), 'verifyTenantDomain')).toEqual(['DOMAIN_NOT_VERIFIED']);
    expect(await tenantByDomain('shop.naija-market.ng')).toBeNull();

    // The owner verifies by DNS: the domain now serves the marketplace, on its host too.
    expect((await verify(market, owner.id)).data.verifyTenantDomain).toEqual({ domain: { id: owner.id, verified: true }, userErrors: [] });
    expect(await tenantByDomain('shop.naija-market.ng')).toBe('naija-market');
    expect(await currentTenantOnHost('shop.naija-market.ng')).toBe('naija-market');

    // Now it is taken: the squatter can neither verify (even with its own token published) nor claim it anew.
    txt['_webwaka-challenge.shop.naija-market.ng'] = [[squat.token]];
    expect(userErrorCodes(await verify(fashion, squat.id), 'verifyTenantDomain')).toEqual(['DOMAIN_TAKEN']);
    await prisma.tenantDomain.deleteMany({ where: { id: squat.id } });
    expect(userErrorCodes(await add(fashion, 'shop.naija-market.ng'), 'addTenantDomain')).toEqual(['DOMAIN_TAKEN']);
    expect((await prisma.tenant.findUniqueOrThrow({ where: { slug: 'ade-fashion' } })).customDomain).toBeNull();
  });

  it('a TXT record split into chunks counts as one value; a TXT with other text does not', async () => {
    const d = await claimed(fashion, 'chunks.adefashion.ng');
    txt['_webwaka-challenge.chunks.adefashion.ng'] = [['v=spf1 -all'], [`${d.token} extra`]];
    expect(userErrorCodes(await verify(fashion, d.id), 'verifyTenantDomain')).toEqual(['DOMAIN_NOT_VERIFIED']);
    txt['_webwaka-challenge.chunks.adefashion.ng'] = [['v=spf1 -all'], [d.token.slice(0, 10), d.token.slice(10)]];
    expect(userErrorCodes(await verify(fashion, d.id), 'verifyTenantDomain')).toEqual([]);
    expect(await tenantByDomain('chunks.adefashion.ng')).toBe('ade-fashion');
  });
});

describe('the HTTP token', () => {
  it('is fetched without following redirects blindly, with a timeout, and only its exact body counts', async () => {
    const d = await claimed(market, 'http.naijamarket.ng');
    // A redirect to another host (where an attacker could serve anything) is refused.
    web[d.httpUrl] = () => new Response(null, { status: 302, headers: { location: `http://attacker.example/${d.token}` } });
    web[`http://attacker.example/${d.token}`] = () => new Response(d.token);
    const away = await verify(market, d.id);
    expect(userErrorCodes(away, 'verifyTenantDomain')).toEqual(['DOMAIN_NOT_VERIFIED']);
    expect(away.data.verifyTenantDomain.userErrors[0].message).toMatch(/redirect away/);
    expect(fetchCalls.map((c) => c.url)).toEqual([d.httpUrl]);
    expect(fetchCalls[0].init).toMatchObject({ redirect: 'manual' });
    expect(fetchCalls[0].init.signal).toBeInstanceOf(AbortSignal);

    // A huge body is not read to the end, and does not count even if it starts with the token.
    web[d.httpUrl] = () => new Response(d.token + ' '.repeat(HTTP_MAX_BODY_BYTES * 4));
    expect((await verify(market, d.id)).data.verifyTenantDomain.userErrors[0].message).toMatch(/larger than/);
    expect(await tenantByDomain('http.naijamarket.ng')).toBeNull();

    // Same-host redirect (http → https on the domain) is followed; the exact token verifies.
    const https = `https://http.naijamarket.ng/.well-known/webwaka-challenge/${encodeURIComponent(d.token)}`;
    web[d.httpUrl] = () => new Response(null, { status: 301, headers: { location: https } });
    web[https] = () => new Response(`${d.token}\n`);
    expect((await verify(market, d.id)).data.verifyTenantDomain).toEqual({ domain: { id: d.id, verified: true }, userErrors: [] });
    expect(await tenantByDomain('http.naijamarket.ng')).toBe('naija-market');
    // It replaced the marketplace's previous live domain, which is pending again.
    expect(await tenantByDomain('shop.naija-market.ng')).toBeNull();
    expect(await prisma.tenantDomain.findFirstOrThrow({ where: { domain: 'shop.naija-market.ng', tenant: { slug: 'naija-market' } } })).toMatchObject({ verifiedAt: null });
  });
});

describe('removing, and the audit trail', () => {
  it("another tenant's claim ids are NOT_FOUND; removing the live domain takes it off; every change is audited", async () => {
    const list = (await gql(s.gatewayUrl, '{ tenantDomains { id domain verified } }', {}, market)).data.tenantDomains;
    const live = list.find((d: any) => d.verified);
    expect(live.domain).toBe('http.naijamarket.ng');
    expect(userErrorCodes(await remove(fashion, live.id), 'removeTenantDomain')).toEqual(['NOT_FOUND']);
    expect(userErrorCodes(await verify(fashion, live.id), 'verifyTenantDomain')).toEqual(['NOT_FOUND']);
    expect(await tenantByDomain('http.naijamarket.ng')).toBe('naija-market');

    expect(userErrorCodes(await remove(market, live.id), 'removeTenantDomain')).toEqual([]);
    expect(await tenantByDomain('http.naijamarket.ng')).toBeNull();
    expect((await prisma.tenant.findUniqueOrThrow({ where: { slug: 'naija-market' } })).customDomain).toBeNull();

    const marketId = (await prisma.tenant.findUniqueOrThrow({ where: { slug: 'naija-market' } })).id;
    const types = (await prisma.auditEvent.findMany({ where: { tenantId: marketId, type: { startsWith: 'tenant.domain_' } } })).map((e) => e.type);
    expect(new Set(types)).toEqual(new Set(['tenant.domain_added', 'tenant.domain_verified', 'tenant.domain_verification_failed', 'tenant.domain_removed']));
  });
});

describe('one person, several shops', () => {
  const SWITCH = 'mutation ($t: String!) { switchTenant(tenantSlug: $t) { session { accessToken refreshToken twoFactorVerified roles tenant { slug } } userErrors { code } } }';
  const LOGIN = 'mutation ($i: LoginInput!) { login(input: $i) { session { accessToken } userErrors { code } } }';

  it('signs in once with TOTP, lists its shops and switches to another one within the same 30 s, acting as its admin there', async () => {
    await forgetUsedTotpCodes(prisma);
    const code = totpAt(s.demo.totpSecret);
    const first = await gql(s.gatewayUrl, LOGIN, { i: { tenantSlug: 'ade-fashion', email: 'client@webwaka.test', password: s.demo.password, totpCode: code } });
    const token = first.data.login.session.accessToken;
    // The same code for a second shop is refused (replay protection)...
    const again = await gql(s.gatewayUrl, LOGIN, { i: { tenantSlug: 'naija-market', email: 'client@webwaka.test', password: s.demo.password, totpCode: code } });
    expect(userErrorCodes(again, 'login')).toEqual(['TWO_FACTOR_INVALID']);

    // ...but the shop switcher needs no code.
    const mine = (await gql(s.gatewayUrl, '{ myTenants { tenant { slug } roles } }', {}, bearer(token))).data.myTenants;
    expect(mine).toEqual(expect.arrayContaining([{ tenant: { slug: 'naija-market' }, roles: ['CLIENT_ADMIN'] }, { tenant: { slug: 'ade-fashion' }, roles: ['CLIENT_ADMIN'] }]));
    const switched = await gql(s.gatewayUrl, SWITCH, { t: 'naija-market' }, bearer(token));
    expect(switched.data.switchTenant).toMatchObject({ session: { twoFactorVerified: true, roles: ['CLIENT_ADMIN'], tenant: { slug: 'naija-market' } }, userErrors: [] });
    const there = bearer(switched.data.switchTenant.session.accessToken);
    // An admin operation at the marketplace works (admin roles need the second factor).
    const key = await gql(s.gatewayUrl, 'mutation { createApiKey(name: "switched", scopes: ["catalog:read"]) { apiKey { id } userErrors { code } } }', {}, there);
    expect(key.errors).toBeUndefined();
    expect(key.data.createApiKey.userErrors).toEqual([]);
    expect((await gql(s.gatewayUrl, '{ currentTenant { slug } }', {}, there)).data.currentTenant.slug).toBe('naija-market');
    // The refreshed switched session keeps the second factor; the original session still works.
    const refreshed = await gql(s.gatewayUrl, 'mutation ($t: String!) { refreshSession(refreshToken: $t) { session { twoFactorVerified tenant { slug } } } }', { t: switched.data.switchTenant.session.refreshToken });
    expect(refreshed.data.refreshSession.session).toEqual({ twoFactorVerified: true, tenant: { slug: 'naija-market' } });
    expect((await gql(s.gatewayUrl, '{ currentTenant { slug } }', {}, bearer(token))).data.currentTenant.slug).toBe('ade-fashion');
    const audited = await prisma.auditEvent.findMany({ where: { type: 'session.switched_tenant' } });
    // Recorded in both tenants, once each.
    expect(audited).toHaveLength(2);
    expect(new Set(audited.map((e) => e.tenantId)).size).toBe(2);
  });

  it('cannot switch into a tenant where the user has no membership (nor with an API key, nor signed out)', async () => {
    const customer = await signIn(s, 'ade-fashion', 'customer');
    // The customer is not a member of the partner, the platform or the client company.
    for (const t of ['lagos-digital', 'webwaka', 'ade-ventures']) {
      const r = await gql(s.gatewayUrl, SWITCH, { t }, customer);
      expect({ t, r: r.data.switchTenant }).toEqual({ t, r: { session: null, userErrors: [{ code: 'FORBIDDEN' }] } });
    }
    // The vendor of naija-market, not a member of ade-fashion (an open shop): no customer account is opened by switching.
    const vendor = await signIn(s, 'naija-market', 'vendor');
    const r = await gql(s.gatewayUrl, SWITCH, { t: 'ade-fashion' }, vendor);
    expect(r.data.switchTenant.userErrors).toEqual([{ code: 'FORBIDDEN' }]);
    const vendorId = (await prisma.user.findUniqueOrThrow({ where: { email: 'vendor@webwaka.test' } })).id;
    expect(await prisma.membership.count({ where: { userId: vendorId, tenant: { slug: 'ade-fashion' } } })).toBe(0);

    const key = await gql(s.gatewayUrl, 'mutation { createApiKey(name: "k", scopes: ["catalog:read"]) { key } }', {}, fashion);
    expect(errorCode(await gql(s.gatewayUrl, SWITCH, { t: 'naija-market' }, { 'x-api-key': key.data.createApiKey.key }))).toBe('FORBIDDEN');
    expect(errorCode(await gql(s.gatewayUrl, SWITCH, { t: 'naija-market' }, { 'x-tenant': 'ade-fashion' }))).toBe('UNAUTHENTICATED');
  });

  it('a logged-out session cannot be switched; a second factor older than the limit is not carried', async () => {
    await forgetUsedTotpCodes(prisma);
    const login = await gql(s.gatewayUrl, 'mutation ($i: LoginInput!) { login(input: $i) { session { accessToken refreshToken } } }', {
      i: { tenantSlug: 'ade-fashion', email: 'client@webwaka.test', password: s.demo.password, totpCode: totpAt(s.demo.totpSecret) },
    });
    const { accessToken, refreshToken } = login.data.login.session;
    // The code was entered 13 hours ago (beyond the 12-hour default): switching asks for a new sign-in.
    const row = await prisma.refreshToken.findUniqueOrThrow({ where: { tokenHash: sha256Hex(refreshToken) } });
    await prisma.refreshToken.updateMany({ where: { familyId: row.familyId }, data: { mfaAt: new Date(Date.now() - 13 * 3600_000) } });
    expect(userErrorCodes(await gql(s.gatewayUrl, SWITCH, { t: 'naija-market' }, bearer(accessToken)), 'switchTenant')).toEqual(['TWO_FACTOR_REQUIRED']);
    await prisma.refreshToken.updateMany({ where: { familyId: row.familyId }, data: { mfaAt: new Date() } });
    await gql(s.gatewayUrl, 'mutation ($t: String!) { logout(refreshToken: $t) { ok } }', { t: refreshToken });
    const after = await gql(s.gatewayUrl, SWITCH, { t: 'naija-market' }, bearer(accessToken));
    // The gateway already refuses the ended session's token; identity would too.
    expect(errorCode(after, 'switchTenant')).toBe('TOKEN_INVALID');
  });
});
