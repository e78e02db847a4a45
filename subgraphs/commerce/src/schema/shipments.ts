/**
 * Shipments in the API (decision 0086): the back office creates and follows them, the rider's page works
 * its list, the customer's order page reads its order's shipments with the delivery code.
 */
import { ADMIN_ROLES, config, DomainError, ErrorCode, withUserErrors, type RoleName } from '@webwaka/kit';
import { COLLECTION_WAYS } from '../services/pay-on-delivery';
import { sandboxCarrierWebhook } from '../services/carriers/sandbox';
import { sellingTenant } from '../services/tenant';
import {
  CARRIER_NAMES,
  closeShipment,
  createShipment,
  customerCode,
  deliverShipment,
  listShipments,
  MAX_CODE_TRIES,
  myDeliveries,
  orderShipments,
  overrideShipmentDelivery,
  quoteShipment,
  receiveCarrierWebhook,
  shipment,
  SHIPMENT_STATUSES,
  stepShipment,
  type Collection,
} from '../services/shipments';
import { builder, DELIVERERS, money, ORDER_MANAGERS, VENDOR_FULFILLERS } from './builder';

/** The rider's steps: riders, staff and administrators (people: a pay-on-delivery collection names who holds the cash), or a key with commerce:write. */
const ROAD_STEPPERS = { ...ORDER_MANAGERS, roles: DELIVERERS.roles };
const DELIVERY_OVERRIDERS = { roles: [...ADMIN_ROLES] as RoleName[] };

export const CarrierNameEnum = builder.enumType('CarrierName', { values: CARRIER_NAMES, description: 'OWN_RIDERS: the shop’s staff deliver; SANDBOX: the simulated carrier; KWIK: Kwik Delivery with the shop’s own account (decision 0090).' });
export const ShipmentStatusEnum = builder.enumType('ShipmentStatus', { values: SHIPMENT_STATUSES });
const RiderStepEnum = builder.enumType('ShipmentRiderStep', { values: ['PICKED_UP', 'OUT_FOR_DELIVERY', 'FAILED'] as const });
const ShipmentCloseEnum = builder.enumType('ShipmentClose', { values: ['CANCELLED', 'RETURNED'] as const });
const CollectionWayRef = builder.enumType('ShipmentCollectionWay', { values: COLLECTION_WAYS, description: 'How the rider took a pay-on-delivery order’s money.' });

type Ctx = Parameters<typeof listShipments>[0];

/**
 * What a shipment shows of its order and lines, read once per request and order (the root fields return
 * service rows, so Pothos' `select` cannot load relations for them).
 */
const facts = new WeakMap<object, Map<string, Promise<unknown>>>();
function once<T>(ctx: Ctx, key: string, load: () => Promise<T>): Promise<T> {
  let memo = facts.get(ctx);
  if (!memo) facts.set(ctx, (memo = new Map()));
  if (!memo.has(key)) memo.set(key, load());
  return memo.get(key) as Promise<T>;
}
const orderFacts = (ctx: Ctx, orderId: string) =>
  once(ctx, `order:${orderId}`, () =>
    ctx.prisma.order.findUniqueOrThrow({
      where: { id: orderId },
      select: { number: true, status: true, shippingAddress: true, payments: { where: { method: 'PAY_ON_DELIVERY', status: 'PENDING' }, select: { amount: true, currency: true } } },
    }),
  );
const lineFacts = (ctx: Ctx, orderLineId: string) => once(ctx, `line:${orderLineId}`, () => ctx.prisma.orderLine.findUniqueOrThrow({ where: { id: orderLineId }, select: { title: true, sku: true } }));

const text = (a: unknown, k: string) => {
  const v = (a as Record<string, unknown> | null)?.[k];
  return typeof v === 'string' ? v : null;
};

const ShipmentAddress = builder.objectRef<Record<string, unknown>>('ShipmentAddress').implement({
  description: 'Where the shipment goes (the order’s delivery address).',
  fields: (t) => ({
    name: t.string({ nullable: true, resolve: (a) => text(a, 'name') }),
    phone: t.string({ nullable: true, resolve: (a) => text(a, 'phone') }),
    line1: t.string({ nullable: true, resolve: (a) => text(a, 'line1') }),
    line2: t.string({ nullable: true, resolve: (a) => text(a, 'line2') }),
    city: t.string({ nullable: true, resolve: (a) => text(a, 'city') }),
    region: t.string({ nullable: true, description: 'State (Lagos, Kano...).', resolve: (a) => text(a, 'region') }),
    country: t.string({ nullable: true, resolve: (a) => text(a, 'country') }),
    latitude: t.float({ nullable: true, description: 'The customer’s map position, when they shared it (decision 0090).', resolve: (a) => (typeof a.latitude === 'number' ? a.latitude : null) }),
    longitude: t.float({ nullable: true, resolve: (a) => (typeof a.longitude === 'number' ? a.longitude : null) }),
  }),
});

builder.prismaObject('ShipmentItem', {
  fields: (t) => ({
    id: t.exposeID('id'),
    orderLineId: t.exposeID('orderLineId'),
    quantity: t.exposeInt('quantity'),
    title: t.string({ resolve: async (i, _a, ctx) => (await lineFacts(ctx, i.orderLineId)).title }),
    sku: t.string({ resolve: async (i, _a, ctx) => (await lineFacts(ctx, i.orderLineId)).sku }),
  }),
});

builder.prismaObject('ShipmentPackage', {
  fields: (t) => ({
    id: t.exposeID('id'),
    weightGrams: t.exposeInt('weightGrams'),
    lengthMm: t.exposeInt('lengthMm'),
    widthMm: t.exposeInt('widthMm'),
    heightMm: t.exposeInt('heightMm'),
  }),
});

builder.prismaObject('ShipmentEvent', {
  description: 'A tracking event: the rider’s step or the carrier’s report.',
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.expose('status', { type: ShipmentStatusEnum }),
    note: t.exposeString('note', { nullable: true }),
    location: t.exposeString('location', { nullable: true }),
    fromCarrier: t.boolean({ resolve: (e) => e.actorType === 'provider' }),
    at: t.expose('at', { type: 'DateTime' }),
  }),
});

export const Shipment = builder.prismaObject('Shipment', {
  description: 'Part or all of a vendor order on its way to the customer (decision 0086).',
  fields: (t) => ({
    id: t.exposeID('id'),
    orderId: t.exposeID('orderId'),
    vendorOrderId: t.exposeID('vendorOrderId'),
    orderNumber: t.string({ resolve: async (s, _a, ctx) => (await orderFacts(ctx, s.orderId)).number }),
    carrier: t.expose('carrier', { type: CarrierNameEnum }),
    trackingNumber: t.exposeString('trackingNumber'),
    status: t.expose('status', { type: ShipmentStatusEnum }),
    riderUserId: t.exposeID('riderUserId', { nullable: true }),
    quotedPrice: t.field({ type: builder.MoneyRef, nullable: true, resolve: (s) => (s.quotedAmount === null ? null : money(s.quotedAmount, s.currency)) }),
    address: t.field({ type: ShipmentAddress, nullable: true, resolve: async (s, _a, ctx) => ((await orderFacts(ctx, s.orderId)).shippingAddress as Record<string, unknown> | null) ?? null }),
    amountToCollect: t.field({
      type: builder.MoneyRef,
      nullable: true,
      description: 'Pay on delivery, still unpaid: what the rider collects when handing over.',
      resolve: async (s, _a, ctx) => {
        const o = await orderFacts(ctx, s.orderId);
        return o.status === 'PENDING_PAYMENT' && o.payments[0] ? money(o.payments[0].amount, o.payments[0].currency) : null;
      },
    }),
    codeTriesLeft: t.int({ resolve: (s) => Math.max(MAX_CODE_TRIES - s.codeTries, 0) }),
    codeLocked: t.boolean({ resolve: (s) => !!s.codeLockedAt }),
    overrideReason: t.exposeString('overrideReason', { nullable: true }),
    failureReason: t.exposeString('failureReason', { nullable: true }),
    pickedUpAt: t.expose('pickedUpAt', { type: 'DateTime', nullable: true }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    items: t.relation('items'),
    packages: t.relation('packages'),
    events: t.relation('events', { query: { orderBy: { at: 'asc' } } }),
  }),
});

type ShipmentRow = Awaited<ReturnType<typeof createShipment>>;
const CustomerShipment = builder.objectRef<{ shipment: ShipmentRow; withCode: boolean }>('CustomerShipment').implement({
  description: 'A shipment of an order as its customer sees it: with the delivery code to give the rider.',
  fields: (t) => ({
    shipment: t.field({ type: Shipment, resolve: (p) => p.shipment }),
    deliveryCode: t.string({ nullable: true, description: 'Only for the order’s customer, while the shipment is still to be delivered.', resolve: (p) => (p.withCode ? customerCode(p.shipment) : null) }),
  }),
});

const ShipmentQuote = builder.objectRef<{ amount: bigint; currency: string; etaHours: number }>('ShipmentQuote').implement({
  fields: (t) => ({
    price: t.field({ type: builder.MoneyRef, resolve: (q) => money(q.amount, q.currency) }),
    etaHours: t.exposeInt('etaHours'),
  }),
});

export const PackageInput = builder.inputType('ShipmentPackageInput', {
  fields: (t) => ({
    weightGrams: t.int({ required: true }),
    lengthMm: t.int({ required: true }),
    widthMm: t.int({ required: true }),
    heightMm: t.int({ required: true }),
  }),
});

builder.queryFields((t) => ({
  shipments: t.prismaField({
    type: ['Shipment'],
    authScopes: VENDOR_FULFILLERS,
    description: 'The shop’s shipments, newest first (a vendor: its own vendor orders’).',
    args: { status: t.arg({ type: ShipmentStatusEnum }), orderId: t.arg.id(), first: t.arg.int() },
    resolve: (_q, _r, a, ctx) => listShipments(ctx, { status: a.status ?? null, orderId: a.orderId ? String(a.orderId) : null, first: a.first ?? 50 }),
  }),
  shipment: t.prismaField({
    type: 'Shipment',
    nullable: true,
    authScopes: VENDOR_FULFILLERS,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_q, _r, { id }, ctx) => shipment(ctx, String(id)),
  }),
  myDeliveries: t.prismaField({
    type: ['Shipment'],
    authScopes: DELIVERERS,
    description: 'The signed-in rider’s deliveries: still on the road, or finished today.',
    resolve: (_q, _r, _a, ctx) => myDeliveries(ctx),
  }),
  orderShipments: t.field({
    type: [CustomerShipment],
    description: 'The shipments of an order you may see (a guest names the cart it came from); its customer also gets the delivery code.',
    args: { orderId: t.arg.id({ required: true }), cartToken: t.arg.string() },
    resolve: async (_r, { orderId, cartToken }, ctx) => {
      const { shipments, withCode } = await orderShipments(ctx, String(orderId), cartToken);
      return shipments.map((s) => ({ shipment: s, withCode }));
    },
  }),
  shipmentQuote: t.field({
    type: ShipmentQuote,
    nullable: true,
    authScopes: VENDOR_FULFILLERS,
    description: 'What a carrier would charge for these packages to the order’s address (null: it does not quote).',
    args: {
      orderId: t.arg.id({ required: true }),
      carrier: t.arg({ type: CarrierNameEnum, required: true }),
      packages: t.arg({ type: [PackageInput], required: true }),
      latitude: t.arg.float({ description: 'KWIK: the customer’s position when the order’s address has none.' }),
      longitude: t.arg.float(),
    },
    resolve: (_r, a, ctx) => quoteShipment(ctx, { orderId: String(a.orderId), carrier: a.carrier, packages: a.packages, position: { latitude: a.latitude ?? undefined, longitude: a.longitude ?? undefined } }),
  }),
}));

const CreateShipmentInput = builder.inputType('CreateShipmentInput', {
  fields: (t) => ({
    vendorOrderId: t.id({ required: true }),
    carrier: t.field({ type: CarrierNameEnum, required: true }),
    riderUserId: t.id({ description: 'OWN_RIDERS: the staff member who delivers it.' }),
    items: t.field({ type: [builder.inputType('ShipmentItemInput', { fields: (f) => ({ orderLineId: f.id({ required: true }), quantity: f.int({ required: true }) }) })], required: true }),
    packages: t.field({ type: [PackageInput], required: true }),
    latitude: t.float({ description: 'KWIK: the customer’s map position when the order’s address has none (staff asked the customer).' }),
    longitude: t.float(),
  }),
});

const CollectionInput = builder.inputType('ShipmentCollectionInput', {
  description: 'Pay on delivery: the money taken at the door (exactly what the order owes).',
  fields: (t) => ({
    amount: t.string({ required: true, description: 'Minor units.' }),
    currency: t.string({ required: true }),
    via: t.field({ type: CollectionWayRef, required: true }),
  }),
});

const collection = (c: { amount: string; currency: string; via: 'CASH' | 'TRANSFER' } | null | undefined): Collection | null => {
  if (!c) return null;
  if (!/^\d{1,16}$/.test(c.amount.trim())) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'amount must be a whole number of minor units', ['collection']);
  return { amount: BigInt(c.amount.trim()), currency: c.currency, via: c.via };
};

const ShipmentPayload = builder.payloadObject<{ shipment: ShipmentRow }>('ShipmentPayload', (t) => ({
  shipment: t.field({ type: Shipment, nullable: true, resolve: (p) => p.shipment ?? null }),
}));

builder.mutationFields((t) => ({
  createShipment: t.field({
    type: ShipmentPayload,
    authScopes: VENDOR_FULFILLERS,
    description: 'Ships some or all of a vendor order’s lines with a carrier (or a rider); the customer gets the delivery code.',
    args: { input: t.arg({ type: CreateShipmentInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      withUserErrors(async () => ({
        shipment: await createShipment(ctx, {
          vendorOrderId: String(input.vendorOrderId),
          carrier: input.carrier,
          riderUserId: input.riderUserId ? String(input.riderUserId) : null,
          items: input.items.map((i) => ({ orderLineId: String(i.orderLineId), quantity: i.quantity })),
          packages: input.packages,
          position: { latitude: input.latitude ?? undefined, longitude: input.longitude ?? undefined },
        }),
      })),
  }),
  stepShipment: t.field({
    type: ShipmentPayload,
    authScopes: ROAD_STEPPERS,
    description: 'The rider’s step: picked up, out for delivery, or failed (with the reason).',
    args: { shipmentId: t.arg.id({ required: true }), status: t.arg({ type: RiderStepEnum, required: true }), note: t.arg.string() },
    resolve: (_r, a, ctx) => withUserErrors(async () => ({ shipment: await stepShipment(ctx, String(a.shipmentId), a.status, a.note) })),
  }),
  deliverShipment: t.field({
    type: ShipmentPayload,
    authScopes: ROAD_STEPPERS,
    description: 'Hands the shipment over with the customer’s code (five wrong codes lock it); collects the money of a pay-on-delivery order in the same step.',
    args: { shipmentId: t.arg.id({ required: true }), code: t.arg.string({ required: true }), collection: t.arg({ type: CollectionInput }) },
    resolve: (_r, a, ctx) => withUserErrors(async () => ({ shipment: await deliverShipment(ctx, { shipmentId: String(a.shipmentId), code: a.code, collection: collection(a.collection) }) })),
  }),
  overrideShipmentDelivery: t.field({
    type: ShipmentPayload,
    authScopes: DELIVERY_OVERRIDERS,
    description: 'An administrator confirms a delivery without the customer’s code (after a lockout), with the reason.',
    args: { shipmentId: t.arg.id({ required: true }), reason: t.arg.string({ required: true }), collection: t.arg({ type: CollectionInput }) },
    resolve: (_r, a, ctx) => withUserErrors(async () => ({ shipment: await overrideShipmentDelivery(ctx, { shipmentId: String(a.shipmentId), reason: a.reason, collection: collection(a.collection) }) })),
  }),
  closeShipment: t.field({
    type: ShipmentPayload,
    authScopes: ORDER_MANAGERS,
    description: 'Cancels a shipment not yet picked up, or records a failed one returned to the shop; its units may ship again.',
    args: { shipmentId: t.arg.id({ required: true }), status: t.arg({ type: ShipmentCloseEnum, required: true }), note: t.arg.string({ required: true }) },
    resolve: (_r, a, ctx) => withUserErrors(async () => ({ shipment: await closeShipment(ctx, String(a.shipmentId), a.status, a.note) })),
  }),
  simulateCarrierEvent: t.field({
    type: ShipmentPayload,
    authScopes: ORDER_MANAGERS,
    description: 'Sandbox carrier only: it reports a tracking step by its signed webhook, as a real carrier would.',
    args: { shipmentId: t.arg.id({ required: true }), status: t.arg({ type: ShipmentStatusEnum, required: true }), note: t.arg.string() },
    resolve: (_r, a, ctx) =>
      withUserErrors(async () => {
        const s = await shipment(ctx, String(a.shipmentId));
        if (!s) throw new DomainError(ErrorCode.NOT_FOUND, 'No such shipment', ['shipmentId']);
        if (s.carrier !== 'SANDBOX') throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Only the sandbox carrier can be simulated', ['shipmentId']);
        const hook = await sandboxCarrierWebhook(ctx.prisma, s.tenantId, { trackingNumber: s.trackingNumber, status: a.status, note: a.note ?? null, location: 'Sandbox hub' });
        // Over HTTP through the gateway's public webhook route when it is known (as the carrier would), else straight in.
        if (config.publicGatewayUrl) {
          const tenant = await sellingTenant(ctx, s.tenantId);
          await fetch(`${config.publicGatewayUrl}/webhooks/carrier-sandbox/${encodeURIComponent(tenant.slug)}`, { method: 'POST', headers: hook.headers, body: hook.body });
        } else {
          await receiveCarrierWebhook(ctx, { tenantId: s.tenantId, carrier: 'carrier-sandbox', rawBody: Buffer.from(hook.body), headers: hook.headers });
        }
        return { shipment: (await shipment(ctx, s.id))! };
      }),
  }),
}));
