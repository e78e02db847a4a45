// Who the gateway takes the client to be (gateway/src/client-ip.ts, decision 0021): the socket's address,
// a trusted proxy's X-Forwarded-For, or an address the storefront proved with its signature; never a
// header the caller made up. Forwarded hosts are dropped unless a trusted proxy sent them.
// A system test (it was gateway/test/client-ip.test.ts): the storefront signs, the gateway verifies, and
// the gateway's tests import neither the storefront nor the kit (decision 0035).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { config } from '@webwaka/protocol';
import { CLIENT_IP_HEADER, clientIpOf, dropUntrustedForwarding, trustProxySetting, verifyClientIpProof } from '../gateway/src/client-ip';
import { clientIpProof } from '../storefront/lib/client-ip';

describe('the storefront’s proof', () => {
  const secret = config.storefrontSecret;
  const now = Date.UTC(2026, 11, 6, 12);

  it('what the storefront signs, the gateway believes (IPv4 and IPv6)', () => {
    for (const ip of ['203.0.113.7', '2001:db8::1']) expect(verifyClientIpProof(clientIpProof(ip, now, secret)!, secret, now)).toBe(ip);
  });

  it('a forged, altered, stale or malformed proof is nobody', () => {
    const proof = clientIpProof('203.0.113.7', now, secret)!;
    expect(verifyClientIpProof(clientIpProof('203.0.113.7', now, 'guessed-secret')!, secret, now)).toBeNull();
    expect(verifyClientIpProof(proof.replace('203.0.113.7', '203.0.113.8'), secret, now)).toBeNull();
    expect(verifyClientIpProof(proof, secret, now + 121_000)).toBeNull();
    expect(verifyClientIpProof('203.0.113.7', secret, now)).toBeNull();
    expect(verifyClientIpProof(undefined, secret, now)).toBeNull();
    expect(verifyClientIpProof(`not-an-ip;${Math.floor(now / 1000)};${'0'.repeat(64)}`, secret, now)).toBeNull();
  });

  it('the storefront key is not the gateway secret (a storefront cannot sign actors)', () => {
    expect(config.storefrontSecret).not.toBe(config.gatewaySecret);
  });
});

describe('an Express app with the gateway’s settings', () => {
  async function serve(trusted: string[]) {
    const app = express();
    app.set('trust proxy', trustProxySetting(trusted));
    app.get('/', (req, res) => {
      dropUntrustedForwarding(req);
      res.json({ ip: clientIpOf(req), forwardedHost: req.headers['x-forwarded-host'] ?? null });
    });
    const server = http.createServer(app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    return { ask: async (headers: Record<string, string>) => (await fetch(url, { headers })).json(), close: () => new Promise<void>((r) => server.close(() => r())) };
  }

  it('by default nobody is trusted: X-Forwarded-For and X-Forwarded-Host are ignored, even from loopback', async () => {
    const s = await serve([]);
    try {
      expect(await s.ask({ 'x-forwarded-for': '198.51.100.9', 'x-forwarded-host': 'other-tenant.example.ng' })).toEqual({ ip: '127.0.0.1', forwardedHost: null });
      // A made-up proof header is ignored as well.
      expect(await s.ask({ [CLIENT_IP_HEADER]: `198.51.100.9;${Math.floor(Date.now() / 1000)};${'a'.repeat(64)}` })).toEqual({ ip: '127.0.0.1', forwardedHost: null });
      // The storefront's signed address is believed.
      expect(await s.ask({ [CLIENT_IP_HEADER]: clientIpProof('198.51.100.9', Date.now(), config.storefrontSecret)! })).toEqual({ ip: '198.51.100.9', forwardedHost: null });
    } finally {
      await s.close();
    }
  });

  it('a configured proxy’s X-Forwarded-For is walked from the right; its forwarded host is kept', async () => {
    const s = await serve(['loopback', '10.0.0.0/8']);
    try {
      // The client wrote 1.1.1.1 itself; the proxy chain 10.1.2.3 → us appended the real peer 198.51.100.9.
      expect(await s.ask({ 'x-forwarded-for': '1.1.1.1, 198.51.100.9, 10.1.2.3', 'x-forwarded-host': 'shop.example.ng' })).toEqual({ ip: '198.51.100.9', forwardedHost: 'shop.example.ng' });
    } finally {
      await s.close();
    }
  });
});
