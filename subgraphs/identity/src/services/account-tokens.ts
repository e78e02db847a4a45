import { DomainError, ErrorCode, encryptSecret, linksOf, randomToken, recordEvent, sha256Hex, TOPICS, uuidv7, type MessageRequestedPayload } from '@webwaka/kit';
import type { ServiceContext, Tx } from './context';
import { TooManyAttempts, beginAttempt } from './throttle';

// Single-use links sent by e-mail (decision 0056): a password reset and an e-mail verification. The link's
// token is 256 random bits; identity keeps only its SHA-256 (AccountToken.tokenHash), so a database reader
// cannot use a link. The link itself goes to notifications sealed with the data key (`secretSealed`), in
// the same transaction as the token, and is shown nowhere else. Identity never sends mail itself.

export type AccountTokenPurpose = 'PASSWORD_RESET' | 'EMAIL_VERIFICATION';
/** Where the person asked from: the shop's pages or the back office (a shop's staff sign in at both). */
export type AccountSurface = 'SHOP' | 'BACK_OFFICE';

const TOKEN_RE = /^[A-Za-z0-9_-]{43}$/;
const SHOP_KINDS = new Set(['STORE', 'MARKETPLACE']);

/**
 * The page a link opens: the shop's `/<s|m>/<slug><page>` when asked from a shop, else the back office's
 * `/admin/<slug><page>` (a partner or the platform has no shop), on the platform storefront's public origin.
 */
export function accountLink(tenant: { slug: string; name: string; kind: string }, surface: AccountSurface, page: string, token: string): string {
  const links = linksOf(tenant);
  const path = `${page}?token=${encodeURIComponent(token)}`;
  return surface === 'SHOP' && SHOP_KINDS.has(tenant.kind) ? links.shop(path) : links.admin(path);
}

/**
 * Counts one request for a message to `email` with the guessing brakes (decision 0023) in a namespace of
 * their own (`<purpose>:<email>` and `mail/<client address>`): requests are limited per address (5 from one
 * client address, 10 from anywhere, then growing pauses) and per client address (50), and never count as
 * failed sign-ins. Keys use the address as typed, so known and unknown addresses are limited alike.
 */
export async function countMessageRequest(ctx: ServiceContext, purpose: AccountTokenPurpose, email: string): Promise<void> {
  try {
    await beginAttempt({ prisma: ctx.prisma, ip: ctx.ip ? `mail/${ctx.ip}` : null }, `${purpose.toLowerCase()}:${email}`);
  } catch (e) {
    if (e instanceof TooManyAttempts) throw new DomainError(ErrorCode.TOO_MANY_ATTEMPTS, e.message, ['email']);
    throw e;
  }
}

/** A new single-use token for `user`, valid for `ttlMs`; returns its id and the token (never stored). */
export async function mintAccountToken(tx: Tx, input: { userId: string; tenantId: string; email: string; purpose: AccountTokenPurpose; ttlMs: number }) {
  const token = randomToken(32);
  const id = uuidv7();
  const now = new Date();
  await tx.accountToken.create({
    data: { id, userId: input.userId, tenantId: input.tenantId, email: input.email, purpose: input.purpose, tokenHash: sha256Hex(token), createdAt: now, expiresAt: new Date(now.getTime() + input.ttlMs) },
  });
  return { id, token };
}

/** Asks notifications for a message, in the caller's transaction (the outbox). */
export async function requestMessage(tx: Tx, payload: MessageRequestedPayload): Promise<void> {
  await recordEvent(tx, { tenantId: payload.tenantId, topic: TOPICS.NOTIFICATIONS_MESSAGE_REQUESTED, payload });
}

/** Seals a one-time link for the message (kit's `encryptSecret`): the outbox never holds it in clear. */
export const sealLink = (link: string) => encryptSecret(link);

/**
 * The open token a link names, for this tenant and purpose. Unknown, malformed, another tenant's and
 * another purpose's tokens are TOKEN_INVALID alike; a used one TOKEN_USED; an expired one TOKEN_EXPIRED.
 */
export async function openAccountToken(ctx: Pick<ServiceContext, 'prisma' | 'tenantId'>, token: string, purpose: AccountTokenPurpose) {
  const row = TOKEN_RE.test(token ?? '') ? await ctx.prisma.accountToken.findUnique({ where: { tokenHash: sha256Hex(token) }, include: { user: true } }) : null;
  if (!row || row.purpose !== purpose || row.tenantId !== ctx.tenantId || row.user.deletionRequestedAt) {
    throw new DomainError(ErrorCode.TOKEN_INVALID, 'This link is not valid: ask for a new one', ['token']);
  }
  if (row.usedAt) throw new DomainError(ErrorCode.TOKEN_USED, 'This link was already used: ask for a new one if you still need it', ['token']);
  if (row.expiresAt.getTime() <= Date.now()) throw new DomainError(ErrorCode.TOKEN_EXPIRED, 'This link has expired: ask for a new one', ['token']);
  return row;
}

/**
 * Spends the token (a conditional update: of two concurrent uses exactly one wins) and every other open
 * token of the same user and purpose. TOKEN_USED when it was spent meanwhile.
 */
export async function spendAccountToken(tx: Tx, row: { id: string; userId: string; purpose: string }): Promise<void> {
  const now = new Date();
  const spent = await tx.accountToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
  if (spent.count !== 1) throw new DomainError(ErrorCode.TOKEN_USED, 'This link was already used: ask for a new one if you still need it', ['token']);
  await tx.accountToken.updateMany({ where: { userId: row.userId, purpose: row.purpose, usedAt: null }, data: { usedAt: now } });
}

/** How long a verification link works. */
export const EMAIL_VERIFICATION_TTL_MS = 24 * 3600_000;

/**
 * Makes a verification token for the user and requests the `account.email_verification` message, in the
 * caller's transaction (sign-up's, or a resend's).
 */
export async function sendEmailVerification(
  tx: Tx,
  user: { id: string; email: string; name: string },
  tenant: { id: string; slug: string; name: string; kind: string },
  surface: AccountSurface,
): Promise<string> {
  const { id, token } = await mintAccountToken(tx, { userId: user.id, tenantId: tenant.id, email: user.email, purpose: 'EMAIL_VERIFICATION', ttlMs: EMAIL_VERIFICATION_TTL_MS });
  await requestMessage(tx, {
    key: `account.email_verification:${id}`,
    tenantId: tenant.id,
    template: 'account.email_verification',
    to: { email: user.email, name: user.name, userId: user.id },
    channels: ['EMAIL'],
    variables: { name: user.name, storeName: tenant.name },
    secretSealed: sealLink(accountLink(tenant, surface, '/verify-email', token)),
  });
  return id;
}
