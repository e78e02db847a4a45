/**
 * Browsers' web push subscriptions and the installation's VAPID key (decision 0063). A signed-in user
 * registers the PushSubscription their browser gave for the shop's VAPID public key (endpoint, p256dh,
 * auth); a PUSH message to that user goes to each of their subscriptions at that tenant. The endpoint is
 * where our server will POST, so only public https push services are taken (no address on the private
 * network, no IP literal), or the local sandbox's push service in the embedded default and tests.
 */
import { DomainError, encryptSecret, ErrorCode, uuidv7 } from '@webwaka/kit';
import type { Db } from './context';
import { sandboxUrls } from './providers';

/** Browsers one user keeps subscribed at one shop; a new one beyond it replaces their oldest. */
export const MAX_PUSH_SUBSCRIPTIONS_PER_USER = Number(process.env.PUSH_SUBSCRIPTIONS_PER_USER ?? 10);
/** Whether our server may POST to this endpoint: a public https push service, or the local sandbox's. */
export function acceptableEndpoint(endpoint: string): boolean {
  const sandbox = sandboxUrls();
  if (sandbox && endpoint.startsWith(`${sandbox.httpUrl}/push/`)) return true;
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  const host = url.hostname.toLowerCase();
  if (url.protocol !== 'https:' || url.username || url.password || (url.port && url.port !== '443')) return false;
  // A name with a dot, not an IP literal nor a local name: push services are public (fcm.googleapis.com, *.push.services.mozilla.com, web.push.apple.com).
  if (!host.includes('.') || /^[\d.]+$/.test(host) || host.startsWith('[') || /(^|\.)(localhost|local|internal|lan|home)$/.test(host)) return false;
  return true;
}

const B64U = /^[A-Za-z0-9_-]+=*$/;

export interface PushSubscriptionInput {
  endpoint: string;
  p256dh: string;
  auth: string;
  label?: string | null;
}

export interface PushSubscriptionView {
  id: string;
  endpointOrigin: string;
  label: string | null;
  createdAt: Date;
}

const view = (s: { id: string; endpoint: string; label: string | null; createdAt: Date }): PushSubscriptionView => ({ id: s.id, endpointOrigin: new URL(s.endpoint).origin, label: s.label, createdAt: s.createdAt });

/**
 * Registers (or takes over: the same browser signed in as someone else) a subscription for the user at the
 * tenant. Bad input is BAD_USER_INPUT naming the field.
 */
export async function registerPushSubscription(db: Db, tenantId: string, userId: string, input: PushSubscriptionInput): Promise<PushSubscriptionView> {
  const endpoint = input.endpoint.trim();
  if (endpoint.length > 2000 || !acceptableEndpoint(endpoint)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The endpoint must be a push service’s https:// address', ['endpoint']);
  const p256dh = input.p256dh.trim();
  const key = B64U.test(p256dh) ? Buffer.from(p256dh, 'base64url') : Buffer.alloc(0);
  if (key.length !== 65 || key[0] !== 4) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'p256dh must be the browser’s P-256 public key (65 bytes, base64url)', ['p256dh']);
  const auth = input.auth.trim();
  if (!B64U.test(auth) || Buffer.from(auth, 'base64url').length !== 16) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'auth must be the 16-byte secret (base64url)', ['auth']);
  const label = input.label?.trim().slice(0, 80) || null;
  const data = { userId, p256dh: key.toString('base64url'), authSealed: encryptSecret(Buffer.from(auth, 'base64url').toString('base64url')), label };
  const row = await db.pushSubscription.upsert({ where: { tenantId_endpoint: { tenantId, endpoint } }, create: { id: uuidv7(), tenantId, endpoint, ...data }, update: data });
  const mine = await db.pushSubscription.findMany({ where: { tenantId, userId }, orderBy: { createdAt: 'desc' }, select: { id: true } });
  if (mine.length > MAX_PUSH_SUBSCRIPTIONS_PER_USER) await db.pushSubscription.deleteMany({ where: { id: { in: mine.slice(MAX_PUSH_SUBSCRIPTIONS_PER_USER).map((s) => s.id).filter((id) => id !== row.id) } } });
  return view(row);
}

export async function listPushSubscriptions(db: Db, tenantId: string, userId: string): Promise<PushSubscriptionView[]> {
  return (await db.pushSubscription.findMany({ where: { tenantId, userId }, orderBy: { createdAt: 'desc' } })).map(view);
}

/**
 * Removes one of the user's subscriptions, by id or by endpoint (what a browser knows after
 * `unsubscribe()`). Someone else's, or another tenant's, is not found: false.
 */
export async function removePushSubscription(db: Db, tenantId: string, userId: string, by: { id?: string | null; endpoint?: string | null }): Promise<boolean> {
  if (!by.id && !by.endpoint) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Name the subscription by id or endpoint', ['id']);
  if (by.id && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(by.id)) return false;
  const where = by.id ? { id: by.id } : { endpoint: by.endpoint!.trim() };
  const removed = await db.pushSubscription.deleteMany({ where: { ...where, tenantId, userId } });
  return removed.count > 0;
}

/** The subscriptions a PUSH message to a user at a tenant goes to. */
export async function pushTargets(db: Db, tenantId: string, userId: string): Promise<{ id: string }[]> {
  return db.pushSubscription.findMany({ where: { tenantId, userId }, select: { id: true }, orderBy: { createdAt: 'desc' } });
}
