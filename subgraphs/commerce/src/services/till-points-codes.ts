/**
 * The customer confirms points spent at a till (decision 0084). Without it a dishonest cashier could look
 * up a regular by phone, spend their points on a cash sale and keep the cash. So a POINTS hold needs a code
 * the customer received on their own phone (or, with no phone on the account, their e-mail) and reads out:
 * 6 digits, 10 minutes, 5 wrong tries, used once, bound to the shop, the till and the customer and to at
 * most `maxPoints`. Only an HMAC of it is kept; the code itself goes to notifications sealed in the outbox,
 * in the transaction that makes it, and is in no answer or event a till can read. Gift cards need none:
 * the card's code is the proof.
 */
import { randomInt } from 'node:crypto';
import { config, DomainError, encryptSecret, ErrorCode, formatMoney, hmacSha256, isUuid, recordEvent, requireTenant, safeEqual, TOPICS, uuidv7 } from '@webwaka/kit';
import { TX_OPTIONS, type ServiceContext, type Tx } from './context';
import { balanceOf, programmeOf } from './loyalty';
import { customerContact } from './peers';

export const TILL_CODE_TTL_MS = 10 * 60_000;
export const TILL_CODE_MAX_TRIES = 5;
/** Codes sent to one customer of a shop (from all its tills) per window: a till cannot flood a phone. */
export const TILL_CODES_PER_CUSTOMER = 3;
/** Codes one till asks for per window (for all customers): a stolen key cannot text the whole shop. */
export const TILL_CODES_PER_DEVICE = 10;
export const TILL_CODE_WINDOW_MS = 10 * 60_000;

const codeHash = (id: string, code: string) => hmacSha256(config.dataKey, `till-points-code:${id}:${code}`).toString('hex');

/** `•••• 4567` for a phone; `k•••@example.com` for an e-mail: enough for the cashier to say where it went. */
export function maskContact(channel: 'SMS' | 'EMAIL', to: string): string {
  if (channel === 'SMS') return `•••• ${to.slice(-4)}`;
  const [local, domain] = to.split('@');
  return `${(local ?? '').slice(0, 1)}•••@${domain ?? ''}`;
}

const tooMany = (message: string) => new DomainError(ErrorCode.TOO_MANY_ATTEMPTS, message, ['customerUserId']);

/**
 * For the calling till (pos passes its device after checking the key): sends the found customer a code to
 * confirm spending up to `maxPoints` points here. A new code ends the till's earlier open one for that
 * customer. TOO_MANY_ATTEMPTS past 3 codes per customer or 10 per till in 10 minutes; NOT_FOUND for someone
 * who is not the shop's; BAD_USER_INPUT when the customer has too few points or nowhere to receive a code.
 */
export async function sendTillPointsCode(ctx: ServiceContext, deviceId: string, input: { customerUserId: string; maxPoints: number }, now = new Date()) {
  const tenantId = requireTenant(ctx);
  if (!isUuid(deviceId)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'deviceId must be an id', ['deviceId']);
  const userId = input.customerUserId;
  if (!isUuid(userId)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Find the customer first: points belong to a customer', ['customerUserId']);
  if (!Number.isInteger(input.maxPoints) || input.maxPoints < 1 || input.maxPoints > 10_000_000) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A whole number of points, 1 or more', ['points']);
  const programme = await programmeOf(ctx.prisma, tenantId);
  if (!programme.enabled) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'This shop does not take points', ['points']);
  if ((await balanceOf(ctx.prisma, tenantId, userId)) < input.maxPoints) throw new DomainError(ErrorCode.INSUFFICIENT_BALANCE, 'The customer has fewer points than that', ['points']);
  const contact = await customerContact(ctx, tenantId, userId);
  if (!contact) throw new DomainError(ErrorCode.NOT_FOUND, 'This shop has no such customer', ['customerUserId']);
  const channel: 'SMS' | 'EMAIL' | null = contact.phone ? 'SMS' : contact.email ? 'EMAIL' : null;
  if (!channel) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The customer has no phone or e-mail to receive a code: they cannot spend points at the till', ['customerUserId']);
  const to = channel === 'SMS' ? contact.phone! : contact.email!;
  const since = new Date(now.getTime() - TILL_CODE_WINDOW_MS);
  const expiresAt = new Date(now.getTime() + TILL_CODE_TTL_MS);
  const id = uuidv7();
  await ctx.prisma.$transaction(async (tx) => {
    // One customer's codes (from any till) one at a time, and one till's: the counts below are exact.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`commerce.till-code:${tenantId}:${userId}`}, 0))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`commerce.till-code-device:${deviceId}`}, 0))`;
    if ((await tx.tillPointsCode.count({ where: { tenantId, userId, createdAt: { gt: since } } })) >= TILL_CODES_PER_CUSTOMER) {
      throw tooMany(`At most ${TILL_CODES_PER_CUSTOMER} codes to one customer in ${TILL_CODE_WINDOW_MS / 60_000} minutes: use the last one sent, or wait`);
    }
    if ((await tx.tillPointsCode.count({ where: { deviceId, createdAt: { gt: since } } })) >= TILL_CODES_PER_DEVICE) {
      throw tooMany(`This till asked for ${TILL_CODES_PER_DEVICE} codes in ${TILL_CODE_WINDOW_MS / 60_000} minutes: wait a little`);
    }
    await tx.tillPointsCode.updateMany({ where: { tenantId, deviceId, userId, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await tx.tillPointsCode.create({ data: { id, tenantId, deviceId, userId, maxPoints: input.maxPoints, codeHash: codeHash(id, code), channel, expiresAt, createdAt: now } });
    await recordEvent(tx, {
      tenantId,
      topic: TOPICS.NOTIFICATIONS_MESSAGE_REQUESTED,
      payload: {
        key: `pos.points_code:${id}`,
        tenantId,
        template: 'pos.points_code',
        to: channel === 'SMS' ? { phone: to, name: contact.name, userId } : { email: to, name: contact.name, userId },
        channels: [channel],
        variables: { points: String(input.maxPoints), value: formatMoney({ amount: BigInt(input.maxPoints) * programme.pointValue, currency: programme.currency }), expiresInMinutes: String(TILL_CODE_TTL_MS / 60_000) },
        secretSealed: encryptSecret(code),
      },
    });
  }, TX_OPTIONS);
  ctx.eventsRecorded();
  return { sentTo: maskContact(channel, to), channel, maxPoints: input.maxPoints, expiresAt };
}

const wrongCode = () => new DomainError(ErrorCode.INVALID_CREDENTIALS, 'That code is not right: ask the customer to read the newest code again, or send a new one', ['code']);

/**
 * Checks a till's code for a POINTS hold before the hold's transaction: the latest code this till sent this
 * customer. A wrong one counts against its tries now (so a refused hold still counts it). Returns the
 * code's row to spend in the hold's transaction (`spendTillPointsCode`).
 */
export async function checkTillPointsCode(prisma: ServiceContext['prisma'], q: { tenantId: string; deviceId: string; userId: string; points: number; code: string | null | undefined }, now = new Date()) {
  const digits = (q.code ?? '').replace(/\s/g, '');
  if (!digits) throw new DomainError(ErrorCode.INVALID_CREDENTIALS, 'The customer confirms points with a code: send one to their phone and enter it', ['code']);
  if (!/^\d{6}$/.test(digits)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Enter the 6-digit code the customer received', ['code']);
  const row = await prisma.tillPointsCode.findFirst({ where: { tenantId: q.tenantId, deviceId: q.deviceId, userId: q.userId }, orderBy: { createdAt: 'desc' } });
  if (!row) throw wrongCode();
  if (row.usedAt) throw new DomainError(ErrorCode.TOKEN_USED, 'This code was already used: send a new one', ['code']);
  const spentByTries = () => new DomainError(ErrorCode.TOO_MANY_ATTEMPTS, 'Too many wrong codes: send a new one', ['code']);
  if (row.failures >= TILL_CODE_MAX_TRIES) throw spentByTries();
  if (row.expiresAt.getTime() <= now.getTime()) throw new DomainError(ErrorCode.TOKEN_EXPIRED, 'This code has expired: send a new one', ['code']);
  if (!safeEqual(codeHash(row.id, digits), row.codeHash)) {
    const counted = await prisma.tillPointsCode.updateMany({ where: { id: row.id, usedAt: null, failures: { lt: TILL_CODE_MAX_TRIES } }, data: { failures: { increment: 1 } } });
    throw counted.count === 1 ? wrongCode() : spentByTries();
  }
  if (q.points > row.maxPoints) throw new DomainError(ErrorCode.BAD_USER_INPUT, `The customer confirmed at most ${row.maxPoints} points`, ['points']);
  return row;
}

/** Spends a checked code with the hold it confirms (of two concurrent uses only one spends it). */
export async function spendTillPointsCode(tx: Tx, codeId: string, holdId: string): Promise<void> {
  const spent = await tx.tillPointsCode.updateMany({ where: { id: codeId, usedAt: null, failures: { lt: TILL_CODE_MAX_TRIES } }, data: { usedAt: new Date(), holdId } });
  if (spent.count !== 1) throw new DomainError(ErrorCode.TOKEN_USED, 'This code was already used: send a new one', ['code']);
}
