import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { postJson } from '../src/http-post';

async function listen(handler: http.RequestListener) {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` };
}

describe('postJson', () => {
  it('connects to a pinned address, the URL’s host only in the Host header, and sends bytes as they are', async () => {
    const seen: { host?: string; body: Buffer }[] = [];
    const { server, url } = await listen((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        seen.push({ host: req.headers.host, body: Buffer.concat(chunks) });
        res.end('{}');
      });
    });
    try {
      const port = new URL(url).port;
      const bytes = Buffer.from([0, 255, 128, 2]);
      const res = await postJson(`http://push.never-resolved.invalid:${port}/x`, bytes, { address: '127.0.0.1' });
      expect(res.status).toBe(200);
      expect(seen).toEqual([{ host: `push.never-resolved.invalid:${port}`, body: bytes }]);
    } finally {
      server.close();
    }
  });

  it('sends the body with its headers and reads the whole answer, reusing one connection', async () => {
    const seen: { body: string; type?: string; extra?: string; socket: unknown }[] = [];
    const { server, url } = await listen((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        seen.push({ body: Buffer.concat(chunks).toString(), type: req.headers['content-type'], extra: req.headers['x-extra'] as string, socket: req.socket });
        res.statusCode = 201;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ ok: 'é'.repeat(50_000) }));
      });
    });
    try {
      const first = await postJson(url, '{"a":1}', { headers: { 'x-extra': 'yes' } });
      const second = await postJson(url, '{"a":2}');
      expect(first.status).toBe(201);
      expect(JSON.parse(first.text).ok).toHaveLength(50_000);
      expect(seen.map((s) => [s.body, s.type])).toEqual([['{"a":1}', 'application/json'], ['{"a":2}', 'application/json']]);
      expect(seen[0].extra).toBe('yes');
      expect(seen[1].socket).toBe(seen[0].socket);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('rejects with the cause and not the address when nothing listens', async () => {
    const { server, url } = await listen(() => undefined);
    await new Promise((resolve) => server.close(resolve));
    const error = await postJson(url, '{}').catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('ECONNREFUSED');
  });

  it('gives up after timeoutMs', async () => {
    const { server, url } = await listen(() => undefined);
    try {
      await expect(postJson(url, '{}', { timeoutMs: 100 })).rejects.toThrow('TIMEOUT');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
