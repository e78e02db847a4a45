/**
 * Custom-domain HTTP verification must not be a way into the platform's own network (issue 10; decision
 * 0030). A tenant administrator claims a domain whose DNS points at 127.0.0.1, a private range or the cloud
 * metadata service (169.254.169.254) and presses "Verify": identity resolves the name first and refuses
 * before opening any connection. A rebinding name (public for the check, private a moment later) cannot
 * redirect the request: it goes to the address that was checked, with the domain only as the Host header.
 * The DNS resolver is faked (`domainProbes.resolveHost`); the claim and the verification go through the
 * gateway as the administrator's browser would.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gql } from '../support/graphql';
import { signIn, userErrorCodes } from '../support/callers';
import { startStack, type TestStack } from '../support/stack';
import { checkHttp, domainProbes, isPublicAddress, NOT_PUBLIC_REASON, privateAddressesAllowed } from '../../subgraphs/identity/src/services/domains';

const PUBLIC = '93.184.215.14';

let s: TestStack;
let market: Record<string, string>;
/** Fake DNS (A/AAAA) answers by host; each call is recorded. */
let hosts: Record<string, () => string[]> = {};
const resolveCalls: string[] = [];
/** Every request identity tried to make, and to which address. */
const fetchCalls: { url: string; address: string }[] = [];
/** What the fake web answers; by default nothing is reached (a real connection is never made here). */
let web: (url: string, address: string) => Response = () => new Response('not found', { status: 404 });

const originalProbes = { ...domainProbes };
beforeAll(async () => {
  domainProbes.resolveTxt = async (name) => {
    throw Object.assign(new Error(`queryTxt ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
  };
  domainProbes.resolveHost = async (host) => {
    resolveCalls.push(host);
    const answer = hosts[host];
    if (!answer) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return answer();
  };
  domainProbes.fetch = async (url, _init, address) => {
    fetchCalls.push({ url, address });
    return web(url, address);
  };
  s = await startStack();
  market = await signIn(s, 'naija-market', 'client');
}, 120_000);
afterAll(async () => {
  Object.assign(domainProbes, originalProbes);
  delete process.env.DOMAIN_VERIFY_ALLOW_PRIVATE;
  await s?.stop();
});
beforeEach(() => {
  hosts = {};
  resolveCalls.length = 0;
  fetchCalls.length = 0;
  web = () => new Response('not found', { status: 404 });
  delete process.env.DOMAIN_VERIFY_ALLOW_PRIVATE;
});

const claim = async (domain: string) => {
  const r = await gql(s.gatewayUrl, 'mutation ($d: String!) { addTenantDomain(domain: $d) { domain { id token httpUrl } userErrors { code } } }', { d: domain }, market);
  const d = r.data?.addTenantDomain?.domain;
  if (!d) throw new Error(`addTenantDomain ${domain}: ${JSON.stringify(r.errors ?? r.data)}`);
  claims.push(d.id);
  return d as { id: string; token: string; httpUrl: string };
};
/** Claims are removed after use: a tenant holds at most MAX_DOMAINS_PER_TENANT. */
const claims: string[] = [];
afterEach(async () => {
  for (const id of claims.splice(0)) await gql(s.gatewayUrl, 'mutation ($id: ID!) { removeTenantDomain(id: $id) { userErrors { code } } }', { id }, market);
});
const verify = (id: string) => gql(s.gatewayUrl, 'mutation ($id: ID!) { verifyTenantDomain(id: $id) { domain { id verified } userErrors { code message } } }', { id }, market);
const lastErrorOf = async (id: string) => ((await gql(s.gatewayUrl, '{ tenantDomains { id lastError } }', {}, market)).data.tenantDomains as { id: string; lastError: string | null }[]).find((d) => d.id === id)?.lastError;

describe('a domain that points inside', () => {
  it.each([
    ['loopback', ['127.0.0.1']],
    ['cloud metadata', ['169.254.169.254']],
    ['a private network', ['10.20.30.40']],
    ['IPv6 loopback', ['::1']],
    ['IPv4 loopback written as IPv6', ['::ffff:127.0.0.1']],
    ['IPv6 unique local', ['fd12:3456::1']],
    ['carrier-grade NAT', ['100.64.0.1']],
    ['"this host"', ['0.0.0.0']],
    ['one public and one private address', [PUBLIC, '192.168.1.10']],
  ])('is refused before any connection (%s)', async (_label, addresses) => {
    const domain = `inside-${addresses.join('-').replace(/[^a-z0-9]+/gi, '')}.naijamarket.ng`.toLowerCase();
    const d = await claim(domain);
    hosts[domain] = () => addresses;
    // The page would verify the domain if it were fetched: being refused is the guard, not a missing file.
    web = () => new Response(d.token);
    const r = await verify(d.id);
    expect(userErrorCodes(r, 'verifyTenantDomain')).toEqual(['DOMAIN_NOT_VERIFIED']);
    expect(r.data.verifyTenantDomain.userErrors[0].message).toContain(NOT_PUBLIC_REASON);
    expect(resolveCalls).toEqual([domain]);
    expect(fetchCalls).toEqual([]);
    // What the administrator is shown names no internal address.
    const shown = await lastErrorOf(d.id);
    expect(shown).toContain('DOMAIN_ADDRESS_NOT_PUBLIC');
    for (const a of addresses) expect(shown).not.toContain(a);
    expect((await s.stack.prisma.tenant.findUniqueOrThrow({ where: { slug: 'naija-market' } })).customDomain).not.toBe(domain);
  });

  it('a rebinding name (public when checked, private a moment later) is only ever fetched at the checked address', async () => {
    const domain = 'rebind.naijamarket.ng';
    const d = await claim(domain);
    let answers = 0;
    hosts[domain] = () => (answers++ === 0 ? [PUBLIC] : ['169.254.169.254']);
    // The page redirects (same host) so identity makes a second request: it must not look the name up again.
    web = (url) => (url === d.httpUrl ? new Response(null, { status: 302, headers: { location: `/.well-known/webwaka-challenge/again` } }) : new Response('nope', { status: 404 }));
    const r = await verify(d.id);
    expect(userErrorCodes(r, 'verifyTenantDomain')).toEqual(['DOMAIN_NOT_VERIFIED']);
    expect(fetchCalls.map((c) => c.url)).toEqual([d.httpUrl, `http://${domain}/.well-known/webwaka-challenge/again`]);
    expect(fetchCalls.map((c) => c.address)).toEqual([PUBLIC, PUBLIC]);
    expect(resolveCalls).toEqual([domain]);

    // The next "Verify" resolves again, gets the private answer, and connects nowhere.
    fetchCalls.length = 0;
    const again = await verify(d.id);
    expect(again.data.verifyTenantDomain.userErrors[0].message).toContain(NOT_PUBLIC_REASON);
    expect(fetchCalls).toEqual([]);
  });

  it('a public domain still verifies over HTTP', async () => {
    const domain = 'public.naijamarket.ng';
    const d = await claim(domain);
    hosts[domain] = () => [PUBLIC, '2606:2800:21f:cb07:6820:80da:af6b:8b2c'];
    web = (url, address) => (url === d.httpUrl && address === PUBLIC ? new Response(d.token) : new Response('nope', { status: 404 }));
    expect((await verify(d.id)).data.verifyTenantDomain).toEqual({ domain: { id: d.id, verified: true }, userErrors: [] });
  });
});

describe('the request itself', () => {
  let server: Server;
  let port: number;
  const seen: { host?: string; url?: string }[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push({ host: req.headers.host, url: req.url });
      res.end('webwaka-verify-local');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('connects to the given address, never to what the name resolves to, sending the domain as Host', async () => {
    // `.invalid` never resolves: the answer can only come from the pinned address.
    const res = await originalProbes.fetch(`http://pinned.invalid:${port}/.well-known/webwaka-challenge/x?y=1`, { signal: AbortSignal.timeout(5_000) }, '127.0.0.1');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('webwaka-verify-local');
    expect(seen).toEqual([{ host: `pinned.invalid:${port}`, url: '/.well-known/webwaka-challenge/x?y=1' }]);
  });

  it('a failed connection is reported by its code only, without the address', async () => {
    process.env.DOMAIN_VERIFY_ALLOW_PRIVATE = '1';
    hosts['refused.naijamarket.ng'] = () => ['127.0.0.1'];
    domainProbes.fetch = (url, init, address) => originalProbes.fetch(url.replace('refused.naijamarket.ng', `refused.naijamarket.ng:${port + 1}`), init, address);
    try {
      const reason = await checkHttp('refused.naijamarket.ng', 'webwaka-verify-x');
      expect(reason).toMatch(/could not be fetched \((ECONNREFUSED|timed out)\)/);
      expect(reason).not.toContain('127.0.0.1');
    } finally {
      domainProbes.fetch = async (url, _init, address) => {
        fetchCalls.push({ url, address });
        return web(url, address);
      };
    }
  });
});

describe('the development opt-out', () => {
  it('DOMAIN_VERIFY_ALLOW_PRIVATE=1 reaches a local address in tests and development only', async () => {
    expect(privateAddressesAllowed({ NODE_ENV: 'test', DOMAIN_VERIFY_ALLOW_PRIVATE: '1' })).toBe(true);
    expect(privateAddressesAllowed({ NODE_ENV: 'development', DOMAIN_VERIFY_ALLOW_PRIVATE: '1' })).toBe(true);
    expect(privateAddressesAllowed({ NODE_ENV: 'production', DOMAIN_VERIFY_ALLOW_PRIVATE: '1' })).toBe(false);
    expect(privateAddressesAllowed({ DOMAIN_VERIFY_ALLOW_PRIVATE: '1' })).toBe(false);
    expect(privateAddressesAllowed({ NODE_ENV: 'test' })).toBe(false);

    hosts['local.naijamarket.ng'] = () => ['127.0.0.1'];
    expect(await checkHttp('local.naijamarket.ng', 'webwaka-verify-y')).toBe(NOT_PUBLIC_REASON);
    expect(fetchCalls).toEqual([]);
    process.env.DOMAIN_VERIFY_ALLOW_PRIVATE = '1';
    web = () => new Response('webwaka-verify-y');
    expect(await checkHttp('local.naijamarket.ng', 'webwaka-verify-y')).toBeNull();
    expect(fetchCalls.map((c) => c.address)).toEqual(['127.0.0.1']);
  });
});

it('classifies addresses', () => {
  for (const a of ['93.184.215.14', '8.8.8.8', '1.1.1.1', '2606:4700:4700::1111', '::ffff:8.8.8.8']) expect({ a, pub: isPublicAddress(a) }).toEqual({ a, pub: true });
  for (const a of [
    '127.0.0.1', '127.255.255.254', '10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.0.1', '169.254.169.254', '100.64.0.1', '100.127.255.255', '0.0.0.0',
    '255.255.255.255', '224.0.0.1', '192.0.2.1', '::1', '::', 'fc00::1', 'fdff::1', 'fe80::1', 'fe80::1%eth0', 'ff02::1', '::ffff:10.0.0.1', '::ffff:169.254.169.254',
    '64:ff9b::a00:1', '2002:a00:1::', '2001:db8::1', 'not-an-ip', '',
  ]) expect({ a, pub: isPublicAddress(a) }).toEqual({ a, pub: false });
  // Just outside the private ranges.
  for (const a of ['172.15.255.255', '172.32.0.0', '100.63.255.255', '100.128.0.0', '11.0.0.1']) expect({ a, pub: isPublicAddress(a) }).toEqual({ a, pub: true });
});
