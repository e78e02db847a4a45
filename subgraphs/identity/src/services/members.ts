import { ADMIN_ROLES, DomainError, ErrorCode, ROLES, isUuid, uuidv7, type RoleName, isUniqueViolation } from '@webwaka/kit';
import type { TenantKind } from '@webwaka/kit/src/generated/prisma/enums';
import { recordAudit, requireTenant } from './audit';
import type { ServiceContext } from './context';
import { endSessions, normalizeEmail } from './sessions';

/** Which roles exist in which kind of tenant. */
export const ROLES_BY_KIND: Record<TenantKind, RoleName[]> = {
  PLATFORM: ['SUPER_ADMIN', 'STAFF'],
  PARTNER: ['PARTNER_ADMIN', 'AGENT', 'STAFF'],
  CLIENT: ['CLIENT_ADMIN', 'STAFF'],
  // Riders deliver a shop's own shipments (decision 0093): only where goods are sold.
  STORE: ['CLIENT_ADMIN', 'VENDOR', 'AGENT', 'STAFF', 'RIDER', 'CUSTOMER'],
  MARKETPLACE: ['CLIENT_ADMIN', 'VENDOR', 'AGENT', 'STAFF', 'RIDER', 'CUSTOMER'],
};

/** Lower is more powerful; an admin grants and revokes only roles at or below their own. */
const rank = (r: RoleName) => ROLES.indexOf(r);
const highest = (roles: RoleName[]) => Math.min(...roles.map(rank));

export function assertMayManage(ctx: ServiceContext, role: RoleName) {
  if (highest(ctx.actor.roles) > rank(role)) throw new DomainError(ErrorCode.FORBIDDEN, `You cannot manage the ${role} role`, ['role']);
}

/** A known role that tenants of this one's kind have (no vendors in a partner, say). */
export async function assertRoleExistsHere(ctx: ServiceContext, tenantId: string, role: RoleName) {
  if (!ROLES.includes(role)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Unknown role', ['role']);
  const tenant = await ctx.prisma.tenant.findUniqueOrThrow({ where: { id: tenantId } });
  if (!ROLES_BY_KIND[tenant.kind].includes(role)) throw new DomainError(ErrorCode.BAD_USER_INPUT, `A ${tenant.kind} has no ${role} role`, ['role']);
}

/** Gives an existing user a role in the request's tenant. */
export async function grantRole(ctx: ServiceContext, input: { email: string; role: RoleName }) {
  const tenantId = requireTenant(ctx);
  await assertRoleExistsHere(ctx, tenantId, input.role);
  assertMayManage(ctx, input.role);
  const user = await ctx.prisma.user.findUnique({ where: { email: normalizeEmail(input.email ?? '') } });
  if (!user || user.deletionRequestedAt) throw new DomainError(ErrorCode.NOT_FOUND, 'No account with that e-mail; ask them to sign up first', ['email']);
  try {
    const membership = await ctx.prisma.$transaction(async (tx) => {
      const m = await tx.membership.create({ data: { id: uuidv7(), userId: user.id, tenantId, role: input.role } });
      await recordAudit(tx, ctx, { tenantId, type: 'role.granted', subjectId: user.id, data: { role: input.role, membershipId: m.id } });
      // Access tokens carry roles: the member's sessions here end, and they sign in again with the new set
      // (decision 0024).
      await endSessions(tx, { userId: user.id, tenantId }, 'role_granted');
      return m;
    });
    ctx.eventsRecorded();
    return membership;
  } catch (e) {
    if (isUniqueViolation(e)) throw new DomainError(ErrorCode.ALREADY_EXISTS, 'They already have that role', ['role']);
    throw e;
  }
}

export async function revokeRole(ctx: ServiceContext, membershipId: string) {
  const tenantId = requireTenant(ctx);
  const m = isUuid(membershipId) ? await ctx.prisma.membership.findFirst({ where: { id: membershipId, tenantId } }) : null;
  if (!m) throw new DomainError(ErrorCode.NOT_FOUND, 'No such membership', ['membershipId']);
  assertMayManage(ctx, m.role as RoleName);
  if (m.userId === ctx.actor.userId && ADMIN_ROLES.includes(m.role as RoleName)) {
    const otherAdmins = await ctx.prisma.membership.count({ where: { tenantId, role: m.role, userId: { not: m.userId } } });
    if (otherAdmins === 0) throw new DomainError(ErrorCode.FORBIDDEN, 'You are the last administrator here', ['membershipId']);
  }
  await ctx.prisma.$transaction(async (tx) => {
    await tx.membership.delete({ where: { id: m.id } });
    await recordAudit(tx, ctx, { tenantId, type: 'role.revoked', subjectId: m.userId, data: { role: m.role, membershipId: m.id } });
    // Access tokens carry roles, so the member's sessions in this tenant end: every gateway refuses their
    // tokens and closes their sockets at once, instead of honouring the old role until the token expires.
    await endSessions(tx, { userId: m.userId, tenantId }, 'role_revoked');
  });
  ctx.eventsRecorded();
  return m;
}

/** The roles whose holders a shipment can be given to for delivery (decision 0093). */
export const DELIVERY_ROLES = ['RIDER', 'STAFF'] as const satisfies readonly RoleName[];
const MAX_DELIVERY_PEOPLE = 500;

export interface DeliveryPerson {
  userId: string;
  name: string;
  roles: (typeof DELIVERY_ROLES)[number][];
}

/**
 * Who the Ship items screen offers as the rider: the tenant's riders first, then its staff, by name. Only
 * names and ids (no e-mail or phone): staff who dispatch need to choose a person, not to read the member list.
 */
export async function deliveryPeople(ctx: ServiceContext): Promise<DeliveryPerson[]> {
  const tenantId = requireTenant(ctx);
  const rows = await ctx.prisma.membership.findMany({
    where: { tenantId, role: { in: [...DELIVERY_ROLES] }, user: { deletionRequestedAt: null } },
    select: { role: true, user: { select: { id: true, name: true } } },
    orderBy: { id: 'asc' },
    take: MAX_DELIVERY_PEOPLE * DELIVERY_ROLES.length,
  });
  const people = new Map<string, DeliveryPerson>();
  for (const r of rows) {
    const person = people.get(r.user.id) ?? { userId: r.user.id, name: r.user.name, roles: [] };
    person.roles.push(r.role as DeliveryPerson['roles'][number]);
    people.set(r.user.id, person);
  }
  const riderFirst = (p: DeliveryPerson) => (p.roles.includes('RIDER') ? 0 : 1);
  return [...people.values()].sort((a, b) => riderFirst(a) - riderFirst(b) || a.name.localeCompare(b.name)).slice(0, MAX_DELIVERY_PEOPLE);
}
