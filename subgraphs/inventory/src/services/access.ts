/**
 * Whose stock a caller reads and moves (decision 0026). Scope-auth (schema/builder.ts) decides who reaches
 * stock at all; this decides which variants they see there:
 *  - the whole tenant: administrators whose session passed the second factor, STAFF, and API keys or
 *    services with an inventory scope;
 *  - a VENDOR user (a marketplace seller): the variants of the catalog vendor they run, as inventory's
 *    `InventoryItem` projection records it (`vendorOwnerUserId`, carried by `catalog.variant.upserted`).
 *    Someone else's variant is NOT_FOUND to them, exactly like a variant that does not exist.
 * Agents and customers are refused by scope-auth before they get here.
 */
import { ADMIN_ROLES, type Actor } from '@webwaka/kit';
import type { ServiceContext } from './context';

/** Sees and moves every variant of the tenant. */
export function runsAllStock(actor: Actor): boolean {
  if (actor.kind === 'apiKey' || actor.kind === 'service') return actor.scopes.some((s) => s.startsWith('inventory:'));
  if (actor.kind !== 'user') return false;
  return actor.roles.includes('STAFF') || (actor.mfa && actor.roles.some((r) => ADMIN_ROLES.includes(r)));
}

/** A vendor user who does not run the whole tenant's stock: their user id; otherwise null. */
export function vendorUserOf(actor: Actor): string | null {
  return actor.kind === 'user' && actor.userId && actor.roles.includes('VENDOR') && !runsAllStock(actor) ? actor.userId : null;
}

const scopeCache = new WeakMap<object, Promise<string[] | null>>();

/**
 * The variant ids the caller may see, or null for all of them. Memoised per request: a page asks once,
 * however many fields need it. Callers who are neither (cannot happen past scope-auth) see nothing.
 */
export function visibleVariantIds(ctx: Pick<ServiceContext, 'prisma' | 'actor' | 'tenantId'>): Promise<string[] | null> {
  if (runsAllStock(ctx.actor)) return Promise.resolve(null);
  let p = scopeCache.get(ctx);
  if (!p) {
    const userId = vendorUserOf(ctx.actor);
    p =
      userId && ctx.tenantId
        ? ctx.prisma.inventoryItem.findMany({ where: { tenantId: ctx.tenantId, vendorOwnerUserId: userId }, select: { variantId: true } }).then((rows) => rows.map((r) => r.variantId))
        : Promise.resolve([]);
    scopeCache.set(ctx, p);
  }
  return p;
}

/** A Prisma filter on `variantId` for any model that has one: nothing for the whole tenant, the own variants otherwise. */
export async function variantScope(ctx: Pick<ServiceContext, 'prisma' | 'actor' | 'tenantId'>): Promise<{ variantId?: { in: string[] } }> {
  const ids = await visibleVariantIds(ctx);
  return ids ? { variantId: { in: ids } } : {};
}
