import {
  ADMIN_ROLES,
  AppError,
  DomainError,
  ErrorCode,
  assertStrongPassword,
  config,
  dummyPasswordHash,
  hashPassword,
  randomToken,
  recordEvent,
  sha256Hex,
  TOPICS,
  signJwt,
  uuidv7,
  verifyPassword,
  type RoleName,
  isUniqueViolation,
} from '@webwaka/kit';
import { recordAudit } from './audit';
import type { ServiceContext, Tx } from './context';
import { assertOpen, closedBy } from './tenant-status';
import { beginAttempt, TooManyAttempts } from './throttle';
import { verifySecondFactor } from './second-factor';
import { sendEmailVerification } from './account-tokens';

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  /** The refresh-token family: one per sign-in, kept across rotations. */
  sessionId: string;
  userId: string;
  tenantId: string;
  roles: RoleName[];
  mfa: boolean;
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
/** Tenants where anyone may become a customer by signing up or in (the shops). */
export const OPEN_KINDS = new Set(['STORE', 'MARKETPLACE']);

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export async function rolesIn(tx: Pick<Tx, 'membership'>, userId: string, tenantId: string): Promise<RoleName[]> {
  const ms = await tx.membership.findMany({ where: { userId, tenantId }, select: { role: true }, orderBy: { role: 'asc' } });
  return ms.map((m) => m.role as RoleName);
}

/**
 * Ends the sessions (refresh-token families) matching `where`, and announces them so that access tokens
 * already issued for them stop working at every gateway at once. Returns the session ids ended.
 */
export async function endSessions(tx: Tx, where: { userId?: string; familyId?: string; tenantId?: string }, reason: string): Promise<string[]> {
  const live = { ...where, revokedAt: null };
  const families = await tx.refreshToken.findMany({ where: live, distinct: ['familyId'], select: { familyId: true, tenantId: true } });
  if (families.length === 0) return [];
  await tx.refreshToken.updateMany({ where: live, data: { revokedAt: new Date(), revokeReason: reason } });
  await recordEvent(tx, { tenantId: families[0].tenantId, topic: TOPICS.IDENTITY_SESSIONS_ENDED, payload: { sessionIds: families.map((f) => f.familyId) } });
  return families.map((f) => f.familyId);
}

/**
 * Issues an access token and a refresh token in `familyId` (a new family = a new session). `mfaAt` is when
 * the second factor was proven for it (null: not proven).
 */
export async function issueSession(tx: Tx, user: { id: string }, tenantId: string, roles: RoleName[], mfaAt: Date | null, familyId = uuidv7()): Promise<Session> {
  const now = Date.now();
  const mfa = mfaAt !== null;
  const refreshToken = `rt_${randomToken(32)}`;
  const refreshTokenExpiresAt = new Date(now + config.refreshTokenTtlSeconds * 1000);
  await tx.refreshToken.create({
    data: { id: uuidv7(), userId: user.id, tenantId, familyId, tokenHash: sha256Hex(refreshToken), mfa, mfaAt, expiresAt: refreshTokenExpiresAt },
  });
  const accessToken = signJwt({ sub: user.id, tid: tenantId, roles, mfa, sid: familyId }, config.jwtSecret, config.accessTokenTtlSeconds, now);
  return {
    accessToken,
    accessTokenExpiresAt: new Date(now + config.accessTokenTtlSeconds * 1000),
    refreshToken,
    refreshTokenExpiresAt,
    sessionId: familyId,
    userId: user.id,
    tenantId,
    roles,
    mfa,
  };
}

export async function tenantBySlug(ctx: ServiceContext, slug: string) {
  const tenant = await ctx.prisma.tenant.findUnique({ where: { slug: (slug ?? '').toLowerCase() } });
  if (!tenant) throw new DomainError(ErrorCode.TENANT_NOT_FOUND, 'No such store or organisation', ['tenantSlug']);
  return tenant;
}

/**
 * A shopper opens a customer account at a store or marketplace. The answer is the same whether the e-mail
 * was free or already had an account (no session either way; the client signs in next), and both take
 * about as long (a password hash and one transaction), so sign-up does not tell who has an account. For a
 * taken e-mail nothing is created or signed in; the attempt is recorded in the audit log and the outbox
 * so the owner can be told once notifications exist (decision 0023).
 */
export async function signUp(ctx: ServiceContext, input: { tenantSlug: string; email: string; password: string; name: string }): Promise<void> {
  const email = normalizeEmail(input.email ?? '');
  if (!EMAIL_RE.test(email) || email.length > 254) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Enter a valid e-mail address', ['email']);
  const name = (input.name ?? '').trim();
  if (name.length < 1 || name.length > 120) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Name must be 1 to 120 characters', ['name']);
  assertStrongPassword(input.password, email);
  const tenant = await tenantBySlug(ctx, input.tenantSlug);
  if (!OPEN_KINDS.has(tenant.kind)) throw new DomainError(ErrorCode.FORBIDDEN, 'Accounts are opened at a store or marketplace', ['tenantSlug']);
  await assertOpen(ctx.prisma, tenant.id, 'tenantSlug');
  const passwordHash = await hashPassword(input.password);
  try {
    await ctx.prisma.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { id: uuidv7(), email, name, passwordHash } });
      await tx.membership.create({ data: { id: uuidv7(), userId: user.id, tenantId: tenant.id, role: 'CUSTOMER' } });
      await recordAudit(tx, ctx, { tenantId: tenant.id, type: 'user.signed_up', subjectId: user.id, actorUserId: user.id });
      // A link proving the address is theirs (decision 0056); nothing waits for it.
      await sendEmailVerification(tx, { ...user, email }, tenant, 'SHOP');
    });
  } catch (e) {
    if (!isUniqueViolation(e, 'email')) throw e;
    await ctx.prisma.$transaction(async (tx) => {
      const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
      await recordAudit(tx, ctx, { tenantId: tenant.id, type: 'user.sign_up_existing_email', subjectId: existing?.id ?? null, actorUserId: null });
    });
  }
  ctx.eventsRecorded();
}

/**
 * Signs a user in to one tenant. Wrong e-mail, wrong password, an erased account and no access to the
 * tenant all answer INVALID_CREDENTIALS, so the answer does not reveal which accounts exist.
 */
export async function login(ctx: ServiceContext, input: { tenantSlug: string; email: string; password: string; totpCode?: string | null }): Promise<Session> {
  const tenant = await tenantBySlug(ctx, input.tenantSlug);
  const email = normalizeEmail(input.email ?? '');
  const user = await ctx.prisma.user.findUnique({ where: { email } });
  // Guessing brakes (decision 0023): the attempt is counted before anything is checked, and while the
  // account or address is throttled nothing is checked at all; the refusal goes into the audit log.
  const attempt = await beginAttempt(ctx, email).catch(async (e) => {
    if (e instanceof TooManyAttempts) {
      await ctx.prisma.$transaction((tx) =>
        recordAudit(tx, ctx, { tenantId: tenant.id, type: 'session.login_throttled', subjectId: user?.id ?? null, actorUserId: null, data: { retryAfterSeconds: e.retryAfterSeconds } }),
      );
      ctx.eventsRecorded();
    }
    throw e;
  });
  const passwordOk = await verifyPassword(input.password ?? '', user?.passwordHash ?? (await dummyPasswordHash()));
  const fail = async (reason: string, code: ErrorCode = ErrorCode.INVALID_CREDENTIALS, message = 'Wrong e-mail or password') => {
    await ctx.prisma.$transaction((tx) =>
      recordAudit(tx, ctx, { tenantId: tenant.id, type: 'session.login_failed', subjectId: user?.id ?? null, actorUserId: null, data: { reason } }),
    );
    ctx.eventsRecorded();
    return new DomainError(code, message, code === ErrorCode.INVALID_CREDENTIALS ? ['password'] : ['totpCode']);
  };
  if (!user || !passwordOk || user.deletionRequestedAt) throw await fail(user ? 'bad_password' : 'unknown_email');
  let roles = await rolesIn(ctx.prisma, user.id, tenant.id);
  if (roles.length === 0 && !OPEN_KINDS.has(tenant.kind)) throw await fail('not_a_member');
  // A suspended business (or one beneath it) lets nobody in until it is reinstated (services/suspension.ts).
  if (await closedBy(ctx.prisma, tenant.id)) {
    await fail('tenant_suspended');
    await assertOpen(ctx.prisma, tenant.id, 'tenantSlug');
  }

  let mfa = false;
  let factor: 'totp' | 'backup' | null = null;
  if (user.twoFactorEnabledAt) {
    if (!input.totpCode) {
      // The password was right and no code was tried: this step proves nothing either way, so it does not count.
      await attempt.giveBack();
      throw new DomainError(ErrorCode.TWO_FACTOR_REQUIRED, 'Enter the code from your authenticator app', ['totpCode']);
    }
    factor = await verifySecondFactor(ctx.prisma, user, input.totpCode);
    if (!factor) throw await fail('bad_second_factor', ErrorCode.TWO_FACTOR_INVALID, 'That code is not valid');
    mfa = true;
  }

  const session = await ctx.prisma.$transaction(async (tx) => {
    if (roles.length === 0) {
      // Signing in at a shop for the first time makes the user its customer (a concurrent first sign-in
      // may have done so already).
      await tx.membership.createMany({ data: [{ id: uuidv7(), userId: user.id, tenantId: tenant.id, role: 'CUSTOMER' }], skipDuplicates: true });
      roles = ['CUSTOMER'];
    }
    await attempt.succeeded(tx);
    const s = await issueSession(tx, user, tenant.id, roles, mfa ? new Date() : null);
    await recordAudit(tx, ctx, {
      tenantId: tenant.id,
      type: 'session.login_succeeded',
      subjectId: user.id,
      actorUserId: user.id,
      data: { mfa, factor, sessionId: s.sessionId },
    });
    return s;
  });
  ctx.eventsRecorded();
  return session;
}

/** Whether this session still has to enrol in two-factor before admin operations work. */
export const needsTwoFactorEnrollment = (roles: RoleName[], mfa: boolean) => !mfa && roles.some((r) => ADMIN_ROLES.includes(r));

/**
 * Rotates a refresh token: the presented token is spent and a new one in the same family is issued.
 * Presenting a spent token again means it was stolen or replayed, so the whole family is revoked.
 */
export async function refreshSession(ctx: ServiceContext, refreshToken: string): Promise<Session> {
  const found = await ctx.prisma.refreshToken.findUnique({ where: { tokenHash: sha256Hex(refreshToken ?? '') }, include: { user: true } });
  if (!found || found.revokedAt || found.user.deletionRequestedAt) throw new DomainError(ErrorCode.TOKEN_INVALID, 'Session has ended; sign in again', ['refreshToken']);
  if (found.expiresAt.getTime() <= Date.now()) throw new DomainError(ErrorCode.TOKEN_EXPIRED, 'Session expired; sign in again', ['refreshToken']);
  await assertOpen(ctx.prisma, found.tenantId, 'refreshToken');

  const result = await ctx.prisma.$transaction(async (tx) => {
    // Spend the token atomically: of two concurrent refreshes with one token, exactly one wins.
    const spent = await tx.refreshToken.updateMany({ where: { id: found.id, rotatedAt: null, revokedAt: null }, data: { rotatedAt: new Date() } });
    if (spent.count === 0) {
      await endSessions(tx, { familyId: found.familyId }, 'reuse_detected');
      await recordAudit(tx, ctx, { tenantId: found.tenantId, type: 'session.refresh_token_reused', subjectId: found.userId, actorUserId: found.userId, data: { sessionId: found.familyId } });
      return null;
    }
    const roles = await rolesIn(tx, found.userId, found.tenantId);
    return issueSession(tx, found.user, found.tenantId, roles, found.mfa ? (found.mfaAt ?? found.createdAt) : null, found.familyId);
  });
  ctx.eventsRecorded();
  if (!result) throw new DomainError(ErrorCode.TOKEN_REUSED, 'This session was ended because its token was used twice; sign in again', ['refreshToken']);
  return result;
}

/** Ends the session (the refresh-token family) the token belongs to. Unknown tokens are ignored. */
export async function logout(ctx: ServiceContext, refreshToken: string): Promise<void> {
  const found = await ctx.prisma.refreshToken.findUnique({ where: { tokenHash: sha256Hex(refreshToken ?? '') } });
  if (!found) return;
  await ctx.prisma.$transaction(async (tx) => {
    await endSessions(tx, { familyId: found.familyId }, 'logout');
    await recordAudit(tx, ctx, { tenantId: found.tenantId, type: 'session.logged_out', subjectId: found.userId, actorUserId: found.userId, data: { sessionId: found.familyId } });
  });
  ctx.eventsRecorded();
}

/** Ends every session of the signed-in user, in every tenant. Returns how many sessions ended. */
export async function logoutEverywhere(ctx: ServiceContext): Promise<number> {
  const userId = ctx.actor.userId;
  if (!userId || !ctx.tenantId) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in to do this');
  const ended = await ctx.prisma.$transaction(async (tx) => {
    const ended = await endSessions(tx, { userId }, 'logout_everywhere');
    await recordAudit(tx, ctx, { tenantId: ctx.tenantId!, type: 'session.logged_out_everywhere', subjectId: userId, data: { sessions: ended.length } });
    return ended.length;
  });
  ctx.eventsRecorded();
  return ended;
}

/** Re-issues the current session with the second factor satisfied (after enrolment). */
export async function upgradeSession(tx: Tx, userId: string, tenantId: string, sessionId: string | null): Promise<Session> {
  if (sessionId) await endSessions(tx, { familyId: sessionId }, 'upgraded');
  return issueSession(tx, { id: userId }, tenantId, await rolesIn(tx, userId, tenantId), new Date());
}

/**
 * How long after the second factor was proven a session may be carried to another of the user's tenants
 * with that assurance (TENANT_SWITCH_MFA_TTL seconds; 12 hours, a working day, by default). Later, a user
 * with two-factor on signs in again with a code.
 */
export const switchMfaTtlSeconds = () => Number(process.env.TENANT_SWITCH_MFA_TTL ?? 12 * 3600);

/** The tenants the signed-in user belongs to, with their roles there, by name. */
export async function myTenants(ctx: ServiceContext) {
  const userId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  if (!userId) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in to do this');
  const ms = await ctx.prisma.membership.findMany({ where: { userId }, include: { tenant: true }, orderBy: { role: 'asc' } });
  const byTenant = new Map<string, { tenant: (typeof ms)[number]['tenant']; roles: RoleName[] }>();
  for (const m of ms) {
    const entry = byTenant.get(m.tenantId) ?? { tenant: m.tenant, roles: [] };
    entry.roles.push(m.role as RoleName);
    byTenant.set(m.tenantId, entry);
  }
  return [...byTenant.values()].sort((a, b) => a.tenant.name.localeCompare(b.tenant.name));
}

/**
 * "One person, several shops": exchanges the caller's live session for a new session on another tenant
 * where the user has a membership, without password or code. The second factor proven for the current
 * session carries over while it is younger than switchMfaTtlSeconds (its time is kept, not renewed, so
 * hopping shops never extends it); no TOTP code is used, so replay protection is untouched. The current
 * session stays signed in (the back office keeps one session per tenant).
 */
export async function switchTenant(ctx: ServiceContext, tenantSlug: string): Promise<Session> {
  const { actor } = ctx;
  if (actor.kind !== 'user' || !actor.userId || !actor.sessionId || !ctx.tenantId) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in to do this');
  const userId = actor.userId;
  const now = new Date();
  // The session behind the access token must still be live: a logged-out session cannot be carried on.
  const source = await ctx.prisma.refreshToken.findFirst({
    where: { familyId: actor.sessionId, userId, tenantId: ctx.tenantId, revokedAt: null, expiresAt: { gt: now } },
    include: { user: true },
    orderBy: { createdAt: 'desc' },
  });
  if (!source || source.user.deletionRequestedAt) throw new DomainError(ErrorCode.TOKEN_INVALID, 'This session has ended; sign in again', ['tenantSlug']);
  const target = await tenantBySlug(ctx, tenantSlug);
  await assertOpen(ctx.prisma, target.id, 'tenantSlug');
  const roles = await rolesIn(ctx.prisma, userId, target.id);
  // Only where the user already is a member (no customer account is opened by switching).
  if (roles.length === 0) throw new DomainError(ErrorCode.FORBIDDEN, 'You are not a member of that organisation', ['tenantSlug']);
  const provenAt = source.mfa ? (source.mfaAt ?? source.createdAt) : null;
  const fresh = provenAt !== null && now.getTime() - provenAt.getTime() <= switchMfaTtlSeconds() * 1000;
  if (source.user.twoFactorEnabledAt && !fresh) {
    throw new DomainError(ErrorCode.TWO_FACTOR_REQUIRED, 'Sign in to that organisation with your authenticator code', ['tenantSlug']);
  }
  const session = await ctx.prisma.$transaction(async (tx) => {
    const s = await issueSession(tx, source.user, target.id, roles, fresh ? provenAt : null);
    const data = { from: ctx.tenantId, to: target.id, fromSessionId: source.familyId, sessionId: s.sessionId, mfa: s.mfa };
    await recordAudit(tx, ctx, { tenantId: ctx.tenantId!, type: 'session.switched_tenant', subjectId: userId, actorUserId: userId, data });
    await recordAudit(tx, ctx, { tenantId: target.id, type: 'session.switched_tenant', subjectId: userId, actorUserId: userId, data });
    return s;
  });
  ctx.eventsRecorded();
  return session;
}
