// The storefront's edge (storefront/edge.js, decision 0021): what a request's forwarded headers say by
// the time Next sees it. The client's address comes from the socket or a trusted proxy, forwarded
// hosts and schemes only from a trusted proxy, and the server's own requests to itself pass as they are.
import type { IncomingHttpHeaders } from 'node:http';
import { clientIpFrom } from '../storefront/lib/client-ip';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createEdge, clientAddress, trustedProxies } = require('../storefront/edge') as {
  createEdge(o: { trusted?: string; secret: string }): (req: { headers: IncomingHttpHeaders; socket: { remoteAddress?: string } }) => void;
  clientAddress(peer: string, xff: string | undefined, isTrusted: (a: string) => boolean): string;
  trustedProxies(entries: string): (a: string) => boolean;
};

const SECRET = 'edge-secret-for-tests';
const run = (trusted: string, peer: string, headers: IncomingHttpHeaders) => {
  const req = { headers: { ...headers }, socket: { remoteAddress: peer } };
  createEdge({ trusted, secret: SECRET })(req);
  return req.headers;
};

describe('trusted proxies', () => {
  it('reads addresses, CIDR ranges and loopback; IPv4-mapped addresses count as IPv4', () => {
    const t = trustedProxies('loopback, 10.0.0.0/8, 2001:db8::/32, 192.0.2.5');
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.1', '10.9.8.7', '2001:db8::5', '192.0.2.5'].map(t)).toEqual([true, true, true, true, true, true]);
    expect(['192.0.2.6', '11.0.0.1', '2001:db9::1', 'nonsense', ''].map(t)).toEqual([false, false, false, false, false]);
  });
  it('none by default', () => {
    expect(trustedProxies('')('127.0.0.1')).toBe(false);
  });
  it('refuses an entry it cannot read rather than guessing', () => {
    expect(() => trustedProxies('10.0.0.0/x')).toThrow(/TRUSTED_PROXIES/);
    expect(() => trustedProxies('proxy.internal')).toThrow(/TRUSTED_PROXIES/);
  });
  it('the client is the first address from the right that is not a trusted proxy', () => {
    const t = trustedProxies('10.0.0.0/8');
    expect(clientAddress('10.0.0.2', '6.6.6.6, 203.0.113.7, 10.0.0.9', t)).toBe('203.0.113.7');
    expect(clientAddress('203.0.113.7', '6.6.6.6', t)).toBe('203.0.113.7');
    expect(clientAddress('10.0.0.2', 'garbage', t)).toBe('10.0.0.2');
  });
});

describe('the edge', () => {
  it('from an untrusted peer: the socket is the client; forwarded host, scheme and internal markers are dropped', () => {
    const h = run('', '198.51.100.4', { host: 'shop-a.example.ng', 'x-forwarded-for': '1.2.3.4', 'x-forwarded-host': 'shop-b.example.ng', 'x-forwarded-proto': 'https', 'x-ww-hop': 'guess', 'x-ww-edge': 'guess' });
    expect(h).toEqual({ host: 'shop-a.example.ng', 'x-forwarded-for': '198.51.100.4', 'x-ww-edge': SECRET });
  });

  it('from a trusted proxy: its X-Forwarded-Host becomes the Host (one host value), its scheme is kept', () => {
    const h = run('loopback', '127.0.0.1', { host: 'internal:3000', 'x-forwarded-for': '6.6.6.6, 203.0.113.7', 'x-forwarded-host': 'shop-b.example.ng, x', 'x-forwarded-proto': 'https' });
    expect(h).toEqual({ host: 'shop-b.example.ng', 'x-forwarded-for': '203.0.113.7', 'x-forwarded-proto': 'https', 'x-ww-edge': SECRET });
  });

  it('the server’s own requests to itself (rewrites, page-cache renders) pass untouched', () => {
    const h = run('', '127.0.0.1', { host: 'localhost:3000', 'x-forwarded-for': '203.0.113.7', 'x-forwarded-host': 'shop-a.example.ng', 'x-ww-hop': SECRET });
    expect(h).toMatchObject({ 'x-forwarded-for': '203.0.113.7', 'x-forwarded-host': 'shop-a.example.ng', 'x-ww-edge': SECRET });
  });
});

describe('clientIpFrom', () => {
  const before = process.env.STOREFRONT_EDGE_SECRET;
  afterAll(() => {
    process.env.STOREFRONT_EDGE_SECRET = before;
  });
  it('believes X-Forwarded-For only on a request the edge marked', () => {
    process.env.STOREFRONT_EDGE_SECRET = SECRET;
    expect(clientIpFrom(new Headers(run('', '198.51.100.4', { 'x-forwarded-for': '1.2.3.4' }) as Record<string, string>))).toBe('198.51.100.4');
    expect(clientIpFrom(new Headers({ 'x-forwarded-for': '1.2.3.4' }))).toBeNull();
    expect(clientIpFrom(new Headers({ 'x-forwarded-for': '1.2.3.4', 'x-ww-edge': 'guess' }))).toBeNull();
    delete process.env.STOREFRONT_EDGE_SECRET;
    expect(clientIpFrom(new Headers({ 'x-forwarded-for': '1.2.3.4', 'x-ww-edge': '' }))).toBeNull();
  });
});
