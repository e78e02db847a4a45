/**
 * A customer's saved delivery addresses, per shop (tenant) like their account there. Rules:
 *  - only the signed-in user, for their own addresses in the request's tenant: anyone else's id (another
 *    user's, another tenant's, a malformed one) is NOT_FOUND, so an id reveals nothing;
 *  - the fields are checked as commerce's checkout checks a shipping address (same limits; country an
 *    ISO 3166-1 alpha-2 code, NG when not given), plus an optional label;
 *  - at most MAX_ADDRESSES per user per tenant;
 *  - exactly one default while there are any: the first address becomes it, `isDefault` or
 *    `setDefaultAddress` moves it, and removing it hands it to the newest remaining address. A partial
 *    unique index (migration customer_addresses) backs "at most one".
 * Every change is one transaction that first locks the user's row, so concurrent changes of one person's
 * addresses run one after the other (the count and the default stay right).
 */
import { AppError, DomainError, ErrorCode, isUuid, mapPosition, uuidv7 } from '@webwaka/kit';
import type { ServiceContext, Tx } from './context';

export const MAX_ADDRESSES = 20;
const TX_OPTIONS = { maxWait: 60_000, timeout: 30_000 };

export interface AddressInput {
  label?: string | null;
  name: string;
  line1: string;
  line2?: string | null;
  city: string;
  region: string;
  country?: string | null;
  postalCode?: string | null;
  phone?: string | null;
  /** The map position ("Use my location"), both or neither (decision 0090); absent clears it. */
  latitude?: number | null;
  longitude?: number | null;
  /** True makes this the default; false or absent leaves the default where it is. */
  isDefault?: boolean | null;
}

type Owner = { tenantId: string; userId: string };

function requireCustomer(ctx: ServiceContext): Owner {
  if (ctx.actor.kind !== 'user' || !ctx.actor.userId || !ctx.tenantId) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in to do this');
  return { tenantId: ctx.tenantId, userId: ctx.actor.userId };
}

function text(v: string | null | undefined, field: string, max: number, required: boolean): string | null {
  const s = v?.trim() || null;
  if (required && !s) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field} is required`, ['input', field]);
  if (s && s.length > max) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field} is at most ${max} characters`, ['input', field]);
  return s;
}

/** The stored fields of an input, trimmed and checked (nothing is stored for an input refused here). */
function normalise(input: AddressInput) {
  const address = {
    label: text(input.label, 'label', 40, false),
    name: text(input.name, 'name', 120, true)!,
    line1: text(input.line1, 'line1', 200, true)!,
    line2: text(input.line2, 'line2', 200, false),
    city: text(input.city, 'city', 100, true)!,
    region: text(input.region, 'region', 100, true)!,
    country: (text(input.country, 'country', 2, false) ?? 'NG').toUpperCase(),
    postalCode: text(input.postalCode, 'postalCode', 20, false),
    phone: text(input.phone, 'phone', 30, false),
    ...(mapPosition(input.latitude, input.longitude, ['input', 'position']) ?? { latitude: null, longitude: null }),
  };
  if (!/^[A-Z]{2}$/.test(address.country)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'country must be an ISO 3166-1 alpha-2 code, e.g. NG', ['input', 'country']);
  return address;
}

/** Serialises one person's address changes (see the file comment). */
async function lockOwner(tx: Tx, owner: Owner) {
  await tx.$queryRaw`SELECT 1 FROM "identity"."User" WHERE "id" = ${owner.userId}::uuid FOR UPDATE`;
}

async function findOwn(tx: Tx, owner: Owner, id: string) {
  const address = isUuid(id) ? await tx.customerAddress.findFirst({ where: { id, ...owner } }) : null;
  if (!address) throw new DomainError(ErrorCode.NOT_FOUND, 'No such address', ['id']);
  return address;
}

async function clearDefault(tx: Tx, owner: Owner) {
  await tx.customerAddress.updateMany({ where: { ...owner, isDefault: true }, data: { isDefault: false } });
}

/** The signed-in user's addresses here: the default first, then the newest. */
export async function myAddresses(ctx: ServiceContext) {
  const owner = requireCustomer(ctx);
  return ctx.prisma.customerAddress.findMany({ where: owner, orderBy: [{ isDefault: 'desc' }, { createdAt: 'desc' }, { id: 'desc' }] });
}

export async function addAddress(ctx: ServiceContext, input: AddressInput) {
  const owner = requireCustomer(ctx);
  const fields = normalise(input);
  return ctx.prisma.$transaction(async (tx) => {
    await lockOwner(tx, owner);
    const count = await tx.customerAddress.count({ where: owner });
    if (count >= MAX_ADDRESSES) throw new DomainError(ErrorCode.BAD_USER_INPUT, `You can save at most ${MAX_ADDRESSES} addresses; remove one first`, ['input']);
    const isDefault = count === 0 || !!input.isDefault;
    if (isDefault) await clearDefault(tx, owner);
    return tx.customerAddress.create({ data: { id: uuidv7(), ...owner, ...fields, isDefault } });
  }, TX_OPTIONS);
}

/** Replaces the address's fields; `isDefault: true` also makes it the default. */
export async function updateAddress(ctx: ServiceContext, id: string, input: AddressInput) {
  const owner = requireCustomer(ctx);
  const fields = normalise(input);
  return ctx.prisma.$transaction(async (tx) => {
    await lockOwner(tx, owner);
    const address = await findOwn(tx, owner, id);
    const makeDefault = !!input.isDefault && !address.isDefault;
    if (makeDefault) await clearDefault(tx, owner);
    return tx.customerAddress.update({ where: { id: address.id }, data: { ...fields, ...(makeDefault ? { isDefault: true } : {}) } });
  }, TX_OPTIONS);
}

export async function setDefaultAddress(ctx: ServiceContext, id: string) {
  const owner = requireCustomer(ctx);
  return ctx.prisma.$transaction(async (tx) => {
    await lockOwner(tx, owner);
    const address = await findOwn(tx, owner, id);
    if (address.isDefault) return address;
    await clearDefault(tx, owner);
    return tx.customerAddress.update({ where: { id: address.id }, data: { isDefault: true } });
  }, TX_OPTIONS);
}

/** Removes the address; when it was the default, the newest remaining one becomes the default. */
export async function removeAddress(ctx: ServiceContext, id: string) {
  const owner = requireCustomer(ctx);
  return ctx.prisma.$transaction(async (tx) => {
    await lockOwner(tx, owner);
    const address = await findOwn(tx, owner, id);
    await tx.customerAddress.delete({ where: { id: address.id } });
    if (address.isDefault) {
      const newest = await tx.customerAddress.findFirst({ where: owner, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
      if (newest) await tx.customerAddress.update({ where: { id: newest.id }, data: { isDefault: true } });
    }
    return address;
  }, TX_OPTIONS);
}
