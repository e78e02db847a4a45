// The storefront's edge (decision 0021): before Next sees a request, decide once what its forwarded
// headers may say, so that every page, route and proxy.ts read one trustworthy answer.
//
// - The client's address is the socket's, unless the socket is one of TRUSTED_PROXIES (comma-separated
//   addresses, CIDR ranges, or `loopback`; default none): then X-Forwarded-For is walked from the right
//   past trusted proxies, and the first address that is not one is the client. The result replaces
//   X-Forwarded-For (one address).
// - X-Forwarded-Host and X-Forwarded-Proto are believed only from a trusted proxy. A trusted proxy's
//   X-Forwarded-Host becomes the Host header, so the tenant, the page cache key and absolute links all
//   come from the one host value; from anyone else both headers are dropped (Next then fills the scheme
//   from the socket).
// - `x-ww-edge: <STOREFRONT_EDGE_SECRET>` marks the request as having passed here; lib/client-ip.ts
//   believes X-Forwarded-For only with it. Requests this server makes to itself (proxy.ts's rewrites and
//   page-cache renders) carry the same per-process secret and were sanitized on their way in.
//
// Plain CommonJS: server.js loads it before Next, outside the Next build.
'use strict';
const { BlockList, isIP } = require('node:net');

const INTERNAL_HEADERS = ['x-ww-hop', 'x-ww-fill'];
const EDGE_HEADER = 'x-ww-edge';

/** `::ffff:10.0.0.1` → `10.0.0.1`; null for anything that is not an IP address. */
function normalizeAddress(value) {
  if (typeof value !== 'string') return null;
  let a = value.trim();
  if (a.startsWith('[') && a.endsWith(']')) a = a.slice(1, -1);
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(a)) a = a.slice(7);
  return isIP(a) ? a : null;
}

/** A matcher for TRUSTED_PROXIES entries; throws on an entry it cannot read (better than trusting too much or too little silently). */
function trustedProxies(entries) {
  const list = new BlockList();
  const items = (Array.isArray(entries) ? entries : String(entries ?? '').split(',')).map((s) => s.trim()).filter(Boolean);
  for (const item of items) {
    if (item === 'loopback') {
      list.addSubnet('127.0.0.0', 8, 'ipv4');
      list.addSubnet('::1', 128, 'ipv6');
      continue;
    }
    const [address, prefix] = item.split('/');
    const a = normalizeAddress(address);
    if (!a || (prefix !== undefined && !/^\d{1,3}$/.test(prefix))) throw new Error(`TRUSTED_PROXIES: cannot read "${item}" (addresses, CIDR ranges or "loopback")`);
    const type = isIP(a) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(a, type);
    else list.addSubnet(a, Number(prefix), type);
  }
  return (address) => {
    const a = normalizeAddress(address);
    return a !== null && items.length > 0 && list.check(a, isIP(a) === 6 ? 'ipv6' : 'ipv4');
  };
}

/** The client behind `peer`: X-Forwarded-For walked from the right while the hop is a trusted proxy. */
function clientAddress(peer, forwardedFor, isTrusted) {
  let client = normalizeAddress(peer) ?? '';
  const chain = String(forwardedFor ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  while (isTrusted(client) && chain.length > 0) {
    const next = normalizeAddress(chain.pop());
    if (!next) break; // a malformed hop: stop at the last address we could vouch for
    client = next;
  }
  return client;
}

const first = (v) => (Array.isArray(v) ? v[0] : v)?.split(',')[0]?.trim() || null;

/** Returns the function that sanitizes each request's headers in place (see the top of this file). */
function createEdge({ trusted, secret }) {
  const isTrusted = trustedProxies(trusted);
  return function edge(req) {
    const h = req.headers;
    if (secret && INTERNAL_HEADERS.some((name) => h[name] === secret)) {
      h[EDGE_HEADER] = secret;
      return;
    }
    const peer = req.socket?.remoteAddress;
    const fromProxy = isTrusted(peer);
    if (fromProxy) {
      const host = first(h['x-forwarded-host']);
      if (host) h.host = host;
      const proto = first(h['x-forwarded-proto'])?.toLowerCase();
      if (proto === 'https' || proto === 'http') h['x-forwarded-proto'] = proto;
      else delete h['x-forwarded-proto'];
    } else {
      delete h['x-forwarded-proto'];
    }
    const client = fromProxy ? clientAddress(peer, h['x-forwarded-for'], isTrusted) : normalizeAddress(peer);
    for (const name of ['x-forwarded-host', 'x-forwarded-port', 'forwarded', 'x-real-ip', ...INTERNAL_HEADERS]) delete h[name];
    if (client) h['x-forwarded-for'] = client;
    else delete h['x-forwarded-for'];
    h[EDGE_HEADER] = secret;
  };
}

module.exports = { createEdge, clientAddress, trustedProxies, normalizeAddress, EDGE_HEADER };
