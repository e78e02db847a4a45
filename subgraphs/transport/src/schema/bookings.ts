import { ADMIN_ROLES, AppError, ErrorCode, MAX_PAGE_SIZE, grantsOf, isUuid, scopedToGrants, money, requireTenant, toUserError, withUserErrors, type RequestContext, type RoleName } from '@webwaka/kit';
import { alreadyBoardedError, boardTicket } from '../services/boarding';
import { confirmBooking } from '../services/bookings';
import { operatorKey } from '../services/signing';
import { visibleOperators } from '../services/scope';
import { builder, SaleChannelEnum, TRANSPORT_MANAGERS, TRANSPORT_READERS } from './builder';

/** Staff-side readers, customers for their own bookings, agents for the bookings they sold. */
const BOOKING_READERS = { roles: [...ADMIN_ROLES, 'STAFF', 'CUSTOMER', 'AGENT'] as RoleName[], apiScope: 'transport:read' };

/**
 * Bookings the caller may read: the operator's, or those made at this park. Readers of the tenant see
 * all of them; anyone else the union of what each role grants (kit grants.ts): a customer their own, an
 * agent the ones they sold — an AGENT+CUSTOMER both, never everyone's.
 */
const bookingScope = (ctx: RequestContext) => {
  const tenantId = requireTenant(ctx);
  const own = scopedToGrants(grantsOf(ctx.actor, ['transport:read']), { customer: 'customerUserId', agent: 'agentUserId' });
  return { AND: [{ OR: [{ tenantId }, { channelTenantId: tenantId }] }, own] };
};

export const Ticket = builder.prismaObject('Ticket', {
  description: 'One seat of one passenger. `qr` is the signed code conductors scan (verifiable offline with the operator’s public key).',
  fields: (t) => ({
    id: t.exposeID('id'),
    bookingId: t.exposeID('bookingId'),
    tripId: t.exposeID('tripId'),
    operatorId: t.exposeID('tenantId'),
    seatLabel: t.exposeString('seatLabel'),
    seatClass: t.exposeString('seatClass'),
    passengerName: t.exposeString('passengerName'),
    fare: t.field({ type: builder.MoneyRef, resolve: (x) => money(x.fare, x.currency) }),
    qr: t.exposeString('qr'),
    bookingReference: t.loadable({
      type: 'String',
      description: 'The short reference of its booking (what the passenger reads out).',
      // Batched: an agent's list of sales shows a ticket per line.
      load: async (ids: string[], ctx: RequestContext) => {
        const rows = await ctx.prisma.booking.findMany({ where: { id: { in: ids } }, select: { id: true, reference: true } });
        const byId = new Map(rows.map((r) => [r.id, r.reference]));
        return ids.map((id) => byId.get(id) ?? new Error(`booking ${id} not found`));
      },
      resolve: (ticket) => ticket.bookingId,
    }),
    boardedAt: t.expose('boardedAt', { type: 'DateTime', nullable: true }),
    boardedByUserId: t.exposeID('boardedByUserId', { nullable: true }),
  }),
});

export const Booking = builder.prismaObject('Booking', {
  fields: (t) => ({
    id: t.exposeID('id'),
    tripId: t.exposeID('tripId'),
    operatorId: t.exposeID('tenantId'),
    soldAtTenantId: t.exposeID('channelTenantId', { description: 'Where it was sold: the operator, or a motor park listing it.' }),
    channel: t.expose('channel', { type: SaleChannelEnum }),
    reference: t.exposeString('reference', { description: 'Short, for people: 8 characters without look-alikes, unique per operator (what tickets and receipts show).' }),
    paymentReference: t.exposeString('paymentReference', { nullable: true }),
    agentUserId: t.exposeID('agentUserId', { nullable: true }),
    contactPhone: t.exposeString('contactPhone', { nullable: true, description: 'Whom to call about the trip, E.164 (from the online buyer, or taken at the window).' }),
    total: t.field({ type: builder.MoneyRef, resolve: (b) => money(b.total, b.currency) }),
    amountPaid: t.field({ type: builder.MoneyRef, description: 'Agents record the cash they took; otherwise the total.', resolve: (b) => money(b.amountPaid, b.currency) }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    tickets: t.prismaField({ type: ['Ticket'], resolve: (query, b, _a, ctx) => ctx.prisma.ticket.findMany({ ...query, where: { bookingId: b.id }, orderBy: { seatLabel: 'asc' } }) }),
  }),
});

const TicketVerificationKey = builder.objectRef<{ operatorId: string; keyId: string; publicKey: string }>('TicketVerificationKey').implement({
  description: 'An operator’s Ed25519 public key (base64 SPKI DER): conductors’ devices keep it and verify ticket codes offline.',
  fields: (t) => ({
    operatorId: t.exposeID('operatorId'),
    keyId: t.exposeID('keyId'),
    algorithm: t.string({ resolve: () => 'Ed25519' }),
    publicKey: t.exposeString('publicKey'),
  }),
});

builder.queryFields((t) => ({
  booking: t.prismaField({
    type: 'Booking',
    nullable: true,
    authScopes: BOOKING_READERS,
    description: 'A booking of the operator (or made at this park); customers see their own only, agents those they sold.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _r, { id }, ctx) => (isUuid(String(id)) ? ctx.prisma.booking.findFirst({ ...query, where: { id: String(id), ...bookingScope(ctx) } }) : null),
  }),
  bookings: t.prismaConnection({
    type: 'Booking',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: BOOKING_READERS,
    description: 'Bookings, newest first, optionally of one trip; customers see their own only, agents those they sold.',
    args: { tripId: t.arg.id() },
    resolve: (query, _r, args, ctx) => {
      const tripId = args.tripId ? String(args.tripId) : null;
      if (tripId && !isUuid(tripId)) return [];
      return ctx.prisma.booking.findMany({ ...query, where: { ...bookingScope(ctx), ...(tripId ? { tripId } : {}) }, orderBy: { id: 'desc' } });
    },
  }),
  ticket: t.prismaField({
    type: 'Ticket',
    nullable: true,
    authScopes: TRANSPORT_READERS,
    description: 'A ticket of the operator (conductors and staff).',
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _r, { id }, ctx) => (isUuid(String(id)) ? ctx.prisma.ticket.findFirst({ ...query, where: { id: String(id), tenantId: requireTenant(ctx) } }) : null),
  }),
  ticketVerificationKey: t.field({
    type: TicketVerificationKey,
    description: 'The public key to verify an operator’s tickets offline (public): the current tenant’s, or an operator its park lists.',
    args: { operatorId: t.arg.id() },
    resolve: async (_r, args, ctx) => {
      const tenantId = requireTenant(ctx);
      const operatorId = args.operatorId ? String(args.operatorId) : tenantId;
      if (!(await visibleOperators(ctx.prisma, tenantId)).includes(operatorId)) throw new AppError(ErrorCode.NOT_FOUND, 'No such operator here');
      const key = await operatorKey(ctx.prisma, operatorId);
      return { operatorId, keyId: key.id, publicKey: key.publicKey };
    },
  }),
}));

const PassengerInput = builder.inputType('PassengerInput', {
  fields: (t) => ({ seatLabel: t.string({ required: true }), name: t.string({ required: true }) }),
});
const ConfirmBookingInput = builder.inputType('ConfirmBookingInput', {
  fields: (t) => ({
    holdToken: t.string({ required: true }),
    passengers: t.field({ type: [PassengerInput], required: true, description: 'One per held seat.' }),
    paymentReference: t.string({ required: true, description: 'The paid order or payment (a cash receipt at the window). One booking per reference; a retry with the same one returns the booking.' }),
    phone: t.string({ description: 'The passenger’s phone (optional at the window), stored as E.164.' }),
  }),
});

const BookingPayload = builder.payloadObject<{ booking: Awaited<ReturnType<typeof confirmBooking>> }>('BookingPayload', (t) => ({
  booking: t.field({ type: Booking, nullable: true, resolve: (p) => p.booking ?? null }),
}));

type Boarding = Awaited<ReturnType<typeof boardTicket>>;
const BoardTicketPayload = builder.payloadObject<{ ticket: Boarding['ticket'] }>('BoardTicketPayload', (t) => ({
  ticket: t.field({ type: Ticket, nullable: true, description: 'Also given with ALREADY_BOARDED: when and by whom it boarded.', resolve: (p) => p.ticket ?? null }),
}));

builder.mutationFields((t) => ({
  confirmBooking: t.field({
    type: BookingPayload,
    authScopes: TRANSPORT_MANAGERS,
    description: 'Turns a hold into tickets once paid: a paid order (commerce, transport:write) or a window sale (staff). HOLD_EXPIRED when the hold ran out.',
    args: { input: t.arg({ type: ConfirmBookingInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ booking: await confirmBooking(ctx, input) })),
  }),
  boardTicket: t.field({
    type: BoardTicketPayload,
    authScopes: TRANSPORT_MANAGERS,
    description: 'A conductor scans a ticket: boards it once. TICKET_INVALID for a tampered or foreign code; ALREADY_BOARDED (with the ticket) for a second scan.',
    args: { qr: t.arg.string({ required: true }), scannedAt: t.arg({ type: 'DateTime', description: 'When an offline device scanned it.' }) },
    resolve: async (_r, args, ctx) => {
      const result = await withUserErrors(() => boardTicket(ctx, { qr: args.qr, scannedAt: args.scannedAt ?? null }));
      if (result.alreadyBoarded && result.ticket) return { ticket: result.ticket, userErrors: [toUserError(alreadyBoardedError(result.ticket))] };
      return { ticket: result.ticket, userErrors: result.userErrors };
    },
  }),
}));
