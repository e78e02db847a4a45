/**
 * Identity away (issue 18): the gateway resolves a shop's slug through identity, which its anonymous shoppers'
 * catalogue does not otherwise need. A slug resolved within the last hour keeps resolving while identity does
 * not answer; an unknown one, and credentials that must be checked (API keys), get SERVICE_UNAVAILABLE from
 * the route's caller, never a guess. Against a stand-in identity of the test's own.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPubSub } from '@webwaka/protocol';
import { createAuthenticator } from '../src/auth';

describe('the gateway while identity does not answer', () => {
  let server: http.Server;
  let answering = true;
  const asked: string[] = [];
  let identityUrl: string;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        asked.push(`${req.url} ${body}`);
        if (!answering) return res.writeHead(500).end('{"error":"internal error"}');
        const known = req.url === '/internal/resolve-tenant' && JSON.parse(body).slug === 'ade-fashion';
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(known ? { tenantId: 'tenant-ade' } : null));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    identityUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await new Promise((r) => server.close(r));
  });

  it('keeps serving a shop resolved within the hour, and refuses what it cannot check', async () => {
    const pubsub = createPubSub(undefined, undefined);
    const authenticate = createAuthenticator(identityUrl, pubsub);
    const shopper = { 'x-tenant': 'ade-fashion' };
    try {
      expect((await authenticate(shopper, 'r-1')).actor.tenantId).toBe('tenant-ade');
      const start = Date.now();
      const now = jest.spyOn(Date, 'now');

      // Past the minute the slug is cached for: identity is asked again, and down.
      now.mockReturnValue(start + 5 * 60_000);
      answering = false;
      asked.length = 0;
      expect((await authenticate(shopper, 'r-2')).actor.tenantId).toBe('tenant-ade');
      expect(asked).toEqual([expect.stringContaining('/internal/resolve-tenant')]);
      // A slug never resolved cannot be answered from memory.
      await expect(authenticate({ 'x-tenant': 'other-shop' }, 'r-3')).rejects.toThrow(/answered 500/);
      // Nor an API key (a revoked one must not pass because identity is away).
      await expect(authenticate({ 'x-api-key': 'wk_whatever' }, 'r-4')).rejects.toThrow(/answered 500/);

      // Past the hour it is not used any more.
      now.mockReturnValue(start + 62 * 60_000);
      await expect(authenticate(shopper, 'r-5')).rejects.toThrow(/answered 500/);

      // Identity back: asked again and answering.
      answering = true;
      expect((await authenticate(shopper, 'r-6')).actor.tenantId).toBe('tenant-ade');
    } finally {
      await authenticate.close();
      await pubsub.close();
    }
  });
});
