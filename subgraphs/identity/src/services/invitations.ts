import { DomainError, ErrorCode, assertStrongPassword, dummyPasswordHash, hashPassword, isUuid, linksOf, randomToken, sha256Hex, uuidv7, verifyPassword, type RoleName } from '@webwaka/kit';
import { requestMessage, sealLink } from './account-tokens';
import { recordAudit, requireTenant } from './audit';
import type { ServiceContext } from './context';
import { assertMayManage, assertRoleExistsHere } from './members';
import { endSessions, normalizeEmail } from './sessions';
import { assertOpen } from './tenant-status';
import { beginAttempt } from './throttle';

// Invitations (issue 14): an administrator invites an e-mail address to a role; whoever holds the link joins
// as that address. The link is e-mailed to the address (an `invitation.sent` message, its link sealed,
// issue 15) and shown once to the inviter, who may pass it on another way; the token is 256 random bits kept only as its SHA-256 hash, so a database reader cannot use
// an invitation. Accepting needs the account's password when the address already has an account (the link
// alone must not hand someone else's account a role), or a new name and password when it has none.

/** How long a link works. */
export const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;
/** Open invitations per tenant: enough for a busy shop's hiring, not a mailing list. */
export const MAX_OPEN_INVITATIONS = 100;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const TOKEN_RE = /^[A-Za-z0-9_-]{43}$/;

export type InvitationState = 'PENDING' | 'ACCEPTED' | 'REVOKED' | 'EXPIRED';

export function invitationState(row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = new Date()): InvitationState {
  if (row.acceptedAt) return 'ACCEPTED';
  if (row.revokedAt) return 'REVOKED';
  return row.expiresAt <= now ? 'EXPIRED' : 'PENDING';
}

/** A role as the invitation e-mail names it ("client admin", "staff"). */
const roleInWords = (role: string) => role.toLowerCase().replace(/_/g, ' ');

const open = (now: Date) => ({ acceptedAt: null, revokedAt: null, expiresAt: { gt: now } });

/**
 * Invites `email` to `role` here (at most the inviter's own rank, and a role this kind of tenant has). A
 * second invitation to the same address replaces the first. Returns the token, this once.
 */
export async function inviteMember(ctx: ServiceContext, input: { email: string; role: RoleName }) {
  const tenantId = requireTenant(ctx);
  const email = normalizeEmail(input.email ?? '');
  if (!EMAIL_RE.test(email) || email.length > 254) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Enter a valid e-mail address', ['email']);
  await assertRoleExistsHere(ctx, tenantId, input.role);
  assertMayManage(ctx, input.role);
  const user = await ctx.prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (user && (await ctx.prisma.membership.count({ where: { userId: user.id, tenantId, role: input.role } })) > 0) {
    throw new DomainError(ErrorCode.ALREADY_EXISTS, 'They already have that role', ['role']);
  }
  const now = new Date();
  const token = randomToken(32);
  const tenant = await ctx.prisma.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { slug: true, name: true, kind: true } });
  const inviter = await ctx.prisma.user.findUnique({ where: { id: ctx.actor.userId! }, select: { name: true } });
  const invitation = await ctx.prisma.$transaction(async (tx) => {
    const replaced = await tx.invitation.updateMany({ where: { tenantId, email, ...open(now) }, data: { revokedAt: now } });
    if ((await tx.invitation.count({ where: { tenantId, ...open(now) } })) >= MAX_OPEN_INVITATIONS) {
      throw new DomainError(ErrorCode.RATE_LIMITED, `At most ${MAX_OPEN_INVITATIONS} open invitations; revoke some first`, ['email']);
    }
    const created = await tx.invitation.create({
      data: { id: uuidv7(), tenantId, email, role: input.role, tokenHash: sha256Hex(token), invitedById: ctx.actor.userId!, expiresAt: new Date(now.getTime() + INVITATION_TTL_MS) },
    });
    await requestMessage(tx, {
      key: `invitation.sent:${created.id}`,
      tenantId,
      template: 'invitation.sent',
      to: { email },
      channels: ['EMAIL'],
      variables: { storeName: tenant.name, role: roleInWords(input.role), inviterName: inviter?.name ?? '', expiresInDays: String(INVITATION_TTL_MS / (24 * 3600 * 1000)) },
      // The back office's invitation page (storefront/app/admin/[tenant]/invite/[token]).
      secretSealed: sealLink(linksOf(tenant).admin(`/invite/${token}`)),
    });
    await recordAudit(tx, ctx, { tenantId, type: 'invitation.created', subjectId: created.id, data: { role: input.role, replaced: replaced.count } });
    return created;
  });
  ctx.eventsRecorded();
  return { invitation, token };
}

export async function revokeInvitation(ctx: ServiceContext, id: string) {
  const tenantId = requireTenant(ctx);
  // Scoped by tenant: another tenant's invitation is simply not found (and so is a malformed id).
  const row = isUuid(id) ? await ctx.prisma.invitation.findFirst({ where: { id, tenantId } }) : null;
  if (!row) throw new DomainError(ErrorCode.NOT_FOUND, 'No such invitation', ['id']);
  assertMayManage(ctx, row.role as RoleName);
  if (invitationState(row) !== 'PENDING') throw new DomainError(ErrorCode.INVALID_TRANSITION, 'Only an open invitation can be revoked', ['id']);
  const revoked = await ctx.prisma.$transaction(async (tx) => {
    const updated = await tx.invitation.update({ where: { id: row.id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, ctx, { tenantId, type: 'invitation.revoked', subjectId: row.id, data: { role: row.role } });
    return updated;
  });
  ctx.eventsRecorded();
  return revoked;
}

const invalidLink = () => new DomainError(ErrorCode.TOKEN_INVALID, 'This invitation link is not valid: it was used, revoked or has expired', ['token']);

/** The open invitation a link names, or TOKEN_INVALID alike for unknown, used, revoked and expired links. */
async function openInvitation(ctx: Pick<ServiceContext, 'prisma'>, token: string) {
  const row = TOKEN_RE.test(token ?? '') ? await ctx.prisma.invitation.findUnique({ where: { tokenHash: sha256Hex(token) }, include: { tenant: true } }) : null;
  if (!row || invitationState(row) !== 'PENDING') throw invalidLink();
  return row;
}

/**
 * What the invitation page shows before accepting: where, as what, for which address, and whether it has
 * an account; null when the link is not (or no longer) valid.
 */
export async function invitationPreview(ctx: Pick<ServiceContext, 'prisma'>, token: string) {
  const row = await openInvitation(ctx, token).catch(() => null);
  if (!row) return null;
  const user = await ctx.prisma.user.findUnique({ where: { email: row.email }, select: { id: true, deletionRequestedAt: true } });
  return { tenant: row.tenant, email: row.email, role: row.role, expiresAt: row.expiresAt, hasAccount: !!user && !user.deletionRequestedAt };
}

/**
 * Joins the tenant as the invitation says. An existing account proves itself with its password (counted
 * by the sign-in throttle, like a sign-in); a new address gets an account with `name` and `password`. The
 * invitation is used in the same transaction as the membership, so a link never works twice. No session
 * is returned: the member signs in next (administrators then enrol their second factor).
 */
export async function acceptInvitation(ctx: ServiceContext, input: { token: string; password: string; name?: string | null }) {
  const row = await openInvitation(ctx, input.token);
  await assertOpen(ctx.prisma, row.tenantId, 'token');
  const existing = await ctx.prisma.user.findUnique({ where: { email: row.email } });
  let userId: string;
  let passwordHash: string | null = null;
  if (existing) {
    if (existing.deletionRequestedAt) throw invalidLink();
    // A password guess like any other: counted, and refused with TOO_MANY_ATTEMPTS while throttled.
    const attempt = await beginAttempt(ctx, row.email);
    if (!(await verifyPassword(input.password ?? '', existing.passwordHash ?? (await dummyPasswordHash())))) {
      throw new DomainError(ErrorCode.INVALID_CREDENTIALS, 'Wrong password for this account', ['password']);
    }
    await ctx.prisma.$transaction((tx) => attempt.succeeded(tx));
    userId = existing.id;
  } else {
    const name = (input.name ?? '').trim();
    if (name.length < 1 || name.length > 120) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Name must be 1 to 120 characters', ['name']);
    assertStrongPassword(input.password, row.email);
    passwordHash = await hashPassword(input.password);
    userId = uuidv7();
  }
  const now = new Date();
  const membership = await ctx.prisma.$transaction(async (tx) => {
    // Used exactly once: the conditional update is the lock; a second acceptance finds nothing open.
    const used = await tx.invitation.updateMany({ where: { id: row.id, ...open(now) }, data: { acceptedAt: now, acceptedById: userId } });
    if (used.count !== 1) throw invalidLink();
    if (passwordHash) {
      await tx.user.create({ data: { id: userId, email: row.email, name: (input.name ?? '').trim(), passwordHash } });
      await recordAudit(tx, ctx, { tenantId: row.tenantId, type: 'user.signed_up', subjectId: userId, actorUserId: userId });
    }
    const already = await tx.membership.findFirst({ where: { userId, tenantId: row.tenantId, role: row.role } });
    const m = already ?? (await tx.membership.create({ data: { id: uuidv7(), userId, tenantId: row.tenantId, role: row.role } }));
    await recordAudit(tx, ctx, { tenantId: row.tenantId, type: 'invitation.accepted', subjectId: row.id, actorUserId: userId, data: { role: row.role, membershipId: m.id } });
    await recordAudit(tx, ctx, { tenantId: row.tenantId, type: 'role.granted', subjectId: userId, actorUserId: row.invitedById, data: { role: row.role, membershipId: m.id, invitationId: row.id } });
    // Access tokens carry roles: the member's sessions here end, and they sign in again with the new set
    // (decision 0024).
    await endSessions(tx, { userId, tenantId: row.tenantId }, 'role_granted');
    return m;
  });
  ctx.eventsRecorded();
  return { membership, tenant: row.tenant, email: row.email };
}
