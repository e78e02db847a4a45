/**
 * The VENDOR role follows catalog's vendor approval (decision 0026). Catalog owns vendors and their state
 * machine; identity owns roles. Every vendor status change reaches identity as `catalog.vendor.status_changed`
 * (outbox, at least once, possibly out of order after retries), and identity makes the owner's VENDOR
 * membership in that tenant match the vendor's CURRENT status, which it asks catalog for: APPROVED holds
 * the role, anything else does not. So replays change nothing, and an approval delivered after a later
 * suspension cannot grant the role back. Each real change is audited (`role.granted` / `role.revoked`, with
 * the vendor and the administrator who moved it) and ends the member's sessions there, as a role change by
 * hand does: access tokens carry roles.
 */
import { callPeer, isUuid, logger, uuidv7, type OutboxEventRecord, type Peers, type PrismaClient } from '@webwaka/kit';
import { recordAudit } from './audit';
import { ROLES_BY_KIND } from './members';
import { endSessions } from './sessions';

interface VendorStatusChanged {
  vendorId: string;
  tenantId: string;
  ownerUserId?: string | null;
  to: string;
  actorUserId?: string | null;
  changeId?: string;
}

/** Whether the vendor is APPROVED now, as catalog says (a service sees approved vendors only: others read null). */
async function approvedNow(peers: Peers, tenantId: string, vendorId: string): Promise<boolean> {
  const data = await callPeer<{ vendor: { id: string; status: string } | null }>(peers, 'catalog', 'query ($id: ID!) { vendor(id: $id) { id status } }', { id: vendorId }, {
    tenantId,
    service: 'identity',
    scopes: ['catalog:read'],
  });
  return data.vendor?.status === 'APPROVED';
}

/** Brings the owner's VENDOR membership in line with the vendor's status; returns what it did. */
export async function syncVendorRole(deps: { prisma: PrismaClient; peers: Peers }, e: VendorStatusChanged): Promise<'granted' | 'revoked' | 'unchanged'> {
  const { prisma } = deps;
  const userId = e.ownerUserId;
  if (!userId || !isUuid(userId) || !isUuid(e.vendorId) || !isUuid(e.tenantId)) return 'unchanged'; // a store's own vendor has no owner
  const tenant = await prisma.tenant.findUnique({ where: { id: e.tenantId } });
  if (!tenant || !ROLES_BY_KIND[tenant.kind].includes('VENDOR')) return 'unchanged';
  const want = await approvedNow(deps.peers, e.tenantId, e.vendorId);
  const ctx = { actor: { kind: 'service' as const, tenantId: e.tenantId, userId: null, roles: [], scopes: [], apiKeyId: null, sessionId: null, mfa: false }, requestId: `outbox-${e.changeId ?? uuidv7()}`, ip: null };
  return prisma.$transaction(async (tx) => {
    // One change at a time per member and tenant: two deliveries at once do not both grant.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`identity.vendor-role:${e.tenantId}:${userId}`}, 0))`;
    const user = await tx.user.findUnique({ where: { id: userId } });
    const existing = await tx.membership.findFirst({ where: { userId, tenantId: e.tenantId, role: 'VENDOR' } });
    const data = { role: 'VENDOR', vendorId: e.vendorId, vendorStatus: e.to, reason: 'vendor status changed' };
    if (want && !existing && user && !user.deletionRequestedAt) {
      const m = await tx.membership.create({ data: { id: uuidv7(), userId, tenantId: e.tenantId, role: 'VENDOR' } });
      await recordAudit(tx, ctx, { tenantId: e.tenantId, type: 'role.granted', subjectId: userId, actorUserId: e.actorUserId ?? null, data: { ...data, membershipId: m.id } });
      await endSessions(tx, { userId, tenantId: e.tenantId }, 'role_granted');
      return 'granted';
    }
    if (!want && existing) {
      await tx.membership.delete({ where: { id: existing.id } });
      await recordAudit(tx, ctx, { tenantId: e.tenantId, type: 'role.revoked', subjectId: userId, actorUserId: e.actorUserId ?? null, data: { ...data, membershipId: existing.id } });
      await endSessions(tx, { userId, tenantId: e.tenantId }, 'role_revoked');
      return 'revoked';
    }
    return 'unchanged';
  });
}

/** The outbox handler for `catalog.vendor.status_changed`. */
export const onVendorStatusChanged = (prisma: PrismaClient, peers: Peers) => async (event: OutboxEventRecord) => {
  const result = await syncVendorRole({ prisma, peers }, { ...(event.payload as VendorStatusChanged), tenantId: event.payload?.tenantId ?? event.tenantId });
  if (result !== 'unchanged') logger.info('identity: vendor role follows vendor status', { tenantId: event.tenantId, vendorId: event.payload?.vendorId, result });
};
