/**
 * Who reads which accounts of a book (the book is the request's tenant):
 *  - the book's administrators (with the second factor) and STAFF, and keys or services with
 *    `ledger:read`, read every account of the book;
 *  - an AGENT reads the accounts owned by AGENT <their user id>; a CUSTOMER those owned by CUSTOMER
 *    <their user id> (store credit); a VENDOR user those of the catalog vendor(s) they run.
 * Vendors are catalog's: ledger asks catalog (a peer call with `catalog:read`) which of the vendors holding
 * accounts in this book the user owns, and remembers the answer briefly.
 */
import { ADMIN_ROLES, callPeer, logger, requireTenant, type Actor, type Prisma } from '@webwaka/kit';
import type { ServiceContext } from './context';

export type AccountWhere = Prisma.LedgerAccountWhereInput;

const VENDOR_CACHE_MS = 30_000;
const vendorCache = new Map<string, { at: number; vendorIds: Promise<string[]> }>();
/** One peer call asks about at most this many vendors (aliased fields). */
const VENDORS_PER_CALL = 50;

/** Reads the whole book: administrators with the second factor, staff, keys and services with ledger:read. */
export function readsWholeBook(actor: Actor): boolean {
  if (actor.kind === 'apiKey' || actor.kind === 'service') return actor.scopes.includes('ledger:read');
  if (actor.kind !== 'user') return false;
  return actor.roles.includes('STAFF') || (actor.mfa && actor.roles.some((r) => ADMIN_ROLES.includes(r)));
}

/** The accounts the caller owns in the book (agent, customer, vendor accounts); none for keys. */
export async function ownedAccountsWhere(ctx: ServiceContext): Promise<AccountWhere> {
  const tenantId = requireTenant(ctx);
  const { actor } = ctx;
  const owners: AccountWhere[] = [];
  if (actor.kind === 'user' && actor.userId) {
    if (actor.roles.includes('AGENT')) owners.push({ ownerType: 'AGENT', ownerId: actor.userId });
    if (actor.roles.includes('CUSTOMER')) owners.push({ ownerType: 'CUSTOMER', ownerId: actor.userId });
    if (actor.roles.includes('VENDOR')) {
      const vendorIds = await vendorsRunBy(ctx, tenantId, actor.userId);
      if (vendorIds.length) owners.push({ ownerType: 'VENDOR', ownerId: { in: vendorIds } });
    }
  }
  // No owner: a filter that matches nothing.
  return { tenantId, ...(owners.length ? { OR: owners } : { id: { in: [] } }) };
}

const visibilityCache = new WeakMap<object, Promise<AccountWhere>>();

/** The accounts the caller may read (memoised per request: every field of a statement asks). */
export function visibleAccountsWhere(ctx: ServiceContext): Promise<AccountWhere> {
  let p = visibilityCache.get(ctx);
  if (!p) {
    const tenantId = requireTenant(ctx);
    p = readsWholeBook(ctx.actor) ? Promise.resolve({ tenantId }) : ownedAccountsWhere(ctx);
    visibilityCache.set(ctx, p);
  }
  return p;
}

/**
 * The catalog vendors (holding accounts in this book) whose owner is the user. Only approved vendors are
 * visible to another service, so a suspended vendor's user sees its accounts again once reinstated.
 */
async function vendorsRunBy(ctx: ServiceContext, tenantId: string, userId: string): Promise<string[]> {
  const key = `${tenantId}:${userId}`;
  const hit = vendorCache.get(key);
  if (hit && Date.now() - hit.at < VENDOR_CACHE_MS) return hit.vendorIds;
  const vendorIds = lookUpVendors(ctx, tenantId, userId);
  vendorCache.set(key, { at: Date.now(), vendorIds });
  // A failed lookup is not remembered.
  vendorIds.catch(() => vendorCache.delete(key));
  return vendorIds;
}

async function lookUpVendors(ctx: ServiceContext, tenantId: string, userId: string): Promise<string[]> {
  const rows = await ctx.prisma.ledgerAccount.findMany({ where: { tenantId, ownerType: 'VENDOR' }, distinct: ['ownerId'], select: { ownerId: true } });
  const found = await askCatalogAboutVendors<{ id: string; ownerUserId: string | null }>(ctx, tenantId, rows.map((r) => r.ownerId), 'id ownerUserId');
  const owned = [...found.values()].filter((v) => v && v.ownerUserId === userId).map((v) => v!.id);
  logger.debug('ledger: vendor accounts of a user', { tenantId, userId, vendors: owned.length });
  return owned;
}

/**
 * Asks catalog (peer call, `catalog:read`) for `fields` of each vendor, VENDORS_PER_CALL at a time (aliased
 * fields). Catalog shows another service approved vendors only: the others map to null.
 */
export async function askCatalogAboutVendors<T>(ctx: Pick<ServiceContext, 'peers' | 'requestId'>, tenantId: string, vendorIds: string[], fields: string): Promise<Map<string, T | null>> {
  const out = new Map<string, T | null>();
  for (let i = 0; i < vendorIds.length; i += VENDORS_PER_CALL) {
    const chunk = vendorIds.slice(i, i + VENDORS_PER_CALL);
    const query = `query (${chunk.map((_, j) => `$v${j}: ID!`).join(', ')}) { ${chunk.map((_, j) => `v${j}: vendor(id: $v${j}) { ${fields} }`).join(' ')} }`;
    const data = await callPeer<Record<string, T | null>>(
      ctx.peers,
      'catalog',
      query,
      Object.fromEntries(chunk.map((id, j) => [`v${j}`, id])),
      { tenantId, service: 'ledger', scopes: ['catalog:read'], requestId: ctx.requestId },
    );
    chunk.forEach((id, j) => out.set(id, data[`v${j}`] ?? null));
  }
  return out;
}

/**
 * Which of `ids` are tenants (identity's public `Tenant` entity, resolved as the gateway would): a
 * seller outside the catalogue, such as a bus operator whose ticket orders credit a payable owned by its
 * tenant id. Identity unreachable: none (a payout then holds them out rather than guessing).
 */
export async function tenantsAmong(ctx: Pick<ServiceContext, 'peers' | 'requestId'>, tenantId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  try {
    const data = await callPeer<{ _entities: ({ id: string } | null)[] }>(
      ctx.peers,
      'identity',
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Tenant { id } } }',
      { r: ids.map((id) => ({ __typename: 'Tenant', id })) },
      { tenantId, service: 'ledger', scopes: ['identity:read'], requestId: ctx.requestId },
    );
    return new Set(data._entities.flatMap((t) => (t?.id ? [t.id] : [])));
  } catch (error) {
    logger.warn('ledger: identity did not say which payees are tenants', { error: String(error) });
    return new Set();
  }
}

/** Tests: forget remembered vendor ownership. */
export const forgetVendorOwnership = () => vendorCache.clear();
