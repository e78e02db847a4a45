import { DomainError, ErrorCode } from '@webwaka/kit';
import { recordAudit, requireTenant } from './audit';
import { countMessageRequest, openAccountToken, sendEmailVerification, spendAccountToken, type AccountSurface } from './account-tokens';
import type { ServiceContext } from './context';
import { requireUser } from './two-factor';

// E-mail verification (issue 15, decision 0056): a customer who signs up gets a link proving the address
// is theirs; they can ask for another while signed in. It is informational: nothing waits for it (signing
// in, checking out), so a lost message never locks anyone out.

/**
 * Sends the signed-in user a new verification link (throttled per address and client address). Returns
 * false, sending nothing, when the address is already verified.
 */
export async function resendEmailVerification(ctx: ServiceContext, input: { from?: AccountSurface | null } = {}): Promise<{ sent: boolean }> {
  const { userId, tenantId } = requireUser(ctx);
  const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true, name: true, emailVerifiedAt: true } });
  // A phone-only customer (decision 0062) has no address to verify.
  if (user.emailVerifiedAt || !user.email) return { sent: false };
  const email = user.email;
  await countMessageRequest(ctx, 'EMAIL_VERIFICATION', email);
  const tenant = await ctx.prisma.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { id: true, slug: true, name: true, kind: true } });
  await ctx.prisma.$transaction(async (tx) => {
    const tokenId = await sendEmailVerification(tx, { ...user, email }, tenant, input.from ?? 'SHOP');
    await recordAudit(tx, ctx, { tenantId, type: 'user.email_verification_sent', subjectId: userId, data: { tokenId } });
  });
  ctx.eventsRecorded();
  return { sent: true };
}

/**
 * Marks the address verified with a verification link's token (anyone holding the link: it may be opened
 * on another device). The link counts only while the account still has the address it was sent to.
 * TOKEN_INVALID / TOKEN_USED / TOKEN_EXPIRED for a bad link.
 */
export async function verifyEmail(ctx: ServiceContext, token: string): Promise<{ email: string }> {
  requireTenant(ctx);
  const row = await openAccountToken(ctx, token, 'EMAIL_VERIFICATION');
  if (row.user.email !== row.email) throw new DomainError(ErrorCode.TOKEN_INVALID, 'This link is for an address the account no longer has', ['token']);
  await ctx.prisma.$transaction(async (tx) => {
    await spendAccountToken(tx, row);
    await tx.user.updateMany({ where: { id: row.userId, emailVerifiedAt: null }, data: { emailVerifiedAt: new Date() } });
    await recordAudit(tx, ctx, { tenantId: row.tenantId, type: 'user.email_verified', subjectId: row.userId, actorUserId: ctx.actor.userId ?? null, data: { tokenId: row.id } });
  });
  ctx.eventsRecorded();
  return { email: row.email };
}
