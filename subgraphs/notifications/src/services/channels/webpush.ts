/**
 * Web push (decision 0063), by the IETF's documents, with node:crypto only:
 * - RFC 8030: `POST {subscription endpoint}` with the encrypted payload and `TTL` (seconds the push service
 *   keeps it for an offline browser) and `Urgency` headers; 201 Created means accepted (its `Location` names
 *   the message). 404 or 410 means the browser dropped the subscription: it is removed here.
 * - RFC 8291 + RFC 8188: the payload is encrypted to the browser's P-256 key (`p256dh`) and authentication
 *   secret (`auth`), content coding aes128gcm: an ephemeral ECDH key per message, HKDF-SHA-256, AES-128-GCM,
 *   one record.
 * - RFC 8292 (VAPID): `Authorization: vapid t=<JWT ES256 {aud: the endpoint's origin, exp, sub}>, k=<public key>`,
 *   so the push service knows which server sends (a browser subscribed with our public key accepts only ours).
 * The payload is JSON `{ title, body, url }` for the storefront's service worker (storefront/public/push-sw.js).
 * The local sandbox (sandbox/push.ts) is a push service too: the adapter does not know the difference.
 */
import { createECDH, createPrivateKey, createPublicKey, createCipheriv, createDecipheriv, hkdfSync, randomBytes, sign, verify, type KeyObject } from 'node:crypto';
import { lookup as dnsLookup } from 'node:dns/promises';
import { decryptSecret, encryptSecret, isPublicAddress, postJson } from '@webwaka/kit';
import type { Db } from '../context';
import { httpFailure, type ChannelSender, type Outgoing, type ProviderConfig, type SendResult } from './types';

/** How long a push service keeps a message for a browser that is offline (4 weeks is their usual maximum; order news is stale sooner). */
export const PUSH_TTL_SECONDS = 2 * 24 * 3600;
/** Record size of the single record we send (RFC 8188); payloads are far smaller. */
const RECORD_SIZE = 4096;
/** Payloads larger than this are refused by push services (4096 bytes including the 86-byte header and tag). */
const MAX_PLAINTEXT = 3800;
const JWT_LIFETIME_SECONDS = 12 * 3600;

const b64u = (b: Buffer) => b.toString('base64url');
const unb64u = (s: string) => Buffer.from(s, 'base64url');

export interface VapidKeys {
  /** Uncompressed P-256 point (65 bytes), base64url: the storefront's applicationServerKey. */
  publicKey: string;
  /** The private scalar (32 bytes), base64url. */
  privateKey: string;
  /** A mailto: or https: contact for push services (RFC 8292 `sub`). */
  subject: string;
}

/** A new VAPID key pair (the installation's, when the environment gives none). */
export function generateVapidKeys(): { publicKey: string; privateKey: string } {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return { publicKey: b64u(ecdh.getPublicKey()), privateKey: b64u(ecdh.getPrivateKey()) };
}

function jwkOf(publicKey: string, privateKey?: string) {
  const point = unb64u(publicKey);
  if (point.length !== 65 || point[0] !== 4) throw new Error('A P-256 public key is 65 bytes, uncompressed');
  return { kty: 'EC', crv: 'P-256', x: b64u(point.subarray(1, 33)), y: b64u(point.subarray(33, 65)), ...(privateKey ? { d: privateKey } : {}) };
}

const signingKey = (keys: VapidKeys): KeyObject => createPrivateKey({ key: jwkOf(keys.publicKey, keys.privateKey), format: 'jwk' });

/** The `Authorization` header for one push service origin (RFC 8292 §2–3). */
export function vapidAuthorization(endpoint: string, keys: VapidKeys, now = Date.now()): string {
  const header = b64u(Buffer.from(JSON.stringify({ typ: 'JWT', alg: 'ES256' })));
  const claims = b64u(Buffer.from(JSON.stringify({ aud: new URL(endpoint).origin, exp: Math.floor(now / 1000) + JWT_LIFETIME_SECONDS, sub: keys.subject })));
  const signature = sign('sha256', Buffer.from(`${header}.${claims}`), { key: signingKey(keys), dsaEncoding: 'ieee-p1363' });
  return `vapid t=${header}.${claims}.${b64u(signature)}, k=${keys.publicKey}`;
}

/**
 * What a push service checks of `Authorization` (RFC 8292 §4.2): an ES256 JWT signed by the key in `k`,
 * for this origin, not expired and not valid for more than 24 hours. Returns its claims, or why not.
 */
export function verifyVapid(authorization: string | undefined, origin: string, now = Date.now()): { ok: true; publicKey: string; sub: string | null } | { ok: false; reason: string } {
  const m = /^vapid\s+(.+)$/i.exec(authorization ?? '');
  if (!m) return { ok: false, reason: 'Authorization is not vapid' };
  const params = Object.fromEntries(m[1]!.split(',').map((p) => p.trim().split('=', 2).map((s) => s.trim())));
  const t = params.t;
  const k = params.k;
  if (!t || !k) return { ok: false, reason: 'vapid needs t and k' };
  const [h, c, s] = t.split('.');
  if (!h || !c || !s) return { ok: false, reason: 'malformed JWT' };
  try {
    const header = JSON.parse(unb64u(h).toString('utf8')) as { alg?: string };
    if (header.alg !== 'ES256') return { ok: false, reason: 'JWT alg must be ES256' };
    const key = createPublicKey({ key: jwkOf(k), format: 'jwk' });
    if (!verify('sha256', Buffer.from(`${h}.${c}`), { key, dsaEncoding: 'ieee-p1363' }, unb64u(s))) return { ok: false, reason: 'bad JWT signature' };
    const claims = JSON.parse(unb64u(c).toString('utf8')) as { aud?: string; exp?: number; sub?: string };
    if (claims.aud !== origin) return { ok: false, reason: 'JWT aud is not this push service' };
    const secondsLeft = (claims.exp ?? 0) - now / 1000;
    if (secondsLeft <= 0 || secondsLeft > 24 * 3600) return { ok: false, reason: 'JWT exp must be within 24 hours' };
    return { ok: true, publicKey: k, sub: claims.sub ?? null };
  } catch {
    return { ok: false, reason: 'malformed JWT' };
  }
}

const DEFAULT_SUBJECT = 'mailto:no-reply@webwaka.local';
const VAPID_ROW = 'installation';

/** Per database client (tests run several stacks in one process): the row never changes once written. */
const cached = new WeakMap<object, VapidKeys>();

/**
 * The installation's VAPID keys: VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY / VAPID_SUBJECT from the environment,
 * else a pair generated at first use and kept in VapidKey (private key sealed). Concurrent first uses race
 * on the insert; every process then reads the one row that won.
 */
export async function vapidKeys(db: Db, env = process.env): Promise<VapidKeys> {
  const subject = env.VAPID_SUBJECT || DEFAULT_SUBJECT;
  if (env.VAPID_PUBLIC_KEY && env.VAPID_PRIVATE_KEY) return { publicKey: env.VAPID_PUBLIC_KEY, privateKey: env.VAPID_PRIVATE_KEY, subject };
  const known = cached.get(db);
  if (known) return { ...known, subject };
  let row = await db.vapidKey.findUnique({ where: { id: VAPID_ROW } });
  if (!row) {
    const fresh = generateVapidKeys();
    await db.vapidKey.createMany({ data: [{ id: VAPID_ROW, publicKey: fresh.publicKey, privateKeySealed: encryptSecret(fresh.privateKey) }], skipDuplicates: true });
    row = await db.vapidKey.findUniqueOrThrow({ where: { id: VAPID_ROW } });
  }
  const keys = { publicKey: row.publicKey, privateKey: decryptSecret(row.privateKeySealed), subject };
  cached.set(db, keys);
  return keys;
}

/** Key and nonce of RFC 8291 §3.4 from the ECDH secret, the browser's auth secret and both public keys. */
function derive(ecdhSecret: Buffer, auth: Buffer, uaPublic: Buffer, asPublic: Buffer, salt: Buffer): { key: Buffer; nonce: Buffer } {
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), uaPublic, asPublic]);
  const ikm = Buffer.from(hkdfSync('sha256', ecdhSecret, auth, keyInfo, 32));
  return {
    key: Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16)),
    nonce: Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12)),
  };
}

/** Encrypts a payload for one subscription (RFC 8291): header (salt, rs, the ephemeral public key) then one record. */
export function encryptPayload(plaintext: Buffer, p256dh: string, auth: string): Buffer {
  const uaPublic = unb64u(p256dh);
  const ecdh = createECDH('prime256v1');
  const asPublic = ecdh.generateKeys();
  const salt = randomBytes(16);
  const { key, nonce } = derive(ecdh.computeSecret(uaPublic), unb64u(auth), uaPublic, asPublic, salt);
  const cipher = createCipheriv('aes-128-gcm', key, nonce);
  // The last (only) record ends with the delimiter 0x02 (RFC 8188 §2); no padding.
  const body = Buffer.concat([cipher.update(Buffer.concat([plaintext, Buffer.from([2])])), cipher.final(), cipher.getAuthTag()]);
  const rs = Buffer.alloc(4);
  rs.writeUInt32BE(RECORD_SIZE);
  return Buffer.concat([salt, rs, Buffer.from([asPublic.length]), asPublic, body]);
}

/** What a browser does on receipt: decrypts with its private key (the sandbox's simulated browsers). */
export function decryptPayload(message: Buffer, uaPrivateKey: Buffer, auth: Buffer): Buffer {
  const salt = message.subarray(0, 16);
  const idLength = message[20]!;
  const asPublic = message.subarray(21, 21 + idLength);
  const record = message.subarray(21 + idLength);
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(uaPrivateKey);
  const { key, nonce } = derive(ecdh.computeSecret(asPublic), auth, ecdh.getPublicKey(), asPublic, salt);
  const decipher = createDecipheriv('aes-128-gcm', key, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (padded[end] !== 2) throw new Error('no last-record delimiter');
  return padded.subarray(0, end);
}

/** The payload the service worker shows: a title, the text, and the first link of the text to open on a tap. */
export function pushPayload(m: Pick<Outgoing, 'subject' | 'text' | 'fromName'>): Buffer {
  const url = /https?:\/\/\S+/.exec(m.text)?.[0] ?? null;
  const payload = { title: m.subject || m.fromName, body: m.text, url };
  let json = Buffer.from(JSON.stringify(payload));
  if (json.length > MAX_PLAINTEXT) json = Buffer.from(JSON.stringify({ ...payload, body: m.text.slice(0, MAX_PLAINTEXT - 400) + '…' }));
  return json;
}

/** How the adapter resolves a push service's host: replaced in tests (fake DNS). */
export const pushProbes: { resolveHost: (host: string) => Promise<string[]> } = {
  resolveHost: async (host) => (await dnsLookup(host, { all: true, verbatim: true })).map((a) => a.address),
};

/**
 * Where to connect for an endpoint: a public address its host resolves to, checked now and used for the
 * request (so a name that points at the private network, or changes its answer after the check, reaches
 * nothing inside). The local sandbox's push service (`trusted`) is the one exception.
 */
async function pushAddress(endpoint: string, trusted: string | null): Promise<{ address?: string } | { refused: string }> {
  if (trusted && endpoint.startsWith(trusted)) return {};
  const addresses = await pushProbes.resolveHost(new URL(endpoint).hostname);
  if (!addresses.length || !addresses.every(isPublicAddress)) return { refused: 'The push service’s address is not public: not sent there' };
  return { address: addresses[0] };
}

/**
 * The web push adapter. The provider's credentials are the installation's VAPID private key, `account` its
 * public key, `senderId` its subject and `baseUrl` the local sandbox's push service (reached without the
 * public-address check); a message's recipient is `push:<subscription id>`, read here.
 */
export function webpushSender(config: ProviderConfig, db: Db): ChannelSender {
  return {
    provider: 'webpush',
    async send(m: Outgoing): Promise<SendResult> {
      if (!config.credentials || !config.account) return { ok: false, error: 'No VAPID key is configured', permanent: false };
      const id = m.to.startsWith('push:') ? m.to.slice(5) : m.to;
      const sub = await db.pushSubscription.findUnique({ where: { id } }).catch(() => null);
      if (!sub) return { ok: false, error: 'The browser’s subscription was removed', permanent: true };
      const keys: VapidKeys = { publicKey: config.account, privateKey: config.credentials, subject: config.senderId || DEFAULT_SUBJECT };
      const target = await pushAddress(sub.endpoint, config.baseUrl);
      if ('refused' in target) {
        await db.pushSubscription.deleteMany({ where: { id: sub.id } });
        return { ok: false, error: `${target.refused} (subscription removed)`, permanent: true };
      }
      const body = encryptPayload(pushPayload(m), sub.p256dh, decryptSecret(sub.authSealed));
      const res = await postJson(sub.endpoint, body, {
        address: target.address,
        headers: {
          authorization: vapidAuthorization(sub.endpoint, keys),
          'content-encoding': 'aes128gcm',
          'content-type': 'application/octet-stream',
          ttl: String(PUSH_TTL_SECONDS),
          urgency: 'normal',
        },
        timeoutMs: 15_000,
      });
      if (res.status === 404 || res.status === 410) {
        // The browser unsubscribed or the subscription expired (RFC 8030 §7.3): it will never work again.
        await db.pushSubscription.deleteMany({ where: { id: sub.id } });
        return { ok: false, error: `HTTP ${res.status}: the browser’s subscription is gone (removed)`, permanent: true };
      }
      if (res.status < 200 || res.status >= 300) return httpFailure(res.status, res.text);
      return { ok: true, providerMessageId: res.headers?.location ?? null };
    },
  };
}
