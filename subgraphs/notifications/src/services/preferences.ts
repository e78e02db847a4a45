/**
 * Customers' choices per tenant: marketing by e-mail and SMS, and order updates by SMS and WhatsApp
 * (e-mail order updates, receipts and security messages always go: they are the record of a purchase or
 * the account's safety). A marketing message carries a one-click unsubscribe link that needs no sign-in:
 * its token is an HMAC of (tenant, address) under the installation's secret, so it cannot be forged for
 * someone else's address and needs no table of its own.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { config, DomainError, ErrorCode, storefrontOrigin, uuidv7, type MessageChannel } from '@webwaka/kit';
import type { Db } from './context';

export interface Preferences {
  marketingEmail: boolean;
  marketingSms: boolean;
  orderUpdatesSms: boolean;
  orderUpdatesWhatsapp: boolean;
}
export const DEFAULT_PREFERENCES: Preferences = { marketingEmail: true, marketingSms: true, orderUpdatesSms: true, orderUpdatesWhatsapp: true };

const addressSubject = (channel: MessageChannel, address: string) => `${channel === 'EMAIL' ? 'email' : 'phone'}:${address.toLowerCase()}`;

export async function preferencesOf(db: Db, tenantId: string, userId: string): Promise<Preferences> {
  const row = await db.messagePreference.findUnique({ where: { tenantId_subject: { tenantId, subject: userId } } });
  return row ? { marketingEmail: row.marketingEmail, marketingSms: row.marketingSms, orderUpdatesSms: row.orderUpdatesSms, orderUpdatesWhatsapp: row.orderUpdatesWhatsapp } : { ...DEFAULT_PREFERENCES };
}

export async function setPreferences(db: Db, tenantId: string, userId: string, input: Partial<Preferences>): Promise<Preferences> {
  const data: Partial<Preferences> = {};
  for (const k of Object.keys(DEFAULT_PREFERENCES) as (keyof Preferences)[]) if (typeof input[k] === 'boolean') data[k] = input[k];
  await db.messagePreference.upsert({ where: { tenantId_subject: { tenantId, subject: userId } }, create: { id: uuidv7(), tenantId, subject: userId, ...DEFAULT_PREFERENCES, ...data }, update: data });
  return preferencesOf(db, tenantId, userId);
}

/**
 * Whether a message may go on a channel: null when it may, or why not. Looks at the user's choices and at
 * any one-click unsubscribe of the address itself.
 */
export async function refusal(db: Db, m: { tenantId: string; userId: string | null; channel: MessageChannel; recipient: string; marketing: boolean; orderUpdate: boolean }): Promise<string | null> {
  if (!m.marketing && !m.orderUpdate) return null;
  const subjects = [addressSubject(m.channel, m.recipient), ...(m.userId ? [m.userId] : [])];
  const rows = await db.messagePreference.findMany({ where: { tenantId: m.tenantId, subject: { in: subjects } } });
  for (const p of rows) {
    if (m.marketing && m.channel === 'EMAIL' && !p.marketingEmail) return 'the recipient unsubscribed from marketing e-mail';
    if (m.marketing && m.channel !== 'EMAIL' && !p.marketingSms) return 'the recipient unsubscribed from marketing messages';
    if (m.orderUpdate && m.channel === 'SMS' && !p.orderUpdatesSms) return 'the recipient turned off order updates by SMS';
    if (m.orderUpdate && m.channel === 'WHATSAPP' && !p.orderUpdatesWhatsapp) return 'the recipient turned off order updates on WhatsApp';
  }
  return null;
}

const sign = (payload: string) => createHmac('sha256', config.jwtSecret).update(`webwaka:unsubscribe:${payload}`).digest('base64url');

export function unsubscribeToken(tenantId: string, channel: MessageChannel, address: string): string {
  const payload = Buffer.from(JSON.stringify([tenantId, addressSubject(channel, address)])).toString('base64url');
  return `${payload}.${sign(payload)}`;
}

/** The link in a marketing message: a page that asks before it acts (decision 0066). */
export function unsubscribeUrl(tenantSlug: string, token: string): string {
  return `${storefrontOrigin()}/u/${encodeURIComponent(tenantSlug)}/${token}`;
}

/** An e-mail's List-Unsubscribe address: a mail client's one-click POST there (RFC 8058) acts at once. */
export const oneClickUnsubscribeUrl = (tenantSlug: string, token: string) => `${unsubscribeUrl(tenantSlug, token)}/one-click`;

/** One-click unsubscribe: the address gets no more marketing from this tenant. Refuses a token of another tenant or a forged one. */
export async function unsubscribe(db: Db, tenantId: string, token: string): Promise<void> {
  const [payload, signature] = token.split('.');
  const expected = payload ? sign(payload) : '';
  if (!payload || !signature || signature.length !== expected.length || !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) {
    throw new DomainError(ErrorCode.TOKEN_INVALID, 'This unsubscribe link is not valid', ['token']);
  }
  const [forTenant, subject] = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as [string, string];
  if (forTenant !== tenantId) throw new DomainError(ErrorCode.TOKEN_INVALID, 'This unsubscribe link is for another shop', ['token']);
  const off = subject.startsWith('email:') ? { marketingEmail: false } : { marketingSms: false };
  await db.messagePreference.upsert({ where: { tenantId_subject: { tenantId, subject } }, create: { id: uuidv7(), tenantId, subject, ...DEFAULT_PREFERENCES, ...off }, update: off });
}
