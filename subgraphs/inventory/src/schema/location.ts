import { MAX_PAGE_SIZE, withUserErrors, type RequestContext } from '@webwaka/kit';
import { createLocation, deactivateLocation, updateLocation } from '../services/locations';
import { builder, LocationKindEnum, STOCK_READERS, STOCK_WRITERS } from './builder';

export const Location = builder.prismaObject('Location', {
  description: 'A place stock is kept: warehouse, shop, POS till or delivery vehicle.',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: LocationKindEnum }),
    active: t.exposeBoolean('active', { description: 'Inactive locations keep their stock, but it is not available for sale.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

/** Batch loader for the `location` field of stock types (one query per request, tenant-scoped). */
export async function loadLocations(ids: readonly string[], ctx: RequestContext) {
  const rows = ctx.tenantId ? await ctx.prisma.location.findMany({ where: { id: { in: [...ids] }, tenantId: ctx.tenantId } }) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? new Error(`location ${id} not found`));
}

/** Batch loader for the `sku` field of stock types: the variant's SKU from inventory's item projection. */
export async function loadSkus(ids: readonly string[], ctx: RequestContext) {
  const rows = ctx.tenantId ? await ctx.prisma.inventoryItem.findMany({ where: { variantId: { in: [...ids] }, tenantId: ctx.tenantId }, select: { variantId: true, sku: true } }) : [];
  const byId = new Map(rows.map((r) => [r.variantId, r.sku]));
  return ids.map((id) => byId.get(id) ?? new Error(`item ${id} not found`));
}

builder.queryFields((t) => ({
  locations: t.prismaConnection({
    type: 'Location',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: STOCK_READERS,
    args: { active: t.arg.boolean({ description: 'Only active (true) or inactive (false) locations.' }) },
    resolve: (query, _r, args, ctx) =>
      ctx.prisma.location.findMany({ ...query, where: { tenantId: ctx.tenantId!, ...(typeof args.active === 'boolean' ? { active: args.active } : {}) }, orderBy: { id: 'asc' } }),
  }),
}));

const CreateLocationInput = builder.inputType('CreateLocationInput', {
  fields: (t) => ({
    code: t.string({ required: true }),
    name: t.string({ required: true }),
    kind: t.field({ type: LocationKindEnum, required: true }),
  }),
});

const UpdateLocationInput = builder.inputType('UpdateLocationInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string(),
    kind: t.field({ type: LocationKindEnum }),
  }),
});

const LocationPayload = builder.payloadObject<{ location: Awaited<ReturnType<typeof createLocation>> }>('LocationPayload', (t) => ({
  location: t.field({ type: Location, nullable: true, resolve: (p) => p.location ?? null }),
}));

builder.mutationFields((t) => ({
  createLocation: t.field({
    type: LocationPayload,
    authScopes: STOCK_WRITERS,
    args: { input: t.arg({ type: CreateLocationInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ location: await createLocation(ctx, input) })),
  }),
  updateLocation: t.field({
    type: LocationPayload,
    authScopes: STOCK_WRITERS,
    args: { input: t.arg({ type: UpdateLocationInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ location: await updateLocation(ctx, { ...input, id: String(input.id) }) })),
  }),
  deactivateLocation: t.field({
    type: LocationPayload,
    authScopes: STOCK_WRITERS,
    description: 'Closes a location: its stock stops being available for sale; nothing can be received, reserved or transferred into it.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => withUserErrors(async () => ({ location: await deactivateLocation(ctx, String(id)) })),
  }),
}));
