/**
 * The sandbox's push service (decision 0063): it stands in for a browser vendor's (FCM, Mozilla, Apple)
 * in the embedded default and in tests, where a browser has no real push service.
 * - `POST /push/subscriptions` `{ applicationServerKey }`: what a browser's `PushManager.subscribe()` gets
 *   from its push service: `{ endpoint, keys: { p256dh, auth } }`. The sandbox plays the browser too: the
 *   subscription's private key and auth secret are derived from its id under the installation's secret,
 *   so any process of the installation can decrypt what is pushed to it (no state to share).
 * - `POST /push/send/<id>`: the RFC 8030 push endpoint. It checks what a push service checks (RFC 8292: a
 *   vapid Authorization whose ES256 JWT is signed by `k`, for this origin, unexpired, and `k` the key the
 *   subscription was made for; `TTL`; `Content-Encoding: aes128gcm`), decrypts the payload as the browser
 *   would (RFC 8291) and keeps the notification in SandboxMessage (channel PUSH) for the Mailbox. 201 and a
 *   Location, as a push service answers.
 * - `DELETE /push/subscriptions/<id>`: the browser unsubscribes; pushes to it then get 410 Gone (in this
 *   process: enough for a demo and for tests).
 */
import { createECDH, createHash, createHmac, randomUUID } from 'node:crypto';
import type http from 'node:http';
import { config, uuidv7, type PrismaClient } from '@webwaka/kit';
import { decryptPayload, verifyVapid } from '../services/channels/webpush';

const MAX_PUSH_BODY = 8 * 1024;
const gone = new Set<string>();

/** A simulated browser's keys for subscription `id`: private key and auth secret from the installation's secret. */
export function sandboxSubscriptionKeys(id: string): { privateKey: Buffer; publicKey: Buffer; auth: Buffer } {
  const derive = (what: string) => createHmac('sha256', config.jwtSecret).update(`webwaka:sandbox-push:${what}:${id}`).digest();
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(derive('key'));
  return { privateKey: ecdh.getPrivateKey(), publicKey: ecdh.getPublicKey(), auth: derive('auth').subarray(0, 16) };
}

/** Which application server key a subscription is bound to: a short hash in its id. */
const keyTag = (applicationServerKey: string) => createHash('sha256').update(applicationServerKey).digest('base64url').slice(0, 16);

/** A request's body, up to `max` bytes (a larger one is cut off: the request fails). */
export function readBytes(req: http.IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) req.destroy(new Error('too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const answer = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

/** Answers `/push/...` requests; false when the path is not the push service's. */
export async function handlePush(prisma: PrismaClient, url: URL, req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> {
  if (!url.pathname.startsWith('/push/')) return false;
  const origin = `http://${req.headers.host}`;
  const body = await readBytes(req, MAX_PUSH_BODY);
  if (req.method === 'POST' && url.pathname === '/push/subscriptions') {
    const { applicationServerKey } = JSON.parse(body.toString('utf8') || '{}') as { applicationServerKey?: string };
    if (typeof applicationServerKey !== 'string' || Buffer.from(applicationServerKey, 'base64url').length !== 65) {
      answer(res, 400, { message: 'applicationServerKey (the VAPID public key, base64url) is required' });
      return true;
    }
    const id = `${randomUUID()}.${keyTag(applicationServerKey)}`;
    const keys = sandboxSubscriptionKeys(id);
    answer(res, 201, { endpoint: `${origin}/push/send/${id}`, expirationTime: null, keys: { p256dh: keys.publicKey.toString('base64url'), auth: keys.auth.toString('base64url') } });
    return true;
  }
  const unsubscribe = /^\/push\/subscriptions\/([\w.-]+)$/.exec(url.pathname);
  if (req.method === 'DELETE' && unsubscribe) {
    gone.add(unsubscribe[1]!);
    res.writeHead(204).end();
    return true;
  }
  const send = /^\/push\/send\/([\w-]+)\.([\w-]{16})$/.exec(url.pathname);
  if (req.method !== 'POST' || !send) {
    answer(res, 404, { message: 'Not found' });
    return true;
  }
  const id = `${send[1]}.${send[2]}`;
  if (gone.has(id)) {
    answer(res, 410, { message: 'The subscription has expired or been unsubscribed' });
    return true;
  }
  const vapid = verifyVapid(req.headers.authorization, origin);
  if (!vapid.ok) {
    answer(res, 401, { message: vapid.reason });
    return true;
  }
  if (keyTag(vapid.publicKey) !== send[2]) {
    answer(res, 403, { message: 'The VAPID key is not the one this subscription was made for' });
    return true;
  }
  if (!/^\d+$/.test(String(req.headers.ttl ?? ''))) {
    answer(res, 400, { message: 'TTL is required' });
    return true;
  }
  if (String(req.headers['content-encoding'] ?? '').toLowerCase() !== 'aes128gcm') {
    answer(res, 415, { message: 'Content-Encoding must be aes128gcm' });
    return true;
  }
  const keys = sandboxSubscriptionKeys(id);
  let notification: { title?: string; body?: string; url?: string | null };
  try {
    notification = JSON.parse(decryptPayload(body, keys.privateKey, keys.auth).toString('utf8'));
  } catch {
    answer(res, 400, { message: 'The payload does not decrypt for this subscription' });
    return true;
  }
  const messageId = uuidv7();
  await prisma.sandboxMessage.create({
    data: { id: uuidv7(), providerMessageId: `push:${messageId}`, channel: 'PUSH', provider: 'web-push', from: vapid.sub, to: `${origin}/push/send/${id}`, subject: notification.title ?? null, text: notification.body ?? '', html: null },
  });
  res.writeHead(201, { location: `${origin}/push/messages/${messageId}` }).end();
  return true;
}
