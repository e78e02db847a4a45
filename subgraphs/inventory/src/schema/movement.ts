import { MAX_PAGE_SIZE, isUuid } from '@webwaka/kit';
import { variantScope } from '../services/access';
import { builder, MovementReasonEnum, StockChannelEnum, STOCK_READERS } from './builder';
import { loadLocations, loadSkus, Location } from './location';
import { ProductVariantRef } from './refs';

export const StockMovement = builder.prismaObject('StockMovement', {
  description: 'One entry of the append-only stock journal: a signed change of onHand with its reason.',
  fields: (t) => ({
    id: t.exposeID('id'),
    variantId: t.exposeID('variantId'),
    variant: t.field({ type: ProductVariantRef, resolve: (m) => ({ id: m.variantId }) }),
    sku: t.loadable({ type: 'String', load: loadSkus, resolve: (m) => m.variantId }),
    location: t.loadable({ type: Location, load: loadLocations, resolve: (m) => m.locationId }),
    quantity: t.exposeInt('quantity', { description: 'Signed: positive into the location, negative out of it.' }),
    reason: t.expose('reason', { type: MovementReasonEnum }),
    channel: t.expose('channel', { type: StockChannelEnum, nullable: true }),
    reference: t.exposeString('reference', { nullable: true }),
    clientId: t.exposeString('clientId', { nullable: true, description: 'Offline movements: the id the device gave it.' }),
    deviceId: t.exposeString('deviceId', { nullable: true }),
    actorUserId: t.exposeID('actorUserId', { nullable: true }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

export const Transfer = builder.prismaObject('Transfer', {
  fields: (t) => ({
    id: t.exposeID('id'),
    variantId: t.exposeID('variantId'),
    sku: t.loadable({ type: 'String', load: loadSkus, resolve: (m) => m.variantId }),
    from: t.loadable({ type: Location, load: loadLocations, resolve: (m) => m.fromLocationId }),
    to: t.loadable({ type: Location, load: loadLocations, resolve: (m) => m.toLocationId }),
    quantity: t.exposeInt('quantity'),
    reference: t.exposeString('reference', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  stockMovements: t.prismaConnection({
    type: 'StockMovement',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: STOCK_READERS,
    description: 'The stock journal, newest first, optionally for one variant (by id or SKU), location or reason, within a time window (occurredAt).',
    args: {
      variantId: t.arg.id(),
      sku: t.arg.string(),
      locationId: t.arg.id(),
      reason: t.arg({ type: MovementReasonEnum }),
      occurredAfter: t.arg({ type: 'DateTime' }),
      occurredBefore: t.arg({ type: 'DateTime' }),
    },
    resolve: async (query, _r, args, ctx) => {
      const tenantId = ctx.tenantId!;
      let variantId = args.variantId ? String(args.variantId) : undefined;
      if (args.sku) {
        const item = await ctx.prisma.inventoryItem.findUnique({ where: { tenantId_sku: { tenantId, sku: args.sku.trim() } } });
        if (!item || (variantId && variantId !== item.variantId)) return [];
        variantId = item.variantId;
      }
      const locationId = args.locationId ? String(args.locationId) : undefined;
      // A malformed id filters to nothing rather than failing the query.
      if ((variantId && !isUuid(variantId)) || (locationId && !isUuid(locationId))) return [];
      return ctx.prisma.stockMovement.findMany({
        ...query,
        where: {
          tenantId,
          AND: [variantId ? { variantId } : {}, await variantScope(ctx)],
          ...(locationId ? { locationId } : {}),
          ...(args.reason ? { reason: args.reason } : {}),
          ...(args.occurredAfter || args.occurredBefore ? { occurredAt: { ...(args.occurredAfter ? { gte: args.occurredAfter } : {}), ...(args.occurredBefore ? { lt: args.occurredBefore } : {}) } } : {}),
        },
        orderBy: { id: 'desc' },
      });
    },
  }),
}));
