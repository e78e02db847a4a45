import { MAX_PAGE_SIZE, isUuid, withUserErrors } from '@webwaka/kit';
import { commitReservation, effectiveStatus, releaseReservation, reserveStock, MAX_TTL_SECONDS, MIN_TTL_SECONDS } from '../services/reservations';
import { variantScope } from '../services/access';
import { builder, ReservationStatusEnum, StockChannelEnum, STOCK_READERS, STOCK_WRITERS } from './builder';
import { loadLocations, loadSkus, Location } from './location';
import { ProductVariantRef } from './refs';

export const Reservation = builder.prismaObject('Reservation', {
  description: 'Stock held for a cart or checkout until committed (sold), released, or expired.',
  fields: (t) => ({
    id: t.exposeID('id'),
    variantId: t.exposeID('variantId'),
    variant: t.field({ type: ProductVariantRef, resolve: (r) => ({ id: r.variantId }) }),
    sku: t.loadable({ type: 'String', load: loadSkus, resolve: (r) => r.variantId }),
    location: t.loadable({ type: Location, load: loadLocations, resolve: (r) => r.locationId }),
    channel: t.expose('channel', { type: StockChannelEnum }),
    quantity: t.exposeInt('quantity'),
    status: t.field({ type: ReservationStatusEnum, description: 'An ACTIVE reservation past expiresAt reads EXPIRED: it holds nothing.', resolve: (r) => effectiveStatus(r) }),
    reference: t.exposeString('reference', { nullable: true }),
    idempotencyKey: t.exposeString('idempotencyKey', { nullable: true }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  reservation: t.prismaField({
    type: 'Reservation',
    nullable: true,
    authScopes: STOCK_READERS,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _r, { id }, ctx) =>
      isUuid(String(id)) ? ctx.prisma.reservation.findFirst({ ...query, where: { id: String(id), tenantId: ctx.tenantId!, ...(await variantScope(ctx)) } }) : null,
  }),
  reservations: t.prismaConnection({
    type: 'Reservation',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: STOCK_READERS,
    description: 'Reservations, newest first; `status: ACTIVE` lists only those still holding stock.',
    args: { status: t.arg({ type: ReservationStatusEnum }), reference: t.arg.string() },
    resolve: async (query, _r, args, ctx) => {
      const now = new Date();
      // Stored status lags expiry until the sweeper runs; filter by what readers see.
      const status =
        args.status === 'ACTIVE'
          ? { status: 'ACTIVE' as const, expiresAt: { gt: now } }
          : args.status === 'EXPIRED'
            ? { OR: [{ status: 'EXPIRED' as const }, { status: 'ACTIVE' as const, expiresAt: { lte: now } }] }
            : args.status
              ? { status: args.status }
              : {};
      return ctx.prisma.reservation.findMany({ ...query, where: { tenantId: ctx.tenantId!, ...status, ...(await variantScope(ctx)), ...(args.reference ? { reference: args.reference } : {}) }, orderBy: { id: 'desc' } });
    },
  }),
}));

const ReserveStockInput = builder.inputType('ReserveStockInput', {
  fields: (t) => ({
    variantId: t.id({ description: 'The variant; or name it by sku.' }),
    sku: t.string(),
    quantity: t.int({ required: true }),
    channel: t.field({ type: StockChannelEnum, required: true, description: 'The channel selling it: decides which stock it draws from.' }),
    locationId: t.id({ description: 'Where to hold it; by default the location with the most available stock.' }),
    ttlSeconds: t.int({ required: true, description: `How long to hold it: ${MIN_TTL_SECONDS} to ${MAX_TTL_SECONDS} seconds.` }),
    reference: t.string({ description: 'E.g. the cart or checkout id.' }),
    idempotencyKey: t.string({ description: 'A retried request with the same key returns the first reservation instead of holding more.' }),
  }),
});

const ReservationPayload = builder.payloadObject<{ reservation: Awaited<ReturnType<typeof reserveStock>> }>('ReservationPayload', (t) => ({
  reservation: t.field({ type: Reservation, nullable: true, resolve: (p) => p.reservation ?? null }),
}));

builder.mutationFields((t) => ({
  reserveStock: t.field({
    type: ReservationPayload,
    authScopes: STOCK_WRITERS,
    description: 'Holds stock for a cart or checkout; INSUFFICIENT_STOCK when it is not there. Never oversells.',
    args: { input: t.arg({ type: ReserveStockInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      withUserErrors(async () => ({
        reservation: await reserveStock(ctx, {
          ...input,
          variantId: input.variantId == null ? null : String(input.variantId),
          locationId: input.locationId == null ? null : String(input.locationId),
        }),
      })),
  }),
  commitReservation: t.field({
    type: ReservationPayload,
    authScopes: STOCK_WRITERS,
    description: 'The sale went through: the held stock leaves (journalled as SALE). Idempotent.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => withUserErrors(async () => ({ reservation: await commitReservation(ctx, String(id)) })),
  }),
  releaseReservation: t.field({
    type: ReservationPayload,
    authScopes: STOCK_WRITERS,
    description: 'Gives held stock back. Idempotent.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => withUserErrors(async () => ({ reservation: await releaseReservation(ctx, String(id)) })),
  }),
}));
