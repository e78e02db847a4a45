/**
 * Who may read and change what in the catalogue, decided once here so schema and services agree.
 *
 * - Managers (full access to the tenant's catalogue): administrators whose session passed the second
 *   factor, STAFF, and API keys with `catalog:write`.
 * - Vendors: users with the VENDOR role who own (ownerUserId) an APPROVED vendor of the tenant; they change
 *   only that vendor's products. Identity owns roles; it grants VENDOR when a vendor is approved (from
 *   `catalog.vendor.status_changed`, decision 0026).
 * - Readers of everything (all statuses): managers and API keys with `catalog:read`.
 * - Everyone else (anonymous shoppers, customers, agents) sees ACTIVE products of APPROVED vendors only.
 */
import { ADMIN_ROLES, DomainError, ErrorCode, type Actor, type Prisma, requireTenant } from '@webwaka/kit';
import type { Vendor as VendorRow } from '@webwaka/kit/src/generated/prisma/client';
import type { ServiceContext } from './context';

export type { VendorRow };

export { requireTenant };

export function isManager(actor: Actor): boolean {
  if (actor.kind === 'apiKey') return actor.scopes.includes('catalog:write');
  if (actor.kind !== 'user') return false;
  if (actor.roles.includes('STAFF')) return true;
  return actor.mfa && actor.roles.some((r) => ADMIN_ROLES.includes(r));
}

/** May see products and vendors in every status (back office, integrators). */
export function readsEverything(actor: Actor): boolean {
  return isManager(actor) || (actor.kind === 'apiKey' && actor.scopes.includes('catalog:read'));
}

const isVendorUser = (actor: Actor) => actor.kind === 'user' && !!actor.userId && actor.roles.includes('VENDOR');

/**
 * The vendor the caller runs in the current tenant (the newest, if they ever had several), or null.
 * Cached per request context: visibility rules ask for it on every list.
 */
const ownVendorCache = new WeakMap<object, Promise<VendorRow | null>>();
export function ownVendor(ctx: Pick<ServiceContext, 'prisma' | 'actor' | 'tenantId'>): Promise<VendorRow | null> {
  const userId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  if (!userId || !ctx.tenantId) return Promise.resolve(null);
  let p = ownVendorCache.get(ctx);
  if (!p) {
    p = ctx.prisma.vendor.findFirst({ where: { tenantId: ctx.tenantId, ownerUserId: userId }, orderBy: { createdAt: 'desc' } });
    ownVendorCache.set(ctx, p);
  }
  return p;
}

export type WriterAccess = { kind: 'manager' } | { kind: 'vendor'; vendor: VendorRow };

/** Who the caller is as a writer of the catalogue; FORBIDDEN (a userError) when they are neither. */
export async function writerAccess(ctx: ServiceContext): Promise<WriterAccess> {
  requireTenant(ctx);
  if (isManager(ctx.actor)) return { kind: 'manager' };
  if (isVendorUser(ctx.actor)) {
    const vendor = await ownVendor(ctx);
    if (!vendor) throw new DomainError(ErrorCode.FORBIDDEN, 'You have no vendor account here: apply to sell first');
    if (vendor.status !== 'APPROVED') throw new DomainError(ErrorCode.FORBIDDEN, `Your vendor account is ${vendor.status.toLowerCase()}; only approved vendors can sell`);
    return { kind: 'vendor', vendor };
  }
  throw new DomainError(ErrorCode.FORBIDDEN, 'You are not allowed to change the catalogue');
}

/** Only managers: categories, collections, commissions. */
export function requireManager(ctx: ServiceContext): void {
  requireTenant(ctx);
  if (!isManager(ctx.actor)) throw new DomainError(ErrorCode.FORBIDDEN, 'Only administrators and staff may do this');
}

/** What the public may see of a product: active, sold by an approved vendor. */
export const PUBLIC_PRODUCT: Prisma.ProductWhereInput = { status: 'ACTIVE', vendor: { status: 'APPROVED' } };

/** The products the caller may see in the current tenant, as a Prisma filter. */
export async function visibleProducts(ctx: Pick<ServiceContext, 'prisma' | 'actor' | 'tenantId'>): Promise<Prisma.ProductWhereInput> {
  const tenantId = requireTenant(ctx);
  if (readsEverything(ctx.actor)) return { tenantId };
  const vendor = isVendorUser(ctx.actor) ? await ownVendor(ctx) : null;
  return vendor ? { tenantId, OR: [PUBLIC_PRODUCT, { vendorId: vendor.id }] } : { tenantId, ...PUBLIC_PRODUCT };
}

/** The same rule for raw SQL (search): `vendorStatus` is the product's vendor's status. */
export async function visibilityForSql(ctx: Pick<ServiceContext, 'prisma' | 'actor' | 'tenantId'>): Promise<{ all: true } | { all: false; ownVendorId: string | null }> {
  if (readsEverything(ctx.actor)) return { all: true };
  const vendor = isVendorUser(ctx.actor) ? await ownVendor(ctx) : null;
  return { all: false, ownVendorId: vendor?.id ?? null };
}

/** May see a vendor's private details (TIN, contacts, documents, history): its owner, managers, readers. */
export function seesVendorDetails(actor: Actor, vendor: Pick<VendorRow, 'ownerUserId'>): boolean {
  return readsEverything(actor) || (actor.kind === 'user' && !!actor.userId && actor.userId === vendor.ownerUserId);
}

/** URL-safe slug from a name: lower case ASCII letters, digits and single dashes ("Àdìrẹ Shirt" -> "adire-shirt"). */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Validates an explicit slug, or derives one from `name` (falling back to `fallback` when nothing is left). */
export function slugFrom(explicit: string | null | undefined, name: string, fallback: string): { slug: string; explicit: boolean } {
  if (explicit !== undefined && explicit !== null) {
    const s = explicit.trim();
    if (!SLUG_RE.test(s) || s.length > 100) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Slugs are lower-case letters, digits and single dashes (at most 100 characters)', ['slug']);
    return { slug: s, explicit: true };
  }
  return { slug: slugify(name) || fallback, explicit: false };
}

/**
 * The first free slug among base, base-2, base-3... given the taken slugs that start with base. Derived
 * slugs never fail: two products called "Adire Shirt" become adire-shirt and adire-shirt-2.
 */
export function firstFreeSlug(base: string, taken: Iterable<string>): string {
  const set = new Set(taken);
  if (!set.has(base)) return base;
  for (let n = 2; ; n++) if (!set.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Trimmed text within bounds, or BAD_USER_INPUT on `field`. Empty optional text becomes null. */
export function text(value: string | null | undefined, field: string | string[], opts: { min?: number; max: number; required?: boolean; label?: string }): string | null {
  const path = Array.isArray(field) ? field : [field];
  const label = opts.label ?? path[path.length - 1];
  const v = (value ?? '').trim();
  if (!v) {
    if (opts.required) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${label} must not be empty`, path);
    return null;
  }
  if (v.length < (opts.min ?? 1) || v.length > opts.max) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `${label} must be ${opts.min ?? 1} to ${opts.max} characters`, path);
  }
  return v;
}

/** An absolute https URL (media, documents): anything else is refused. */
export function httpsUrl(value: string, field: string[]): string {
  const v = (value ?? '').trim();
  let u: URL | null = null;
  try {
    u = new URL(v);
  } catch {
    u = null;
  }
  if (!u || u.protocol !== 'https:' || !u.hostname || v.length > 2000) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `Not an https URL: ${v.slice(0, 100)}`, field);
  }
  return u.toString();
}

export const BPS_MAX = 10_000;

export function commissionBps(v: number, field: string): number {
  if (!Number.isInteger(v) || v < 0 || v > BPS_MAX) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `Commission must be a whole number of basis points from 0 to ${BPS_MAX}`, [field]);
  }
  return v;
}
