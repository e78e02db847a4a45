/**
 * Vendors: marketplace applications and the approval state machine, and a store's own vendor.
 *
 * State machine (VENDOR_TRANSITIONS): apply -> PENDING; approve/reject a PENDING application; suspend an
 * APPROVED vendor and reinstate a SUSPENDED one; a REJECTED applicant may apply again (back to PENDING).
 * Anything else is INVALID_TRANSITION. Every transition, in one transaction: a compare-and-set update of
 * the status (so two admins acting at once cannot both move the same vendor), a VendorStatusChange row
 * (append-only: a trigger refuses updates and deletes) with the actor and reason, and an outbox event
 * `catalog.vendor.status_changed`.
 *
 * The catalogue does not know tenant kinds (identity owns them). A store is simply a tenant with one
 * vendor: `ensureStoreVendor` creates it (APPROVED) the first time a product is created without a vendor.
 * Applications are open to any signed-in member of a tenant and take effect only when an administrator
 * approves them, so a store whose administrators approve nobody stays single-vendor.
 */
import { ADMIN_ROLES, DomainError, ErrorCode, encryptSecret, isUniqueViolation, isUuid, recordEvent, tenantLinks, TOPICS, uuidv7, type Peers } from '@webwaka/kit';
import type { VendorStatus } from '@webwaka/kit/src/generated/prisma/enums';
import { firstFreeSlug, httpsUrl, requireTenant, slugFrom, text, type VendorRow } from './access';
import type { ServiceContext, Tx } from './context';
import { recordVendorMessage } from './vendor-messages';

export type { VendorStatus };

/** Nigerian Tax Identification Number: 8 digits, a dash, 4 digits. */
export const TIN_RE = /^\d{8}-\d{4}$/;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE_RE = /^\+?[0-9][0-9 ()-]{6,19}$/;
const MAX_DOCUMENTS = 10;

export type VendorAction = 'apply' | 'approve' | 'reject' | 'suspend' | 'reinstate';

/** THE allowed transitions: from which states each action may be taken, and where it leads. */
export const VENDOR_TRANSITIONS: Record<VendorAction, { from: readonly (VendorStatus | null)[]; to: VendorStatus; reasonRequired: boolean }> = {
  apply: { from: [null, 'REJECTED'], to: 'PENDING', reasonRequired: false },
  approve: { from: ['PENDING'], to: 'APPROVED', reasonRequired: false },
  reject: { from: ['PENDING'], to: 'REJECTED', reasonRequired: true },
  suspend: { from: ['APPROVED'], to: 'SUSPENDED', reasonRequired: true },
  reinstate: { from: ['SUSPENDED'], to: 'APPROVED', reasonRequired: false },
};

/** Where `action` leads from `from`, or null when the table does not allow it. */
export function nextVendorStatus(from: VendorStatus | null, action: VendorAction): VendorStatus | null {
  const rule = VENDOR_TRANSITIONS[action];
  return rule.from.includes(from) ? rule.to : null;
}

export interface VendorApplicationInput {
  businessName: string;
  legalName: string;
  tin: string;
  email: string;
  phone: string;
  address: string;
  documentUrls?: string[] | null;
  slug?: string | null;
}

/** A vendor's contact details (an application, a profile edit); BAD_USER_INPUT on the first bad field, under `prefix`. */
export function validateContact(input: { email: string; phone: string; address: string }, prefix: string[]) {
  const email = (input.email ?? '').trim().toLowerCase();
  if (!EMAIL_RE.test(email) || email.length > 254) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Not an e-mail address', [...prefix, 'email']);
  const phone = (input.phone ?? '').trim();
  if (!PHONE_RE.test(phone)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Not a phone number (digits, optionally starting with +)', [...prefix, 'phone']);
  const address = text(input.address, [...prefix, 'address'], { min: 5, max: 500, required: true, label: 'Address' })!;
  return { email, phone, address };
}

/** Checks and normalises an application; BAD_USER_INPUT on the first bad field. */
export function validateApplication(input: VendorApplicationInput) {
  const name = text(input.businessName, 'businessName', { min: 2, max: 120, required: true, label: 'Business name' })!;
  const legalName = text(input.legalName, 'legalName', { min: 2, max: 200, required: true, label: 'Legal name' })!;
  const tin = (input.tin ?? '').trim();
  if (!TIN_RE.test(tin)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A Nigerian TIN is 8 digits, a dash and 4 digits (12345678-0001)', ['tin']);
  const { email, phone, address } = validateContact(input, []);
  const docs = input.documentUrls ?? [];
  if (docs.length > MAX_DOCUMENTS) throw new DomainError(ErrorCode.BAD_USER_INPUT, `At most ${MAX_DOCUMENTS} documents`, ['documentUrls']);
  const documentUrls = docs.map((u, i) => httpsUrl(u, ['documentUrls', String(i)]));
  const { slug, explicit } = slugFrom(input.slug, name, 'vendor');
  return { name, legalName, tin, email, phone, address, documentUrls, slug, explicitSlug: explicit };
}

async function appendChange(tx: Tx, e: { tenantId: string; vendorId: string; ownerUserId: string | null; from: VendorStatus | null; to: VendorStatus; reason: string | null; actorUserId: string | null }): Promise<string> {
  const changeId = uuidv7();
  await tx.vendorStatusChange.create({
    data: { id: changeId, tenantId: e.tenantId, vendorId: e.vendorId, fromStatus: e.from, toStatus: e.to, reason: e.reason, actorUserId: e.actorUserId },
  });
  await recordEvent(tx, {
    tenantId: e.tenantId,
    // Every vendor status change; identity consumes it: the owner holds the VENDOR role while the vendor is APPROVED.
    topic: TOPICS.CATALOG_VENDOR_STATUS_CHANGED,
    // ownerUserId: identity grants (APPROVED) or takes back the owner's VENDOR role from it (decision 0026).
    payload: { changeId, vendorId: e.vendorId, tenantId: e.tenantId, ownerUserId: e.ownerUserId, from: e.from, to: e.to, reason: e.reason, actorUserId: e.actorUserId },
  });
  return changeId;
}

/** Serialises work on one key within the transaction (released at commit), on PostgreSQL and PGlite alike. */
export const lockKey = (tx: Tx, key: string) => tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;

/**
 * The signed-in user applies to sell in the current tenant: a PENDING vendor they own. One vendor account
 * per user and tenant: while one is pending, approved or suspended, another application is ALREADY_EXISTS;
 * a rejected applicant re-applies with corrected details (REJECTED -> PENDING, same vendor).
 */
export async function applyAsVendor(ctx: ServiceContext, input: VendorApplicationInput): Promise<VendorRow> {
  const tenantId = requireTenant(ctx);
  const userId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  if (!userId) throw new DomainError(ErrorCode.FORBIDDEN, 'Sign in to apply as a vendor');
  const v = validateApplication(input);
  try {
    const vendor = await ctx.prisma.$transaction(async (tx) => {
      await lockKey(tx, `catalog.vendor-application:${tenantId}:${userId}`);
      const existing = await tx.vendor.findFirst({ where: { tenantId, ownerUserId: userId }, orderBy: { createdAt: 'desc' } });
      if (existing && !nextVendorStatus(existing.status, 'apply')) {
        throw new DomainError(ErrorCode.ALREADY_EXISTS, `You already have a vendor account here (${existing.status.toLowerCase()})`);
      }
      const details = { name: v.name, legalName: v.legalName, tin: v.tin, email: v.email, phone: v.phone, address: v.address, documentUrls: v.documentUrls };
      if (existing) {
        // Re-application after a rejection: same vendor, corrected details, back in the queue.
        const moved = await tx.vendor.updateMany({ where: { id: existing.id, tenantId, status: existing.status }, data: { ...details, status: 'PENDING' } });
        if (moved.count !== 1) throw new DomainError(ErrorCode.INVALID_TRANSITION, 'Your application changed meanwhile; try again');
        await appendChange(tx, { tenantId, vendorId: existing.id, ownerUserId: userId, from: existing.status, to: 'PENDING', reason: 'applied again', actorUserId: userId });
        return tx.vendor.findUniqueOrThrow({ where: { id: existing.id } });
      }
      const taken = await tx.vendor.findMany({ where: { tenantId, slug: { startsWith: v.slug } }, select: { slug: true } });
      if (v.explicitSlug && taken.some((t) => t.slug === v.slug)) throw new DomainError(ErrorCode.SLUG_TAKEN, 'That vendor slug is taken', ['slug']);
      const created = await tx.vendor.create({
        data: { id: uuidv7(), tenantId, slug: firstFreeSlug(v.slug, taken.map((t) => t.slug)), ...details, ownerUserId: userId, status: 'PENDING' },
      });
      await appendChange(tx, { tenantId, vendorId: created.id, ownerUserId: userId, from: null, to: 'PENDING', reason: null, actorUserId: userId });
      return created;
    });
    ctx.eventsRecorded();
    return vendor;
  } catch (e) {
    // Two different applicants deriving the same slug at the same instant: the unique index decides.
    if (isUniqueViolation(e, 'slug')) throw new DomainError(ErrorCode.SLUG_TAKEN, 'That vendor slug was just taken; try again', ['slug']);
    throw e;
  }
}

/** Moves a vendor of the current tenant through the state machine (admins). */
export async function transitionVendor(ctx: ServiceContext & { peers?: Peers }, vendorId: string, action: Exclude<VendorAction, 'apply'>, reasonInput?: string | null): Promise<VendorRow> {
  const tenantId = requireTenant(ctx);
  const rule = VENDOR_TRANSITIONS[action];
  const reason = text(reasonInput, 'reason', { max: 1000, required: rule.reasonRequired, label: 'Reason' });
  const vendor = isUuid(vendorId) ? await ctx.prisma.vendor.findFirst({ where: { id: vendorId, tenantId } }) : null;
  if (!vendor) throw new DomainError(ErrorCode.NOT_FOUND, 'No such vendor', ['id']);
  const to = nextVendorStatus(vendor.status, action);
  if (!to) throw new DomainError(ErrorCode.INVALID_TRANSITION, `Cannot ${action} a vendor that is ${vendor.status.toLowerCase()}`, ['id']);
  // The vendor's message links to the storefront (identity knows the tenant's address; asked before the transaction).
  const links = ctx.peers ? await tenantLinks(ctx.peers, tenantId, 'catalog', ctx.requestId) : null;
  const updated = await ctx.prisma.$transaction(async (tx) => {
    // Compare-and-set: if another admin moved the vendor since we read it, nothing matches.
    const moved = await tx.vendor.updateMany({ where: { id: vendor.id, tenantId, status: vendor.status }, data: { status: to } });
    if (moved.count !== 1) throw new DomainError(ErrorCode.INVALID_TRANSITION, 'The vendor changed meanwhile; reload and try again', ['id']);
    const changeId = await appendChange(tx, { tenantId, vendorId: vendor.id, ownerUserId: vendor.ownerUserId, from: vendor.status, to, reason, actorUserId: ctx.actor.userId });
    await recordVendorMessage(tx, tenantId, vendor, { id: changeId, action, to, reason }, links);
    return tx.vendor.findUniqueOrThrow({ where: { id: vendor.id } });
  });
  ctx.eventsRecorded();
  return updated;
}

export const approveVendor = (ctx: ServiceContext, id: string, reason?: string | null) => transitionVendor(ctx, id, 'approve', reason);
export const rejectVendor = (ctx: ServiceContext, id: string, reason: string) => transitionVendor(ctx, id, 'reject', reason);
export const suspendVendor = (ctx: ServiceContext, id: string, reason: string) => transitionVendor(ctx, id, 'suspend', reason);
export const reinstateVendor = (ctx: ServiceContext, id: string, reason?: string | null) => transitionVendor(ctx, id, 'reinstate', reason);

/**
 * Inside a transaction: the tenant's single vendor when it has exactly one, creating it (APPROVED, owned
 * by nobody) when it has none. Null when the tenant has several vendors (a marketplace: the caller must
 * say which). Serialised per tenant, so two first products at once create one vendor.
 */
export async function singleVendorIn(tx: Tx, tenantId: string, name: string, actorUserId: string | null): Promise<VendorRow | null> {
  await lockKey(tx, `catalog.store-vendor:${tenantId}`);
  const vendors = await tx.vendor.findMany({ where: { tenantId }, take: 2, orderBy: { createdAt: 'asc' } });
  if (vendors.length === 1) return vendors[0];
  if (vendors.length > 1) return null;
  const storeName = text(name, 'name', { max: 120, required: true, label: 'Store name' })!;
  const taken = await tx.vendor.findMany({ where: { tenantId }, select: { slug: true } });
  const vendor = await tx.vendor.create({
    data: { id: uuidv7(), tenantId, slug: firstFreeSlug(slugFrom(null, storeName, 'store').slug, taken.map((t) => t.slug)), name: storeName, email: '', documentUrls: [], status: 'APPROVED' },
  });
  await appendChange(tx, { tenantId, vendorId: vendor.id, ownerUserId: null, from: null, to: 'APPROVED', reason: 'the store is its own vendor', actorUserId });
  return vendor;
}

/**
 * A store (single-vendor tenant) is its own vendor: returns the tenant's vendor, creating it APPROVED under
 * `name` if the tenant has none yet. FORBIDDEN-free by design: callers (seeders, createProduct) decide who
 * may. Refuses (BAD_USER_INPUT) a tenant that already has several vendors.
 */
export async function ensureStoreVendor(ctx: Pick<ServiceContext, 'prisma' | 'eventsRecorded'> & { actor?: ServiceContext['actor'] }, tenantId: string, name: string): Promise<VendorRow> {
  const vendor = await ctx.prisma.$transaction((tx) => singleVendorIn(tx, tenantId, name, ctx.actor?.userId ?? null));
  if (!vendor) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'This tenant has several vendors: it is a marketplace, not a single store', ['tenantId']);
  ctx.eventsRecorded();
  return vendor;
}

/** The vendor `id` of the current tenant if the caller may see it: approved vendors publicly; any status for its owner and managers. */
export async function findVendor(ctx: Pick<ServiceContext, 'prisma' | 'tenantId'>, id: string, opts: { anyStatus: boolean; ownerUserId?: string | null }) {
  if (!ctx.tenantId || !isUuid(id)) return null;
  const vendor = await ctx.prisma.vendor.findFirst({ where: { id, tenantId: ctx.tenantId } });
  if (!vendor) return null;
  if (vendor.status === 'APPROVED' || opts.anyStatus || (opts.ownerUserId && vendor.ownerUserId === opts.ownerUserId)) return vendor;
  return null;
}


/** A Nigerian bank account number: NUBAN, 10 digits. */
export const NUBAN_RE = /^\d{10}$/;

/**
 * Sets where a vendor's payouts go (decision 0031): bank name, account name, NUBAN account number. Only
 * the vendor's owner and the tenant's administrators with the second factor may (not staff, not keys:
 * changing where money goes is an administrator's act). The number is sealed at rest (AES-GCM, kit's
 * encryptSecret) and only its last 4 digits are ever shown. NOT_FOUND for a vendor the caller may not change.
 */
export async function setVendorPayoutBank(ctx: ServiceContext, vendorId: string, input: { bankName: string; accountName: string; accountNumber: string }): Promise<VendorRow> {
  const tenantId = requireTenant(ctx);
  const actor = ctx.actor;
  const admin = actor.kind === 'user' && actor.roles.some((r) => ADMIN_ROLES.includes(r));
  const vendor = isUuid(vendorId) ? await ctx.prisma.vendor.findFirst({ where: { id: vendorId, tenantId } }) : null;
  const owner = !!vendor && actor.kind === 'user' && !!actor.userId && vendor.ownerUserId === actor.userId;
  if (!vendor || !(owner || admin)) throw new DomainError(ErrorCode.NOT_FOUND, 'No such vendor', ['vendorId']);
  if (!owner && !actor.mfa) throw new DomainError(ErrorCode.TWO_FACTOR_REQUIRED, 'Turn on two-factor authentication to change a vendor\'s bank details');
  const bankName = text(input.bankName, ['input', 'bankName'], { min: 2, max: 100, required: true, label: 'Bank name' })!;
  const accountName = text(input.accountName, ['input', 'accountName'], { min: 2, max: 120, required: true, label: 'Account name' })!;
  const accountNumber = String(input.accountNumber ?? '').replace(/[\s-]/g, '');
  if (!NUBAN_RE.test(accountNumber)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The account number is the 10-digit NUBAN', ['input', 'accountNumber']);
  return ctx.prisma.vendor.update({
    where: { id: vendor.id },
    data: { payoutBankName: bankName, payoutAccountName: accountName, payoutAccountNumberSealed: encryptSecret(accountNumber), payoutAccountLast4: accountNumber.slice(-4) },
  });
}

export interface VendorProfileInput {
  name: string;
  email: string;
  phone: string;
  address: string;
}

/**
 * The signed-in vendor edits its own profile: public name, e-mail, phone, address (the same checks as an
 * application). Only the owner of the caller's vendor in the current tenant, holding the VENDOR role (so an
 * approved vendor: identity grants the role on approval); there is no id to name, so no other vendor can be
 * reached. The slug stays (links keep working); the legal name and TIN were what the administrators approved,
 * so they are not editable here. Administrators and staff do not edit a vendor's profile (FORBIDDEN).
 * A status is not changed, so nothing joins the status trail; the gateway drops the tenant's cached
 * anonymous reads on every mutation, so the public vendor name is fresh at once.
 */
export async function updateMyVendorProfile(ctx: ServiceContext, input: VendorProfileInput): Promise<VendorRow> {
  const tenantId = requireTenant(ctx);
  const actor = ctx.actor;
  if (actor.kind !== 'user' || !actor.userId || !actor.roles.includes('VENDOR')) throw new DomainError(ErrorCode.FORBIDDEN, 'Only a vendor edits its own profile');
  const vendor = await ctx.prisma.vendor.findFirst({ where: { tenantId, ownerUserId: actor.userId }, orderBy: { createdAt: 'desc' } });
  if (!vendor) throw new DomainError(ErrorCode.NOT_FOUND, 'You have no vendor account here');
  const name = text(input.name, ['input', 'name'], { min: 2, max: 120, required: true, label: 'Business name' })!;
  const contact = validateContact(input, ['input']);
  const updated = await ctx.prisma.vendor.updateMany({ where: { id: vendor.id, tenantId, ownerUserId: actor.userId }, data: { name, ...contact } });
  if (updated.count !== 1) throw new DomainError(ErrorCode.NOT_FOUND, 'You have no vendor account here');
  return ctx.prisma.vendor.findUniqueOrThrow({ where: { id: vendor.id } });
}
