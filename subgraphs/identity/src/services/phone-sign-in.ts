import { randomInt } from 'node:crypto';
import { AppError, DomainError, ErrorCode, config, encryptSecret, hmacSha256, isUniqueViolation, safeEqual, uuidv7 } from '@webwaka/kit';
import { requestMessage } from './account-tokens';
import { recordAudit } from './audit';
import type { ServiceContext } from './context';
import { verifySecondFactor } from './second-factor';
import { OPEN_KINDS, issueSession, tenantBySlug, type Session } from './sessions';
import { assertOpen } from './tenant-status';
import { TooManyAttempts, beginAttempt } from './throttle';

// Sign-in with a one-time code sent by SMS, for customers who have only a phone (issue 15, decision 0062).
// A shop's customer asks for a code for a number; the code (6 digits, 10 minutes, 5 wrong tries, once)
// goes to notifications sealed in the outbox, and only an HMAC of it stays in identity. The right code
// signs the person in as the shop's customer, making the account (phone only, no e-mail, no password) on
// first use. Asking answers alike for every number, so it tells nobody who has an account. Staff and
// administrators never sign in this way, and an account with two-factor on still needs its code.

/** How long a code works. */
export const SIGN_IN_CODE_TTL_MS = 10 * 60_000;
/** Wrong codes tried against one code before it is spent. */
export const SIGN_IN_CODE_MAX_TRIES = 5;

const NG_LOCAL = /^0([789][01]\d{8})$/;
const NG_INTERNATIONAL = /^\+?234([789][01]\d{8})$/;
const E164 = /^\+[1-9]\d{7,14}$/;

/**
 * A phone number in E.164, or null when it is not one. Nigerian mobile numbers are accepted as dialled at
 * home (0803 123 4567), with the country code (2348031234567) or in E.164 (+2348031234567); other
 * countries' numbers in E.164 only. Spaces, dashes, dots and brackets are ignored.
 */
export function normalizePhone(input: string): string | null {
  const s = (input ?? '').replace(/[\s\-.()]/g, '');
  if (s.length > 20) return null;
  const ng = NG_LOCAL.exec(s) ?? NG_INTERNATIONAL.exec(s);
  if (ng) return `+234${ng[1]}`;
  if (s.startsWith('+234')) return null;
  return E164.test(s) ? s : null;
}

function phoneOf(input: string, field = 'phone'): string {
  const phone = normalizePhone(input);
  if (!phone) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Enter a mobile number, such as 0803 123 4567 or +234 803 123 4567', [field]);
  return phone;
}

/** The code as stored: an HMAC keyed with the data key, bound to its row, so the table alone is no use. */
const codeHash = (id: string, code: string) => hmacSha256(config.dataKey, `sign-in-code:${id}:${code}`).toString('hex');

async function shopOf(ctx: ServiceContext, tenantSlug: string) {
  const tenant = await tenantBySlug(ctx, tenantSlug);
  if (!OPEN_KINDS.has(tenant.kind)) throw new DomainError(ErrorCode.FORBIDDEN, 'Sign in with a code at a store or marketplace', ['tenantSlug']);
  await assertOpen(ctx.prisma, tenant.id, 'tenantSlug');
  return tenant;
}

/** Whether a phone's account may sign in with a code: a customer only, not being deleted. */
async function accountFor(ctx: ServiceContext, phone: string) {
  const user = await ctx.prisma.user.findUnique({ where: { phone }, include: { memberships: { select: { role: true } } } });
  const eligible = !user || (!user.deletionRequestedAt && user.memberships.every((m) => m.role === 'CUSTOMER'));
  return { user, eligible };
}

type Tx = Parameters<Parameters<ServiceContext['prisma']['$transaction']>[0]>[0];

/** Makes a new code for `phone` at the shop (ending its earlier open one) and has it texted, sealed in the outbox. */
async function textNewCode(tx: Tx, tenantId: string, phone: string): Promise<string> {
  const now = new Date();
  await tx.signInCode.updateMany({ where: { tenantId, phone, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
  const id = uuidv7();
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await tx.signInCode.create({ data: { id, tenantId, phone, codeHash: codeHash(id, code), createdAt: now, expiresAt: new Date(now.getTime() + SIGN_IN_CODE_TTL_MS) } });
  await requestMessage(tx, {
    key: `account.sign_in_code:${id}`,
    tenantId,
    template: 'account.sign_in_code',
    to: { phone },
    channels: ['SMS'],
    variables: { expiresInMinutes: String(SIGN_IN_CODE_TTL_MS / 60_000) },
    secretSealed: encryptSecret(code),
  });
  return id;
}

/** Throttles texting a code to `phone` (per number and per client address): TOO_MANY_ATTEMPTS on `field`. */
async function throttleTexting(ctx: ServiceContext, phone: string, field: string) {
  try {
    await beginAttempt({ prisma: ctx.prisma, ip: ctx.ip ? `sms/${ctx.ip}` : null }, `sign_in_code:${phone}`);
  } catch (e) {
    if (e instanceof TooManyAttempts) throw new DomainError(ErrorCode.TOO_MANY_ATTEMPTS, e.message, [field]);
    throw e;
  }
}

/**
 * Sends a sign-in code by SMS to `phone` for the shop `tenantSlug`. Throttled per number and per client
 * address (the sign-in brakes in a namespace of their own: 5 from one address, 10 from anywhere, 50 per
 * address, then growing pauses; TOO_MANY_ATTEMPTS alike for every number). A code is made for any number
 * except one whose account may not sign in this way (staff, administrators, an account being deleted):
 * then only the audit log records the request. The answer is the same either way. A new code replaces
 * the number's earlier open code at this shop. Returns the number in E.164.
 */
export async function requestSignInCode(ctx: ServiceContext, input: { tenantSlug: string; phone: string }): Promise<{ phone: string }> {
  const phone = phoneOf(input.phone);
  const tenant = await shopOf(ctx, input.tenantSlug);
  await throttleTexting(ctx, phone, 'phone');
  const { user, eligible } = await accountFor(ctx, phone);
  await ctx.prisma.$transaction(async (tx) => {
    if (!eligible) {
      await recordAudit(tx, ctx, { tenantId: tenant.id, type: 'user.sign_in_code_requested', subjectId: null, actorUserId: null, data: { sent: false } });
      return;
    }
    const id = await textNewCode(tx, tenant.id, phone);
    await recordAudit(tx, ctx, { tenantId: tenant.id, type: 'user.sign_in_code_requested', subjectId: user?.id ?? null, actorUserId: null, data: { sent: true, codeId: id } });
  });
  ctx.eventsRecorded();
  return { phone };
}

const wrongCode = () => new DomainError(ErrorCode.INVALID_CREDENTIALS, 'That code is not right: check the text message, or ask for a new code', ['code']);

/**
 * Checks `code` against the latest code texted to `phone` at the shop: the code's row when right (with a way
 * to count a wrong try later, e.g. a wrong authenticator code), else why not. A wrong code counts against the
 * code's tries (a conditional update, so concurrent tries cannot exceed the limit). Does not spend it.
 */
type CheckedCode = { reason: string; error: DomainError } | { row: { id: string }; countWrongTry: () => Promise<{ count: number }> };

async function checkLatestCode(ctx: Pick<ServiceContext, 'prisma'>, tenantId: string, phone: string, code: string): Promise<CheckedCode> {
  const row = await ctx.prisma.signInCode.findFirst({ where: { tenantId, phone }, orderBy: { createdAt: 'desc' } });
  if (!row) return { reason: 'no_code', error: wrongCode() };
  if (row.usedAt) return { reason: 'code_used', error: new DomainError(ErrorCode.TOKEN_USED, 'This code was already used: ask for a new one', ['code']) };
  const spentByTries = () => new DomainError(ErrorCode.TOO_MANY_ATTEMPTS, 'Too many wrong codes: ask for a new one', ['code']);
  if (row.failures >= SIGN_IN_CODE_MAX_TRIES) return { reason: 'code_tries_used_up', error: spentByTries() };
  if (row.expiresAt.getTime() <= Date.now()) return { reason: 'code_expired', error: new DomainError(ErrorCode.TOKEN_EXPIRED, 'This code has expired: ask for a new one', ['code']) };
  const countWrongTry = () => ctx.prisma.signInCode.updateMany({ where: { id: row.id, usedAt: null, failures: { lt: SIGN_IN_CODE_MAX_TRIES } }, data: { failures: { increment: 1 } } });
  if (!safeEqual(codeHash(row.id, code), row.codeHash)) {
    const counted = await countWrongTry();
    return { reason: 'bad_code', error: counted.count === 1 ? wrongCode() : spentByTries() };
  }
  return { row, countWrongTry };
}

/** Spends a checked code once (two concurrent uses of one code: only one spends it). */
async function spendCode(tx: Tx, id: string): Promise<void> {
  const spent = await tx.signInCode.updateMany({ where: { id, usedAt: null, failures: { lt: SIGN_IN_CODE_MAX_TRIES } }, data: { usedAt: new Date() } });
  if (spent.count !== 1) throw new DomainError(ErrorCode.TOKEN_USED, 'This code was already used: ask for a new one', ['code']);
}

/**
 * Signs in at the shop `tenantSlug` with a code sent to `phone`: the same session a password sign-in
 * gives, as the shop's customer. The first right code for a number makes its account (named `name`, else
 * by the number). Only the number's latest code at this shop counts. INVALID_CREDENTIALS for a wrong code
 * (or none asked for), TOKEN_EXPIRED after 10 minutes, TOKEN_USED once used, TOO_MANY_ATTEMPTS after 5
 * wrong tries of one code (ask for a new one) or while the number or address is throttled; FORBIDDEN for
 * staff and administrators; TWO_FACTOR_REQUIRED / TWO_FACTOR_INVALID when the account has two-factor on
 * (the code stays good until the authenticator code is right or the tries run out).
 */
export async function signInWithCode(
  ctx: ServiceContext,
  input: { tenantSlug: string; phone: string; code: string; totpCode?: string | null; name?: string | null },
): Promise<Session> {
  const phone = phoneOf(input.phone);
  const code = (input.code ?? '').replace(/\s/g, '');
  if (!/^\d{6}$/.test(code)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Enter the 6-digit code from the text message', ['code']);
  const name = (input.name ?? '').trim();
  if (name.length > 120) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Name must be at most 120 characters', ['name']);
  const tenant = await shopOf(ctx, input.tenantSlug);
  const fail = async (reason: string, subjectId: string | null, error: DomainError) => {
    await ctx.prisma.$transaction((tx) => recordAudit(tx, ctx, { tenantId: tenant.id, type: 'session.login_failed', subjectId, actorUserId: null, data: { reason, method: 'sms_code' } }));
    ctx.eventsRecorded();
    return error;
  };
  const attempt = await beginAttempt(ctx, `phone:${phone}`).catch(async (e) => {
    if (!(e instanceof TooManyAttempts)) throw e;
    await ctx.prisma.$transaction((tx) =>
      recordAudit(tx, ctx, { tenantId: tenant.id, type: 'session.login_throttled', subjectId: null, actorUserId: null, data: { retryAfterSeconds: e.retryAfterSeconds, method: 'sms_code' } }),
    );
    ctx.eventsRecorded();
    throw new DomainError(ErrorCode.TOO_MANY_ATTEMPTS, e.message, ['code']);
  });
  const wrong = wrongCode;
  const checked = await checkLatestCode(ctx, tenant.id, phone, code);
  if ('reason' in checked) throw await fail(checked.reason, null, checked.error);
  const { row, countWrongTry } = checked;

  const { user, eligible } = await accountFor(ctx, phone);
  if (!eligible) {
    if (user?.deletionRequestedAt) throw await fail('account_closed', user.id, wrong());
    throw await fail('not_a_customer', user?.id ?? null, new DomainError(ErrorCode.FORBIDDEN, 'Staff and administrators sign in with their e-mail and password', ['phone']));
  }
  let mfa = false;
  let factor: 'totp' | 'backup' | null = null;
  if (user?.twoFactorEnabledAt) {
    if (!input.totpCode) {
      // The code was right and no authenticator code was tried: nothing is proven either way.
      await attempt.giveBack();
      throw new DomainError(ErrorCode.TWO_FACTOR_REQUIRED, 'Enter the code from your authenticator app', ['totpCode']);
    }
    factor = await verifySecondFactor(ctx.prisma, user, input.totpCode);
    if (!factor) {
      await countWrongTry();
      throw await fail('bad_second_factor', user.id, new DomainError(ErrorCode.TWO_FACTOR_INVALID, 'That code is not valid', ['totpCode']));
    }
    mfa = true;
  }

  const run = () =>
    ctx.prisma.$transaction(async (tx) => {
      await spendCode(tx, row.id);
      let account = user ? { id: user.id } : await tx.user.findUnique({ where: { phone }, select: { id: true } });
      if (!account) {
        account = await tx.user.create({ data: { id: uuidv7(), phone, name: name || phone, email: null, passwordHash: null }, select: { id: true } });
        await recordAudit(tx, ctx, { tenantId: tenant.id, type: 'user.signed_up', subjectId: account.id, actorUserId: account.id, data: { method: 'sms_code' } });
      }
      // Signing in at a shop makes the person its customer (as a password sign-in does).
      await tx.membership.createMany({ data: [{ id: uuidv7(), userId: account.id, tenantId: tenant.id, role: 'CUSTOMER' }], skipDuplicates: true });
      await attempt.succeeded(tx);
      const s = await issueSession(tx, account, tenant.id, ['CUSTOMER'], mfa ? new Date() : null);
      await recordAudit(tx, ctx, { tenantId: tenant.id, type: 'session.login_succeeded', subjectId: account.id, actorUserId: account.id, data: { mfa, factor, method: 'sms_code', sessionId: s.sessionId } });
      return s;
    });
  let session: Session;
  try {
    session = await run();
  } catch (e) {
    // Two first sign-ins of one new number at two shops at once: the other made the account; use it.
    if (!isUniqueViolation(e, 'phone')) throw e;
    session = await run();
  }
  ctx.eventsRecorded();
  return session;
}

// ---- A phone-only account proving itself with a code (decision 0079) ----------------------------------
// A customer made by a texted code has no password, so what a password guards elsewhere (closing the
// account) is guarded by a fresh code texted to the account's own number: a stolen session alone is not
// enough. The code is an ordinary sign-in code of the session's shop (it could also
// sign the same person in there, which proves nothing new).

/** The signed-in user's own number and the shop the session is at, or a clear error. */
async function ownPhone(ctx: ServiceContext): Promise<{ userId: string; tenantId: string; phone: string }> {
  const userId = ctx.actor.userId;
  const tenantId = ctx.tenantId;
  if (!userId || !tenantId) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in to do this');
  const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { phone: true } });
  if (!user.phone) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Your account has no phone number to text a code to', []);
  return { userId, tenantId, phone: user.phone };
}

/**
 * Texts a code to the signed-in user's own number (never to a number the caller names), throttled like a
 * sign-in code. Answers with the number's last digits, for the page to say where it went.
 */
export async function requestAccountCode(ctx: ServiceContext): Promise<{ sentTo: string }> {
  const { userId, tenantId, phone } = await ownPhone(ctx);
  await throttleTexting(ctx, phone, 'code');
  await ctx.prisma.$transaction(async (tx) => {
    const codeId = await textNewCode(tx, tenantId, phone);
    await recordAudit(tx, ctx, { tenantId, type: 'user.account_code_requested', subjectId: userId, data: { codeId } });
  });
  ctx.eventsRecorded();
  return { sentTo: `••• ${phone.slice(-4)}` };
}

/**
 * Proves the caller holds their account's number with the code texted by `requestAccountCode` (throttled
 * like a sign-in; a wrong code counts against it). Returns `spend`, to run in the transaction that acts, so
 * a code is spent only by an action that happened.
 */
export async function proveWithAccountCode(ctx: ServiceContext, code: string | null | undefined): Promise<{ spend: (tx: Tx) => Promise<void> }> {
  const { tenantId, phone } = await ownPhone(ctx);
  const digits = (code ?? '').replace(/\s/g, '');
  if (!/^\d{6}$/.test(digits)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Enter the 6-digit code from the text message', ['code']);
  const attempt = await beginAttempt(ctx, `phone:${phone}`).catch((e) => {
    if (e instanceof TooManyAttempts) throw new DomainError(ErrorCode.TOO_MANY_ATTEMPTS, e.message, ['code']);
    throw e;
  });
  const checked = await checkLatestCode(ctx, tenantId, phone, digits);
  if ('reason' in checked) throw checked.error;
  return {
    spend: async (tx) => {
      await spendCode(tx, checked.row.id);
      await attempt.succeeded(tx);
    },
  };
}

// ---- A chat customer's account (decision 0081) ----------------------------------------------------------
// A customer who orders by WhatsApp has proved their number to WhatsApp, not to us: commerce asks for the
// account of that number at the shop the call is for, found or made exactly as a first sign-in by code
// makes it, so the order shows in that account when the person later signs in by code on the web. Only
// commerce calls it (a service actor holding identity:phone-customers); it signs nobody in.

/**
 * The shop's customer account for `phone` (E.164 or a Nigerian number as dialled), made with the shop's
 * CUSTOMER membership when there is none. Null when the number's account may not be used so (staff,
 * administrators, an account being closed): the chat then checks out as a guest. Idempotent and safe
 * under concurrency: the user is inserted with ON CONFLICT DO NOTHING on the unique phone, then read.
 */
export async function customerForPhone(ctx: ServiceContext, input: { phone: string; name?: string | null }): Promise<{ id: string; created: boolean } | null> {
  const tenantId = ctx.tenantId;
  if (!tenantId) throw new AppError(ErrorCode.FORBIDDEN, 'A shop is needed');
  const phone = phoneOf(input.phone);
  const name = (input.name ?? '').trim().slice(0, 120);
  const tenant = await ctx.prisma.tenant.findUnique({ where: { id: tenantId }, select: { kind: true } });
  if (!tenant || !OPEN_KINDS.has(tenant.kind)) throw new DomainError(ErrorCode.FORBIDDEN, 'Only a store or marketplace has customers', []);
  await assertOpen(ctx.prisma, tenantId, 'phone');
  const result = await ctx.prisma.$transaction(async (tx) => {
    const made = await tx.user.createMany({ data: [{ id: uuidv7(), phone, name: name || phone, email: null, passwordHash: null }], skipDuplicates: true });
    const user = await tx.user.findUniqueOrThrow({ where: { phone }, include: { memberships: { select: { role: true, tenantId: true } } } });
    if (user.deletionRequestedAt || user.memberships.some((m) => m.role !== 'CUSTOMER')) return null;
    const joined = await tx.membership.createMany({ data: [{ id: uuidv7(), userId: user.id, tenantId, role: 'CUSTOMER' }], skipDuplicates: true });
    if (joined.count === 1) await recordAudit(tx, ctx, { tenantId, type: 'user.signed_up', subjectId: user.id, actorUserId: null, data: { method: 'whatsapp', newAccount: made.count === 1 } });
    return { id: user.id, created: made.count === 1 };
  });
  ctx.eventsRecorded();
  return result;
}
