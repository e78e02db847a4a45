/**
 * Where uploaded product photos live (decision 0049): a folder under the data directory (the embedded
 * default, `<dataDir>/media`, or `MEDIA_DIR`), or an S3-compatible bucket when `MEDIA_S3_BUCKET` is set
 * (`MEDIA_S3_ENDPOINT`, `MEDIA_S3_REGION`, `MEDIA_S3_ACCESS_KEY_ID`, `MEDIA_S3_SECRET_ACCESS_KEY`). Catalog
 * writes the variants it encoded; the gateway reads them to serve `GET /media/...`. Keys are
 * `<tenantId>/<sha256>/<variant>` and never change once written (content addressed), so any cache may keep them.
 * AWS Signature Version 4 is written here (a few HMACs) rather than pulling in an SDK.
 */
import { createHash, createHmac } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { config } from './config';

export interface StoredMedia {
  bytes: Buffer;
  contentType: string;
}

export interface MediaStore {
  readonly kind: 'filesystem' | 's3';
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The object, or null when there is none. */
  get(key: string): Promise<StoredMedia | null>;
  has(key: string): Promise<boolean>;
}

const KEY_RE = /^[0-9a-f-]{36}\/[0-9a-f]{64}\/[a-z0-9]+\.[a-z]+$/;
function checkKey(key: string) {
  if (!KEY_RE.test(key)) throw new Error(`not a media key: ${key}`);
}

export const MEDIA_CONTENT_TYPES: Record<string, string> = { avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg' };
const contentTypeOf = (key: string) => MEDIA_CONTENT_TYPES[key.slice(key.lastIndexOf('.') + 1)] ?? 'application/octet-stream';

/** Files under a folder; each written to a temporary name and renamed, so a reader never sees half of one. */
export class FilesystemMediaStore implements MediaStore {
  readonly kind = 'filesystem' as const;
  constructor(readonly root: string) {}
  private file(key: string) {
    checkKey(key);
    return path.join(this.root, ...key.split('/'));
  }
  async put(key: string, bytes: Buffer, _contentType?: string): Promise<void> {
    const file = this.file(key);
    await mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(tmp, bytes);
    await rename(tmp, file);
  }
  async get(key: string): Promise<StoredMedia | null> {
    try {
      return { bytes: await readFile(this.file(key)), contentType: contentTypeOf(key) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }
  async has(key: string): Promise<boolean> {
    return stat(this.file(key)).then(
      () => true,
      (e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? false : Promise.reject(e)),
    );
  }
}

export interface S3Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

const sha256Hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();
/** RFC 3986 encoding of one path segment, as SigV4 wants it. */
const encodeSegment = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * The `Authorization` header of AWS Signature Version 4 for one request (no query string). `headers` must
 * hold `host`, `x-amz-date` and `x-amz-content-sha256`; every header given is signed.
 */
export function signV4(req: { method: string; path: string; headers: Record<string, string>; region: string; service: string }, creds: S3Credentials): string {
  const amzDate = req.headers['x-amz-date'];
  const day = amzDate.slice(0, 8);
  const names = Object.keys(req.headers)
    .map((h) => h.toLowerCase())
    .sort();
  const lower = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v]));
  const canonicalHeaders = names.map((h) => `${h}:${lower[h].trim().replace(/\s+/g, ' ')}\n`).join('');
  const signedHeaders = names.join(';');
  const canonicalPath = req.path.split('/').map((seg) => encodeSegment(decodeURIComponent(seg))).join('/');
  const canonicalRequest = [req.method, canonicalPath, '', canonicalHeaders, signedHeaders, lower['x-amz-content-sha256']].join('\n');
  const scope = `${day}/${req.region}/${req.service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${creds.secretAccessKey}`, day), req.region), req.service), 'aws4_request');
  const signature = createHmac('sha256', key).update(stringToSign).digest('hex');
  return `AWS4-HMAC-SHA256 Credential=${creds.accessKeyId}/${scope},SignedHeaders=${signedHeaders},Signature=${signature}`;
}

/** An S3-compatible bucket (AWS, MinIO, R2, ...), path-style: `<endpoint>/<bucket>/<key>`. */
export class S3MediaStore implements MediaStore {
  readonly kind = 's3' as const;
  /** `prefix` (e.g. `private/`) puts every key under a folder of the bucket. */
  constructor(private readonly opts: { endpoint: string; bucket: string; region: string; credentials: S3Credentials; now?: () => Date; prefix?: string }) {}

  private async call(method: 'PUT' | 'GET' | 'HEAD', key: string, body?: Buffer, contentType?: string): Promise<Response> {
    checkKey(key);
    const url = new URL(`${this.opts.endpoint.replace(/\/$/, '')}/${encodeSegment(this.opts.bucket)}/${this.opts.prefix ?? ''}${key}`);
    const amzDate = (this.opts.now?.() ?? new Date()).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    const headers: Record<string, string> = { host: url.host, 'x-amz-date': amzDate, 'x-amz-content-sha256': sha256Hex(body ?? '') };
    if (contentType) headers['content-type'] = contentType;
    const authorization = signV4({ method, path: url.pathname, headers, region: this.opts.region, service: 's3' }, this.opts.credentials);
    const { host: _host, ...sent } = headers;
    return fetch(url, { method, headers: { ...sent, authorization }, body: body ? new Uint8Array(body) : undefined, signal: AbortSignal.timeout(30_000) });
  }
  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    const res = await this.call('PUT', key, bytes, contentType);
    if (!res.ok) throw new Error(`S3 PUT ${key}: ${res.status} ${(await res.text()).slice(0, 200)}`);
  }
  async get(key: string): Promise<StoredMedia | null> {
    const res = await this.call('GET', key);
    if (res.status === 404) return null;
    if (!res.ok) throw new Error(`S3 GET ${key}: ${res.status}`);
    return { bytes: Buffer.from(await res.arrayBuffer()), contentType: contentTypeOf(key) };
  }
  async has(key: string): Promise<boolean> {
    const res = await this.call('HEAD', key);
    if (res.status === 404) return false;
    if (!res.ok) throw new Error(`S3 HEAD ${key}: ${res.status}`);
    return true;
  }
}

/** The stores this installation's environment names (read once per process): public and private. */
const fromEnv: { public?: MediaStore; private?: MediaStore } = {};
function storeFromEnv(which: 'public' | 'private'): MediaStore {
  const bucket = process.env.MEDIA_S3_BUCKET;
  if (bucket) {
    const accessKeyId = process.env.MEDIA_S3_ACCESS_KEY_ID;
    const secretAccessKey = process.env.MEDIA_S3_SECRET_ACCESS_KEY;
    if (!accessKeyId || !secretAccessKey) throw new Error('MEDIA_S3_BUCKET is set: MEDIA_S3_ACCESS_KEY_ID and MEDIA_S3_SECRET_ACCESS_KEY are needed too');
    const region = process.env.MEDIA_S3_REGION ?? 'us-east-1';
    const prefix = which === 'private' ? 'private/' : undefined;
    return new S3MediaStore({ endpoint: process.env.MEDIA_S3_ENDPOINT ?? `https://s3.${region}.amazonaws.com`, bucket, region, credentials: { accessKeyId, secretAccessKey }, prefix });
  }
  if (which === 'private') return new FilesystemMediaStore(path.resolve(process.env.MEDIA_PRIVATE_DIR ?? path.join(config.dataDir, 'private-media')));
  return new FilesystemMediaStore(path.resolve(process.env.MEDIA_DIR ?? path.join(config.dataDir, 'media')));
}

/** The public store: product photos, served to anyone by `GET /media/...` (decision 0049). */
export function mediaStore(): MediaStore {
  return (fromEnv.public ??= storeFromEnv('public'));
}

/**
 * The private store (decision 0065): customers' return photos. Nothing serves it as such: commerce reads a
 * photo for a caller allowed to see it. A folder of its own (`<dataDir>/private-media`, or
 * `MEDIA_PRIVATE_DIR`), or `private/` in the bucket (which must not be public; the public media route
 * never reads it).
 */
export function privateMediaStore(): MediaStore {
  return (fromEnv.private ??= storeFromEnv('private'));
}

/** Public path of an upload (`/media/<tenantId>/<sha256>`); its variants are `<that>/<width>.<avif|webp|jpg>`. */
export const MEDIA_PATH_RE = /^\/media\/([0-9a-f-]{36})\/([0-9a-f]{64})$/;
export const MEDIA_WIDTHS = [320, 640, 1280] as const;
export const MEDIA_FORMATS = ['avif', 'webp', 'jpg'] as const;
