import { DomainError, ErrorCode, type PrismaClient } from '@webwaka/kit';

// Whether a tenant is open or closed by a suspension (its own or one above it; services/suspension.ts
// suspends and reinstates). Read on sign-in, session renewal, shop switching, invitations, and by the
// gateway's tenant and API-key lookups.

/** How far up or down the tree a walk goes before it assumes the data is broken (the real tree has 3-4 levels). */
export const MAX_DEPTH = 16;

/** The suspended tenant that closes `tenantId` (itself or one above it), or null when it is open. */
export async function closedBy(prisma: Pick<PrismaClient, 'tenant'>, tenantId: string): Promise<{ id: string; name: string } | null> {
  let next: string | null = tenantId;
  for (let depth = 0; next && depth < MAX_DEPTH; depth++) {
    const row: { id: string; name: string; parentId: string | null; suspendedAt: Date | null } | null = await prisma.tenant.findUnique({
      where: { id: next },
      select: { id: true, name: true, parentId: true, suspendedAt: true },
    });
    if (!row) return null;
    if (row.suspendedAt) return { id: row.id, name: row.name };
    next = row.parentId;
  }
  return null;
}

/** TENANT_SUSPENDED (a userError, on `field`) when `tenantId` is closed. */
export async function assertOpen(prisma: Pick<PrismaClient, 'tenant'>, tenantId: string, field: string): Promise<void> {
  const by = await closedBy(prisma, tenantId);
  if (by) throw new DomainError(ErrorCode.TENANT_SUSPENDED, by.id === tenantId ? 'This business is suspended' : `This business is suspended with ${by.name}`, [field]);
}

/** For the gateway's internal lookups: an API key or a slug of a closed business answers as unknown. */
export async function openOrNull<T extends { tenantId: string }>(prisma: Pick<PrismaClient, 'tenant'>, found: T | null): Promise<T | null> {
  if (!found) return null;
  return (await closedBy(prisma, found.tenantId)) ? null : found;
}
