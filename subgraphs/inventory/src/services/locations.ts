import { DomainError, ErrorCode, uuidv7, isUniqueViolation, isUuid, requireTenant } from '@webwaka/kit';
import { TX_OPTIONS, type ServiceContext, type Tx } from './context';
import { StockChanges } from './levels';

export { requireTenant };

const CODE_RE = /^[A-Z0-9][A-Z0-9-]{0,31}$/;
type LocationKind = 'WAREHOUSE' | 'SHOP' | 'POS_TILL' | 'VEHICLE';

function checkName(raw: string | null | undefined) {
  const name = (raw ?? '').trim();
  if (name.length < 1 || name.length > 120) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Name must be 1 to 120 characters', ['name']);
  return name;
}

/** A place stock is kept: a warehouse, a shop, a POS till, a delivery vehicle. */
export async function createLocation(ctx: ServiceContext, input: { code: string; name: string; kind: LocationKind }) {
  const tenantId = requireTenant(ctx);
  const code = (input.code ?? '').trim().toUpperCase();
  if (!CODE_RE.test(code)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Code must be 1-32 letters, digits or dashes', ['code']);
  const name = checkName(input.name);
  try {
    return await ctx.prisma.location.create({ data: { id: uuidv7(), tenantId, code, name, kind: input.kind } });
  } catch (e) {
    if (isUniqueViolation(e, 'code')) throw new DomainError(ErrorCode.ALREADY_EXISTS, 'A location with that code exists', ['code']);
    throw e;
  }
}

/**
 * The tenant's location, or NOT_FOUND (foreign and malformed ids alike). `active`: refuse an inactive
 * one (stock cannot be received, reserved or transferred into a location that is closed).
 */
export async function findLocation(db: Pick<Tx, 'location'>, tenantId: string, id: string | null | undefined, field: string[], opts: { active?: boolean } = {}) {
  const location = isUuid(id) ? await db.location.findFirst({ where: { id, tenantId } }) : null;
  if (!location) throw new DomainError(ErrorCode.NOT_FOUND, 'No such location', field);
  if (opts.active && !location.active) throw new DomainError(ErrorCode.BAD_USER_INPUT, `Location ${location.code} is inactive`, field);
  return location;
}

export async function updateLocation(ctx: ServiceContext, input: { id: string; name?: string | null; kind?: LocationKind | null }) {
  const tenantId = requireTenant(ctx);
  const location = await findLocation(ctx.prisma, tenantId, input.id, ['id']);
  const data: { name?: string; kind?: LocationKind } = {};
  if (input.name !== undefined && input.name !== null) data.name = checkName(input.name);
  if (input.kind) data.kind = input.kind;
  if (!Object.keys(data).length) return location;
  return ctx.prisma.location.update({ where: { id: location.id }, data });
}

/**
 * Closes a location: its stock stops counting as available for sale (storefronts and catalog's
 * availability are told), nothing more can be received, reserved or transferred into it; stock can still
 * be counted (adjusted) and transferred out.
 */
export async function deactivateLocation(ctx: ServiceContext, id: string) {
  const tenantId = requireTenant(ctx);
  const location = await findLocation(ctx.prisma, tenantId, id, ['id']);
  if (!location.active) return location;
  const updated = await ctx.prisma.$transaction(async (tx) => {
    const row = await tx.location.update({ where: { id: location.id }, data: { active: false } });
    const changes = new StockChanges(tenantId);
    const levels = await tx.stockLevel.findMany({ where: { tenantId, locationId: location.id }, select: { variantId: true, onHand: true } });
    for (const l of levels) if (l.onHand > 0) changes.variant(l.variantId);
    await changes.record(tx);
    return row;
  }, TX_OPTIONS);
  ctx.eventsRecorded();
  return updated;
}
