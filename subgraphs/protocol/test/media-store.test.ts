/**
 * The media stores (decision 0049): the folder store, and the S3-compatible one against a small in-process
 * S3 fake that checks each request's Signature Version 4 with the same signer, which is itself held to
 * AWS's documented example (so the fake cannot agree with a wrong signer).
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FilesystemMediaStore, S3MediaStore, signV4 } from '../src/media-store';

const TENANT = '0193a000-0000-7000-8000-000000000004';
const SHA = 'a'.repeat(64);
const key = (variant: string) => `${TENANT}/${SHA}/${variant}`;
const AWS_EXAMPLE = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };

describe('signV4', () => {
  it("matches AWS's documented example (S3 GET Object, Signature Version 4 header)", () => {
    const authorization = signV4(
      {
        method: 'GET',
        path: '/test.txt',
        region: 'us-east-1',
        service: 's3',
        headers: { host: 'examplebucket.s3.amazonaws.com', range: 'bytes=0-9', 'x-amz-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'x-amz-date': '20130524T000000Z' },
      },
      AWS_EXAMPLE,
    );
    expect(authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });
});

describe('FilesystemMediaStore', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'media-store-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes, reads and tells what it has, leaving no temporary file behind', async () => {
    const store = new FilesystemMediaStore(dir);
    expect(await store.has(key('320.webp'))).toBe(false);
    expect(await store.get(key('320.webp'))).toBeNull();
    await store.put(key('320.webp'), Buffer.from('webp bytes'), 'image/webp');
    expect(await store.has(key('320.webp'))).toBe(true);
    expect(await store.get(key('320.webp'))).toEqual({ bytes: Buffer.from('webp bytes'), contentType: 'image/webp' });
    expect(await readdir(path.join(dir, TENANT, SHA))).toEqual(['320.webp']);
  });

  it('refuses a key that is not a tenant, a hash and a variant (no way out of its folder)', async () => {
    const store = new FilesystemMediaStore(dir);
    for (const bad of ['../etc/passwd', `${TENANT}/../../x/320.jpg`, `${TENANT}/${SHA}/../320.jpg`, `${TENANT}/${SHA.slice(1)}/320.jpg`]) {
      await expect(store.get(bad)).rejects.toThrow('not a media key');
    }
  });
});

describe('S3MediaStore', () => {
  const objects = new Map<string, { body: Buffer; type: string }>();
  const seen: string[] = [];
  let server: http.Server;
  let endpoint: string;
  const creds = { accessKeyId: 'test-key', secretAccessKey: 'test-secret' };

  beforeAll(async () => {
    // A bucket that checks every request's signature as S3 does (recomputed from what it received).
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        const auth = String(req.headers.authorization ?? '');
        const signed = /SignedHeaders=([^,]+)/.exec(auth)?.[1].split(';') ?? [];
        const headers = Object.fromEntries(signed.map((h) => [h, String(req.headers[h])]));
        const expected = signV4({ method: req.method!, path: req.url!, headers, region: 'af-south-1', service: 's3' }, creds);
        const hashOk = req.headers['x-amz-content-sha256'] === createHash('sha256').update(body).digest('hex');
        seen.push(`${req.method} ${req.url}`);
        if (auth !== expected || !hashOk || !signed.includes('host')) return res.writeHead(403).end('SignatureDoesNotMatch');
        const name = req.url!;
        if (req.method === 'PUT') {
          objects.set(name, { body, type: String(req.headers['content-type']) });
          return res.writeHead(200).end();
        }
        const o = objects.get(name);
        if (!o) return res.writeHead(404).end();
        res.writeHead(200, { 'content-type': o.type });
        res.end(req.method === 'HEAD' ? undefined : o.body);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('puts and gets objects path-style in its bucket, signed', async () => {
    const store = new S3MediaStore({ endpoint, bucket: 'shop-media', region: 'af-south-1', credentials: creds });
    expect(await store.has(key('640.avif'))).toBe(false);
    await store.put(key('640.avif'), Buffer.from([1, 2, 3]), 'image/avif');
    expect(objects.get(`/shop-media/${key('640.avif')}`)).toEqual({ body: Buffer.from([1, 2, 3]), type: 'image/avif' });
    expect(await store.has(key('640.avif'))).toBe(true);
    expect(await store.get(key('640.avif'))).toEqual({ bytes: Buffer.from([1, 2, 3]), contentType: 'image/avif' });
    expect(await store.get(key('320.avif'))).toBeNull();
    expect(seen).toContain(`PUT /shop-media/${key('640.avif')}`);
  });

  it('fails loudly with wrong credentials rather than pretending to have stored', async () => {
    const store = new S3MediaStore({ endpoint, bucket: 'shop-media', region: 'af-south-1', credentials: { ...creds, secretAccessKey: 'wrong' } });
    await expect(store.put(key('320.jpg'), Buffer.from('x'), 'image/jpeg')).rejects.toThrow('403');
  });
});
