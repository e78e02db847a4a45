import { AppError, ErrorCode, grantsOf, isUuid, money, withUserErrors, type RequestContext } from '@webwaka/kit';
import { bookingForOrder, buySeats } from '../services/purchases';
import { Booking } from './bookings';
import { builder } from './builder';

export const TicketPurchaseStatusEnum = builder.enumType('TicketPurchaseStatus', {
  description: 'PENDING: awaiting payment; CONFIRMED: paid and booked; REFUND_REQUESTED: paid, but the seats were gone when the money arrived (refunded in full).',
  values: ['PENDING', 'CONFIRMED', 'REFUND_REQUESTED'] as const,
});

interface Bought {
  orderId: string;
  orderNumber: string;
  accessToken: string;
  status: 'PENDING' | 'CONFIRMED' | 'REFUND_REQUESTED';
  total: { amount: bigint; currency: string };
  payBefore: Date;
  paymentUrl: string | null;
  paymentReference: string | null;
}

const BuySeatsPayload = builder.payloadObject<Bought>('BuySeatsPayload', (t) => ({
  orderId: t.exposeID('orderId', { nullable: true, description: "Commerce's order: follow it with order(id, cartToken: accessToken)." }),
  orderNumber: t.exposeString('orderNumber', { nullable: true }),
  accessToken: t.exposeString('accessToken', { nullable: true, description: "The order's guest access token (order(id, cartToken), bookingForOrder(orderId, accessToken)). Keep it secret." }),
  status: t.expose('status', { type: TicketPurchaseStatusEnum, nullable: true }),
  total: t.expose('total', { type: builder.MoneyRef, nullable: true }),
  payBefore: t.expose('payBefore', { type: 'DateTime', nullable: true, description: 'The payment deadline (the hold’s expiry).' }),
  paymentUrl: t.exposeString('paymentUrl', { nullable: true, description: "The payment provider's page: send the buyer there." }),
  paymentReference: t.exposeString('paymentReference', { nullable: true }),
}));

const PassengerOfSeatInput = builder.inputType('BuySeatsPassengerInput', {
  fields: (t) => ({ seatLabel: t.string({ required: true }), name: t.string({ required: true }) }),
});
const BuySeatsInput = builder.inputType('BuySeatsInput', {
  fields: (t) => ({
    holdToken: t.string({ required: true }),
    passengers: t.field({ type: [PassengerOfSeatInput], required: true, description: 'One per held seat.' }),
    email: t.string({ required: true }),
    phone: t.string({ description: 'The buyer’s phone, for the operator to call about the trip (Nigerian 0803…, 234803… or +234803…, or any +country number); stored as E.164.' }),
    idempotencyKey: t.string({ required: true, description: 'A new random key per purchase attempt; a retry with the same key and input returns the same order.' }),
    returnUrl: t.string({ description: 'Where the payment page sends the buyer afterwards (https).' }),
  }),
});

/** Who reads every booking of the tenant (as `booking` allows): administrators (2FA), staff, keys with transport:read. */
const readsAllBookings = (ctx: RequestContext) => grantsOf(ctx.actor, ['transport:read']).tenantWide;

builder.queryField('bookingForOrder', (t) =>
  t.field({
    type: Booking,
    nullable: true,
    description: 'The booking an online order (buySeats) paid for, once confirmed: for the buyer (signed in, or with the order’s accessToken) and the back office. Null until then.',
    args: { orderId: t.arg.id({ required: true }), accessToken: t.arg.string() },
    resolve: async (_r, { orderId, accessToken }, ctx) => {
      if (!isUuid(String(orderId))) throw new AppError(ErrorCode.BAD_USER_INPUT, 'orderId is not an order id');
      return bookingForOrder(ctx, String(orderId), accessToken, readsAllBookings(ctx));
    },
  }),
);

builder.mutationField('buySeats', (t) =>
  t.field({
    type: BuySeatsPayload,
    description:
      'Buys held seats online: an order in commerce awaiting payment (a ticket per seat once paid, through the order’s payment page). Anyone holding the hold’s token; idempotent per idempotencyKey.',
    args: { input: t.arg({ type: BuySeatsInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      withUserErrors(async () => {
        const r = await buySeats(ctx, input);
        return {
          orderId: r.order.id,
          orderNumber: r.order.number,
          accessToken: r.accessToken,
          status: r.purchase.status,
          total: money(BigInt(r.order.total.amount), r.order.total.currency),
          payBefore: new Date(r.order.expiresAt),
          paymentUrl: r.payment?.authorizationUrl ?? null,
          paymentReference: r.payment?.reference ?? null,
        };
      }),
  }),
);
