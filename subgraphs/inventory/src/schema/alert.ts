import { MAX_PAGE_SIZE, withUserErrors } from '@webwaka/kit';
import { acknowledgeAlert, resolveStockConflict } from '../services/stock';
import { variantScope } from '../services/access';
import { AlertKindEnum, builder, ConflictStatusEnum, STOCK_READERS, STOCK_WRITERS } from './builder';
import { loadLocations, loadSkus, Location } from './location';

export const StockAlert = builder.prismaObject('StockAlert', {
  description: 'Something about stock someone should look at: a level crossed its low-stock threshold, or an offline sale exceeded the stock.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.expose('kind', { type: AlertKindEnum }),
    variantId: t.exposeID('variantId'),
    sku: t.loadable({ type: 'String', load: loadSkus, resolve: (a) => a.variantId }),
    location: t.loadable({ type: Location, load: loadLocations, resolve: (a) => a.locationId }),
    available: t.exposeInt('available', { description: 'Available stock when the alert was raised.' }),
    threshold: t.exposeInt('threshold', { nullable: true }),
    message: t.exposeString('message'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    acknowledgedAt: t.expose('acknowledgedAt', { type: 'DateTime', nullable: true }),
  }),
});

export const StockConflict = builder.prismaObject('StockConflict', {
  description: 'An offline movement that could not be applied in full: the sale happened, the stock was short by `shortfall`.',
  fields: (t) => ({
    id: t.exposeID('id'),
    variantId: t.exposeID('variantId'),
    sku: t.loadable({ type: 'String', load: loadSkus, resolve: (c) => c.variantId }),
    location: t.loadable({ type: Location, load: loadLocations, resolve: (c) => c.locationId }),
    clientId: t.exposeString('clientId'),
    requested: t.exposeInt('requested'),
    applied: t.exposeInt('applied'),
    shortfall: t.exposeInt('shortfall'),
    status: t.expose('status', { type: ConflictStatusEnum }),
    note: t.exposeString('note', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    resolvedAt: t.expose('resolvedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.queryFields((t) => ({
  stockAlerts: t.prismaConnection({
    type: 'StockAlert',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: STOCK_READERS,
    description: 'Alerts, newest first.',
    args: { kind: t.arg({ type: AlertKindEnum }), acknowledged: t.arg.boolean() },
    resolve: async (query, _r, args, ctx) =>
      ctx.prisma.stockAlert.findMany({
        ...query,
        where: {
          tenantId: ctx.tenantId!,
          ...(await variantScope(ctx)),
          ...(args.kind ? { kind: args.kind } : {}),
          ...(typeof args.acknowledged === 'boolean' ? { acknowledgedAt: args.acknowledged ? { not: null } : null } : {}),
        },
        orderBy: { id: 'desc' },
      }),
  }),
  stockConflicts: t.prismaConnection({
    type: 'StockConflict',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: STOCK_READERS,
    description: 'Offline shortfalls, newest first.',
    args: { status: t.arg({ type: ConflictStatusEnum }) },
    resolve: async (query, _r, args, ctx) =>
      ctx.prisma.stockConflict.findMany({ ...query, where: { tenantId: ctx.tenantId!, ...(await variantScope(ctx)), ...(args.status ? { status: args.status } : {}) }, orderBy: { id: 'desc' } }),
  }),
}));

const StockAlertPayload = builder.payloadObject<{ alert: Awaited<ReturnType<typeof acknowledgeAlert>> }>('StockAlertPayload', (t) => ({
  alert: t.field({ type: StockAlert, nullable: true, resolve: (p) => p.alert ?? null }),
}));
const StockConflictPayload = builder.payloadObject<{ conflict: Awaited<ReturnType<typeof resolveStockConflict>> }>('StockConflictPayload', (t) => ({
  conflict: t.field({ type: StockConflict, nullable: true, resolve: (p) => p.conflict ?? null }),
}));

builder.mutationFields((t) => ({
  acknowledgeAlert: t.field({
    type: StockAlertPayload,
    authScopes: STOCK_WRITERS,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => withUserErrors(async () => ({ alert: await acknowledgeAlert(ctx, String(id)) })),
  }),
  resolveStockConflict: t.field({
    type: StockConflictPayload,
    authScopes: STOCK_WRITERS,
    description: 'Marks a shortfall as dealt with (e.g. after a recount), with a note.',
    args: { id: t.arg.id({ required: true }), note: t.arg.string() },
    resolve: (_r, args, ctx) => withUserErrors(async () => ({ conflict: await resolveStockConflict(ctx, { id: String(args.id), note: args.note }) })),
  }),
}));
