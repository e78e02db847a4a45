/**
 * Returns shipping (decision 0092; services/return-shipping.ts has the rules): the shop arranges an approved
 * return's way back (a pickup, which is a reverse Shipment, or the customer sending it), the customer gives
 * the courier and tracking number when they send it, and the shop confirms a pickup's parcel arrived.
 */
import { DomainError, ErrorCode, withUserErrors } from '@webwaka/kit';
import { arrangeReturnShipping, latestReturnShipment, receiveReturnShipment, RETURN_SHIPPING_PAYERS, RETURN_SHIPPING_WAYS, sendReturnMyself } from '../services/return-shipping';
import { approveReturn } from '../services/returns';
import { builder, money, VENDOR_FULFILLERS } from './builder';
import { ReturnLine, ReturnRequest } from './returns';
import { CarrierNameEnum, PackageInput, Shipment } from './shipments';

const ReturnShippingWayEnum = builder.enumType('ReturnShippingWay', {
  values: RETURN_SHIPPING_WAYS,
  description: 'PICKUP: the shop collects it from the customer (its rider or a carrier; a reverse shipment). CUSTOMER_SENDS: the customer sends it with a courier of their choice.',
});
const ReturnShippingPayerEnum = builder.enumType('ReturnShippingPayer', { values: RETURN_SHIPPING_PAYERS });

builder.prismaObjectFields('ReturnRequest', (t) => ({
  shippingWay: t.field({ type: ReturnShippingWayEnum, nullable: true, description: 'How the items come back (null until the shop arranges it).', resolve: (r) => r.shippingWay }),
  shippingPaidBy: t.field({ type: ReturnShippingPayerEnum, nullable: true, resolve: (r) => r.shippingPaidBy }),
  shippingCharge: t.field({
    type: builder.MoneyRef,
    nullable: true,
    description: 'A pickup the customer pays: what comes off the refund (null when nothing does).',
    resolve: async (r, _a, ctx) => {
      if (r.shippingCharge <= 0n) return null;
      const o = await ctx.prisma.order.findUniqueOrThrow({ where: { id: r.orderId }, select: { currency: true } });
      return money(r.shippingCharge, o.currency);
    },
  }),
  customerCarrier: t.exposeString('customerCarrier', { nullable: true, description: 'CUSTOMER_SENDS: the courier the customer used.' }),
  customerTrackingNumber: t.exposeString('customerTrackingNumber', { nullable: true }),
  customerSentAt: t.expose('customerSentAt', { type: 'DateTime', nullable: true }),
  returnShipment: t.field({
    type: Shipment,
    nullable: true,
    description: 'PICKUP: the reverse shipment (customer → shop), its status and tracking events; the latest when one was cancelled.',
    resolve: (r, _a, ctx) => latestReturnShipment(ctx.prisma, r.tenantId, r.id),
  }),
}));

builder.prismaObjectFields('Shipment', (t) => ({
  returnRequestId: t.exposeID('returnRequestId', { nullable: true, description: 'A return’s way back (customer → shop, decision 0092): the return request it carries; null for a delivery.' }),
  returnItems: t.field({
    type: [ReturnLine],
    description: 'A return’s way back: the units to collect (its `items` are empty; they belong to the order’s deliveries).',
    resolve: (s, _a, ctx) => (s.returnRequestId ? ctx.prisma.returnLine.findMany({ where: { returnId: s.returnRequestId, tenantId: s.tenantId }, orderBy: { id: 'asc' } }) : []),
  }),
}));

const ArrangeReturnShippingInput = builder.inputType('ArrangeReturnShippingInput', {
  fields: (t) => ({
    id: t.id({ required: true, description: 'The approved return request.' }),
    way: t.field({ type: ReturnShippingWayEnum, required: true }),
    carrier: t.field({ type: CarrierNameEnum, description: 'PICKUP: who collects it.' }),
    riderUserId: t.id({ description: 'PICKUP by OWN_RIDERS: the staff member who collects it.' }),
    packages: t.field({ type: [PackageInput], description: 'PICKUP: what the collector takes.' }),
    paidBy: t.field({ type: ReturnShippingPayerEnum, required: true }),
    charge: t.string({ description: 'PICKUP paid by the customer: minor units taken off the refund (a quoting carrier’s price when omitted).' }),
  }),
});

const minorUnits = (v: string | null | undefined, field: string) => {
  if (v == null || v.trim() === '') return null;
  if (!/^\d{1,16}$/.test(v.trim())) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A whole number of minor units', [field]);
  return BigInt(v.trim());
};

type ReturnRow = Awaited<ReturnType<typeof approveReturn>>;
const ReturnShippingPayload = builder.payloadObject<{ returnRequest: ReturnRow }>('ReturnShippingPayload', (t) => ({
  returnRequest: t.field({ type: ReturnRequest, nullable: true, resolve: (p) => p.returnRequest ?? null }),
}));

builder.mutationFields((t) => ({
  arrangeReturnShipping: t.field({
    type: ReturnShippingPayload,
    authScopes: VENDOR_FULFILLERS,
    description: 'The shop (or the vendor) arranges an approved return’s way back: a pickup booked now with its rider or a carrier, or the customer sending it; who pays; a customer-paid pickup’s charge comes off the refund.',
    args: { input: t.arg({ type: ArrangeReturnShippingInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      withUserErrors(async () => ({
        returnRequest: await arrangeReturnShipping(ctx, {
          id: String(input.id),
          way: input.way,
          carrier: input.carrier ?? null,
          riderUserId: input.riderUserId ? String(input.riderUserId) : null,
          packages: input.packages ?? null,
          paidBy: input.paidBy,
          charge: minorUnits(input.charge, 'charge'),
        }),
      })),
  }),
  sendReturnMyself: t.field({
    type: ReturnShippingPayload,
    description: 'The customer sent their approved return with a courier: its name and tracking number. A signed-in customer’s own return, or a guest’s with the token of the cart the order came from (NOT_FOUND otherwise).',
    args: { id: t.arg.id({ required: true }), carrier: t.arg.string({ required: true }), trackingNumber: t.arg.string({ required: true }), cartToken: t.arg.string() },
    resolve: (_r, a, ctx) => withUserErrors(async () => ({ returnRequest: await sendReturnMyself(ctx, { id: String(a.id), carrier: a.carrier, trackingNumber: a.trackingNumber, cartToken: a.cartToken ?? null }) })),
  }),
  receiveReturnShipment: t.field({
    type: ReturnShippingPayload,
    authScopes: VENDOR_FULFILLERS,
    description: 'The return’s pickup parcel arrived at the shop (after the rider or carrier collected it): the return becomes RECEIVED.',
    args: { id: t.arg.id({ required: true }), note: t.arg.string() },
    resolve: (_r, a, ctx) => withUserErrors(async () => ({ returnRequest: await receiveReturnShipment(ctx, String(a.id), a.note) })),
  }),
}));
