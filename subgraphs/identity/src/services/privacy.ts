import { AppError, DomainError, ErrorCode, callPeer, config, dummyPasswordHash, logger, verifyPassword, type Peers, type PrismaClient } from '@webwaka/kit';
import { accountKey, beginAttempt } from './throttle';
import { lastAdministratorOf } from './account-security';
import { recordAudit } from './audit';
import { endSessions } from './sessions';
import type { ServiceContext } from './context';
import { proveWithAccountCode } from './phone-sign-in';

type Tx = Parameters<Parameters<ServiceContext['prisma']['$transaction']>[0]>[0];

function requireUser(ctx: ServiceContext) {
  if (!ctx.actor.userId || !ctx.tenantId) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in to do this');
  return { userId: ctx.actor.userId, tenantId: ctx.tenantId };
}

// A customer's WhatsApp conversations are commerce's (decision 0081): the export asks commerce for each shop
// the person is a customer of, and the purge has commerce delete them before the account goes. Each call is
// that shop's (the tenant is the signed call's), as a service holding commerce:customer-data only.
const customerData = (peers: Peers, tenantId: string, requestId: string) => ({ tenantId, service: 'identity', scopes: ['commerce:customer-data'], requestId });

/** The person's WhatsApp conversation at each shop they are a customer of (none without a phone). */
async function whatsappConversations(peers: Peers, requestId: string, phone: string | null, shops: { tenantId: string; slug: string; name: string }[]) {
  if (!phone) return [];
  const found = [];
  for (const shop of shops) {
    const data = await callPeer<{ customerConversation: object | null }>(peers, 'commerce', 'query ($phone: String!) { customerConversation(phone: $phone) }', { phone }, customerData(peers, shop.tenantId, requestId));
    if (data.customerConversation) found.push({ shop: { slug: shop.slug, name: shop.name }, ...data.customerConversation });
  }
  return found;
}

/** GDPR/NDPR access: everything identity holds about the signed-in user, as JSON. Secrets are left out. */
export async function exportMyData(ctx: ServiceContext & { peers: Peers }) {
  const { userId, tenantId } = requireUser(ctx);
  const user = await ctx.prisma.user.findUniqueOrThrow({
    where: { id: userId },
    include: {
      memberships: { include: { tenant: { select: { slug: true, name: true, kind: true } } } },
      refreshTokens: { select: { familyId: true, tenantId: true, createdAt: true, expiresAt: true, revokedAt: true, mfa: true } },
    },
  });
  const auditEvents = await ctx.prisma.auditEvent.findMany({
    where: { OR: [{ actorUserId: userId }, { subjectId: userId }] },
    orderBy: { createdAt: 'asc' },
    select: { id: true, type: true, tenantId: true, createdAt: true, ip: true, data: true },
  });
  const apiKeys = await ctx.prisma.apiKey.findMany({ where: { createdById: userId }, select: { id: true, name: true, tenantId: true, scopes: true, createdAt: true, revokedAt: true, lastUsedAt: true } });
  // Saved addresses at every shop, like the memberships: the export is of the person, not of one tenant.
  const addresses = await ctx.prisma.customerAddress.findMany({
    where: { userId },
    orderBy: [{ tenantId: 'asc' }, { createdAt: 'asc' }],
    include: { tenant: { select: { slug: true, name: true } } },
  });
  const shops = user.memberships.filter((m) => m.role === 'CUSTOMER').map((m) => ({ tenantId: m.tenantId, slug: m.tenant.slug, name: m.tenant.name }));
  const conversations = await whatsappConversations(ctx.peers, ctx.requestId, user.phone, shops);
  await ctx.prisma.$transaction((tx) => recordAudit(tx, ctx, { tenantId, type: 'privacy.data_exported', subjectId: userId }));
  ctx.eventsRecorded();
  return {
    exportedAt: new Date().toISOString(),
    profile: { id: user.id, email: user.email, phone: user.phone, name: user.name, createdAt: user.createdAt, twoFactorEnabled: !!user.twoFactorEnabledAt },
    memberships: user.memberships.map((m) => ({ role: m.role, tenant: m.tenant, since: m.createdAt })),
    sessions: user.refreshTokens,
    apiKeysCreated: apiKeys,
    addresses: addresses.map(({ userId: _user, tenantId: _tenant, ...a }) => a),
    whatsappConversations: conversations,
    securityEvents: auditEvents,
  };
}

/**
 * GDPR/NDPR erasure: the account is closed at once (soft delete, all sessions ended, sign-in refused) and
 * purged after the grace period, during which support can still undo a mistaken or malicious request.
 */
export async function requestAccountDeletion(ctx: ServiceContext, proof: { password?: string | null; code?: string | null }) {
  const { userId, tenantId } = requireUser(ctx);
  const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: userId } });
  let confirmed: { succeeded: (tx: Tx) => Promise<unknown> };
  if (!user.passwordHash && user.phone) {
    // A phone-only account has no password: a code texted to its number confirms instead (decision 0079).
    const code = await proveWithAccountCode(ctx, proof.code);
    confirmed = { succeeded: code.spend };
  } else {
    // Password guessing with a stolen session is throttled like sign-in (decision 0023).
    const attempt = await beginAttempt(ctx, accountKey(user));
    if (!(await verifyPassword(proof.password ?? '', user.passwordHash ?? (await dummyPasswordHash())))) throw new DomainError(ErrorCode.INVALID_CREDENTIALS, 'Wrong password', ['password']);
    confirmed = attempt;
  }
  // A business must not be left with nobody to run it (issue 14).
  const alone = await lastAdministratorOf(ctx, userId);
  if (alone.length > 0) throw new DomainError(ErrorCode.FORBIDDEN, `You are the only administrator of ${alone.join(', ')}: give someone else your role there first`);
  const purgeAfter = new Date(Date.now() + config.deletionGraceDays * 86_400_000);
  await ctx.prisma.$transaction(async (tx) => {
    await confirmed.succeeded(tx);
    await tx.user.update({ where: { id: userId }, data: { deletionRequestedAt: new Date(), purgeAfter } });
    await endSessions(tx, { userId }, 'account_deleted');
    await recordAudit(tx, ctx, { tenantId, type: 'privacy.deletion_requested', subjectId: userId, data: { purgeAfter: purgeAfter.toISOString() } });
  });
  ctx.eventsRecorded();
  return { purgeAfter };
}

/**
 * The purge job: removes accounts whose grace period has passed (memberships, sessions, backup codes and
 * saved addresses go with them by cascade). Audit events keep only the bare user id. A phone's WhatsApp
 * conversations at the shops it was a customer of are deleted first (commerce, idempotent): if commerce
 * does not answer, the account waits for the next run rather than being purged with its chats left behind.
 * Returns the ids purged.
 */
export async function purgeDeletedAccounts(prisma: PrismaClient, now = new Date(), peers?: Peers): Promise<string[]> {
  const due = await prisma.user.findMany({ where: { purgeAfter: { lte: now } }, select: { id: true, phone: true, memberships: { select: { tenantId: true, role: true } } } });
  const purged: string[] = [];
  for (const u of due) {
    if (u.phone && peers) {
      const shops = [...new Set(u.memberships.filter((m) => m.role === 'CUSTOMER').map((m) => m.tenantId))];
      try {
        for (const tenantId of shops) {
          await callPeer(peers, 'commerce', 'mutation ($phone: String!) { eraseCustomerConversation(phone: $phone) }', { phone: u.phone }, customerData(peers, tenantId, 'purge-job'));
        }
      } catch (e) {
        logger.warn('purge: WhatsApp conversations not erased yet; the account waits for the next run', { userId: u.id, error: String(e) });
        continue;
      }
    }
    await prisma.$transaction(async (tx) => {
      await tx.user.delete({ where: { id: u.id } });
      for (const tenantId of new Set(u.memberships.map((m) => m.tenantId))) {
        await recordAudit(tx, { actor: { userId: null } as any, requestId: 'purge-job', ip: null }, { tenantId, type: 'privacy.account_purged', subjectId: u.id, actorUserId: null });
      }
    });
    purged.push(u.id);
  }
  return purged;
}
