/**
 * Buying held seats online, through commerce's checkout and payment providers (never over a socket: plain
 * GraphQL mutations and outbox events). Rules:
 * - `buySeats` works where the hold was made (the operator, or a motor park listing it), for anyone holding
 *   its token; a hold made by a signed-in user is that user's only. The hold must be active, every held
 *   seat needs a passenger; seats are priced from the trip's fares. The hold is extended once first (if it
 *   still can be) so the buyer has as long as possible to pay; the payment deadline is the hold's expiry.
 * - Transport then asks commerce (service actor, commerce:write) for an external order: one line per seat
 *   (source TRANSPORT, sourceRef = hold id, `{ seatLabel, passengerName }` given back when paid), the
 *   operator as the seller, no tax: passenger road transport is VAT-exempt in Nigeria (VAT Act, First
 *   Schedule). Commerce starts the payment and answers with the order, its payment page and the guest's
 *   access token (only its SHA-256 is kept here, as proof for `bookingForOrder`).
 * - Idempotent end to end per (tenant, idempotencyKey): a repeat of the same request replays the stored
 *   commerce request (commerce returns the same order); a different request is IDEMPOTENCY_KEY_REUSED.
 * - `commerce.external_order.paid` (from commerce, in the transaction that marked the order PAID): the hold is
 *   confirmed with the order id as payment reference (channel ONLINE, a ticket per seat). A hold that ran
 *   out is taken again when its seats are still free. When they are not (or the hold was booked by another
 *   payment) the purchase is recorded REFUND_REQUESTED with `commerce.refund.requested` in one
 *   transaction: commerce refunds the order in full. Redelivery changes nothing (the booking is found by
 *   its payment reference; the purchase's status is a compare-and-set).
 */
import { anonymousActor, callPeer, DomainError, ErrorCode, isUniqueViolation, recordEvent, requireTenant, sha256Hex, tenantLinks, TOPICS, type ExternalOrderPaidPayload, type OutboxEventRecord, type Peers, type PrismaClient, type RequestContext, type TenantLinks, type UserError } from '@webwaka/kit';
import { createHash } from 'node:crypto';
import { confirmHeldSeats, passengerNames, type PassengerInput } from './bookings';
import { TX_OPTIONS, type ServiceContext } from './context';
import { effectiveHoldStatus, extendHold, findHold, holdClosed, holdSeats, type HoldRow } from './holds';
import { optionalPhone } from './phone';
import { departureFormat, type OnlineBuyer } from './ticket-messages';

export type PurchaseContext = ServiceContext & Pick<RequestContext, 'peers'>;

export interface BuySeatsInput {
  holdToken: string;
  passengers: PassengerInput[];
  email: string;
  /** Whom the operator calls about the trip; E.164 once checked (phone.ts). */
  phone?: string | null;
  idempotencyKey: string;
  returnUrl?: string | null;
}

interface ExternalOrder {
  order: { id: string; number: string; status: string; expiresAt: string; total: { amount: string; currency: string } };
  payment: { reference: string; status: string; authorizationUrl: string | null } | null;
  accessToken: string;
}

const CREATE_EXTERNAL_ORDER = `mutation ($input: ExternalOrderInput!) {
  createExternalOrder(input: $input) {
    order { id number status expiresAt total { amount currency } }
    payment { reference status authorizationUrl }
    accessToken
    userErrors { code message field }
  }
}`;

/** Commerce's external order for a request (the same request under the same key returns the same order). */
async function externalOrder(ctx: PurchaseContext, tenantId: string, request: Record<string, unknown>, payBefore: Date): Promise<ExternalOrder> {
  const data = await callPeer<{ createExternalOrder: Partial<ExternalOrder> & { userErrors: UserError[] } }>(
    ctx.peers,
    'commerce',
    CREATE_EXTERNAL_ORDER,
    { input: { ...request, payBefore: payBefore.toISOString() } },
    { tenantId, service: 'transport', scopes: ['commerce:write'], requestId: ctx.requestId },
  );
  const p = data.createExternalOrder;
  if (p.userErrors.length) throw new DomainError(p.userErrors[0].code, p.userErrors[0].message, p.userErrors[0].field ?? undefined);
  return p as ExternalOrder;
}


/** What commerce is asked for: a line per seat at its class's fare (nothing stored yet). */
async function orderRequest(ctx: PurchaseContext, hold: HoldRow, names: Map<string, string>, buyer: { email: string; idempotencyKey: string; returnUrl: string | null; userId: string | null }) {
  const trip = await ctx.prisma.trip.findUniqueOrThrow({ where: { id: hold.tripId } });
  const route = await ctx.prisma.route.findUniqueOrThrow({ where: { id: trip.routeId } });
  const parks = new Map((await ctx.prisma.park.findMany({ where: { id: { in: [route.originParkId, route.destinationParkId] } } })).map((p) => [p.id, p.city]));
  const seats = await ctx.prisma.tripSeat.findMany({ where: { tripId: trip.id, label: { in: hold.seatLabels } }, orderBy: { label: 'asc' } });
  const fares = new Map((await ctx.prisma.tripFare.findMany({ where: { tripId: trip.id } })).map((f) => [f.seatClass, f.amount]));
  const journey = `${parks.get(route.originParkId)}→${parks.get(route.destinationParkId)} ${departureFormat.format(trip.departureAt).replace(',', '')}`;
  const lines = seats.map((seat) => ({
    source: 'TRANSPORT',
    sourceRef: hold.id,
    sku: `${route.code}-${seat.label}`.slice(0, 64),
    description: `${journey}, seat ${seat.label}, ${names.get(seat.label)}`,
    unitAmount: fares.get(seat.seatClass)!.toString(),
    quantity: 1,
    data: { seatLabel: seat.label, passengerName: names.get(seat.label) },
  }));
  return {
    trip,
    total: seats.reduce((sum, s) => sum + fares.get(s.seatClass)!, 0n),
    request: {
      idempotencyKey: buyer.idempotencyKey,
      email: buyer.email,
      customerUserId: buyer.userId,
      sellerTenantId: hold.tenantId,
      currency: trip.currency,
      // Passenger road transport is VAT-exempt in Nigeria (VAT Act, First Schedule): no tax on fares.
      taxRateBps: 0,
      returnUrl: buyer.returnUrl,
      lines,
    },
  };
}

function checked(input: BuySeatsInput) {
  const idempotencyKey = (input.idempotencyKey ?? '').trim();
  if (idempotencyKey.length < 1 || idempotencyKey.length > 200) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'idempotencyKey must be 1 to 200 characters', ['idempotencyKey']);
  const email = (input.email ?? '').trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'That is not an e-mail address', ['email']);
  return { idempotencyKey, email, phone: optionalPhone(input.phone, ['phone']), returnUrl: input.returnUrl?.trim() || null };
}

export async function buySeats(ctx: PurchaseContext, input: BuySeatsInput) {
  const tenantId = requireTenant(ctx);
  const buyer = { ...checked(input), userId: ctx.actor.kind === 'user' ? ctx.actor.userId : null };
  let hold = await findHold(ctx.prisma, tenantId, input.holdToken);
  // Bought where it was held; a signed-in user's hold is theirs alone.
  if (hold.channelTenantId !== tenantId || (hold.userId && hold.userId !== buyer.userId)) throw new DomainError(ErrorCode.NOT_FOUND, 'No such hold', ['holdToken']);
  const names = passengerNames(hold, input.passengers);
  const hash = createHash('sha256')
    .update(JSON.stringify({ holdId: hold.id, passengers: [...names].sort(), email: buyer.email, phone: buyer.phone, returnUrl: buyer.returnUrl, userId: buyer.userId }))
    .digest('hex');

  const earlier = await ctx.prisma.ticketPurchase.findUnique({ where: { tenantId_idempotencyKey: { tenantId, idempotencyKey: buyer.idempotencyKey } } });
  if (earlier) {
    if (earlier.requestHash !== hash) throw new DomainError(ErrorCode.IDEMPOTENCY_KEY_REUSED, 'This idempotency key was used for a different purchase', ['idempotencyKey']);
    const order = await externalOrder(ctx, tenantId, earlier.orderRequest as Record<string, unknown>, hold.expiresAt);
    return { purchase: earlier, ...order };
  }
  if (effectiveHoldStatus(hold) !== 'ACTIVE') throw holdClosed(hold);
  if (!hold.extendedAt) {
    // Extending is a courtesy (more time to pay): a hold that cannot be extended any more is bought as it is.
    hold = await extendHold(ctx, input.holdToken).catch((e) => {
      if (e instanceof DomainError) return hold;
      throw e;
    });
  }

  const { trip, total, request } = await orderRequest(ctx, hold, names, buyer);
  const order = await externalOrder(ctx, tenantId, request, hold.expiresAt);
  const data = {
    tenantId,
    operatorTenantId: hold.tenantId,
    idempotencyKey: buyer.idempotencyKey,
    requestHash: hash,
    orderRequest: request,
    holdId: hold.id,
    tripId: trip.id,
    orderId: order.order.id,
    orderNumber: order.order.number,
    customerUserId: buyer.userId,
    contactPhone: buyer.phone,
    accessTokenHash: sha256Hex(order.accessToken),
    total,
    currency: trip.currency,
  };
  try {
    return { purchase: await ctx.prisma.ticketPurchase.create({ data: { id: order.order.id, ...data } }), ...order };
  } catch (e) {
    // A concurrent repeat of this request recorded it first (commerce gave both the same order).
    if (!isUniqueViolation(e)) throw e;
    return { purchase: await ctx.prisma.ticketPurchase.findUniqueOrThrow({ where: { orderId: order.order.id } }), ...order };
  }
}

/**
 * The booking an online order paid for, once confirmed: for readers of the tenant's bookings, the buyer
 * signed in, or a guest naming the order's access token. Null otherwise (and while unpaid).
 */
export async function bookingForOrder(ctx: ServiceContext, orderId: string, accessToken: string | null | undefined, readsAll: boolean) {
  const tenantId = requireTenant(ctx);
  const purchase = await ctx.prisma.ticketPurchase.findFirst({ where: { orderId, tenantId } });
  if (!purchase?.bookingId) return null;
  const userId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  const allowed = readsAll || (!!userId && purchase.customerUserId === userId) || (!!accessToken && !!purchase.accessTokenHash && sha256Hex(accessToken) === purchase.accessTokenHash);
  return allowed ? ctx.prisma.booking.findUnique({ where: { id: purchase.bookingId } }) : null;
}

type OrderPaid = ExternalOrderPaidPayload;

/** Why a paid order's seats cannot be booked, as the error confirmHeldSeats gives (anything else is retried). */
const UNBOOKABLE: string[] = [ErrorCode.HOLD_EXPIRED, ErrorCode.SEAT_UNAVAILABLE, ErrorCode.INVALID_TRANSITION, ErrorCode.BAD_USER_INPUT, ErrorCode.NOT_FOUND, ErrorCode.IDEMPOTENCY_KEY_REUSED];

/** The consumer of `commerce.external_order.paid` (see the module comment). */
export function onOrderPaid(prisma: PrismaClient, eventsRecorded: () => void, peers: Peers) {
  return async (event: OutboxEventRecord) => {
    const paid = event.payload as OrderPaid;
    const ctx: ServiceContext = {
      prisma,
      tenantId: event.tenantId,
      actor: { ...anonymousActor(event.tenantId), kind: 'service', scopes: ['transport:write'] },
      requestId: `transport-order-paid-${event.id}`,
      ip: null,
      eventsRecorded,
    };
    const hold = await prisma.seatHold.findUnique({ where: { id: paid.holdId } });
    if (!hold || hold.channelTenantId !== event.tenantId) return requestRefund(ctx, paid, null, 'The seats of this order are unknown');
    const purchase = await recordPurchase(prisma, event.tenantId, hold, paid);
    if (purchase.status !== 'PENDING') return;
    const booked = await prisma.booking.findUnique({ where: { tenantId_paymentReference: { tenantId: hold.tenantId, paymentReference: paid.orderId } } });
    if (booked) return confirmed(prisma, purchase.id, booked.id);
    try {
      const links = await tenantLinks(peers, event.tenantId, 'transport', ctx.requestId);
      const email = (purchase.orderRequest as { email?: unknown } | null)?.email;
      const buyer: OnlineBuyer = { email: typeof email === 'string' ? email : null, userId: purchase.customerUserId, orderId: paid.orderId };
      const booking = await bookPaidSeats(ctx, hold, paid, { contactPhone: purchase.contactPhone, buyer, links });
      await confirmed(prisma, purchase.id, booking.id);
    } catch (e) {
      if (e instanceof DomainError && UNBOOKABLE.includes(e.code)) return requestRefund(ctx, paid, purchase.id, e.message);
      throw e;
    }
  };
}

/** The purchase of a paid order (made here if buySeats never got to record it). */
async function recordPurchase(prisma: PrismaClient, tenantId: string, hold: HoldRow, paid: OrderPaid) {
  const found = await prisma.ticketPurchase.findUnique({ where: { orderId: paid.orderId } });
  if (found) return found;
  return prisma.ticketPurchase.upsert({
    where: { orderId: paid.orderId },
    update: {},
    create: { id: paid.orderId, tenantId, operatorTenantId: hold.tenantId, holdId: hold.id, tripId: hold.tripId, orderId: paid.orderId, orderNumber: paid.orderNumber, customerUserId: hold.userId, total: BigInt(paid.amount), currency: paid.currency },
  });
}

const confirmed = (prisma: PrismaClient, purchaseId: string, bookingId: string) =>
  prisma.ticketPurchase.updateMany({ where: { id: purchaseId, status: 'PENDING' }, data: { status: 'CONFIRMED', bookingId, failureReason: null } }).then(() => undefined);

/** Confirms the paid hold; a hold that ran out (or was let go) is taken again while its seats are free. */
async function bookPaidSeats(ctx: ServiceContext, hold: HoldRow, paid: OrderPaid, told: { contactPhone: string | null; buyer: OnlineBuyer; links: TenantLinks | null }) {
  // A line without its seat or name is refused by confirmHeldSeats (BAD_USER_INPUT), and the order refunded.
  const input = { passengers: paid.passengers as PassengerInput[], paymentReference: paid.orderId, ...told };
  try {
    return await confirmHeldSeats(ctx, hold, input);
  } catch (e) {
    const now = await ctx.prisma.seatHold.findUniqueOrThrow({ where: { id: hold.id } });
    if (!(e instanceof DomainError) || !['EXPIRED', 'RELEASED'].includes(effectiveHoldStatus(now))) throw e;
    const { hold: again } = await holdSeats(ctx, { tripId: hold.tripId, seatLabels: hold.seatLabels });
    const theirs = await ctx.prisma.seatHold.update({ where: { id: again.id }, data: { userId: hold.userId } });
    return confirmHeldSeats(ctx, theirs, input);
  }
}

/** Records that the seats could not be booked and asks commerce for a full refund, in one transaction (once). */
async function requestRefund(ctx: ServiceContext, paid: OrderPaid, purchaseId: string | null, reason: string) {
  await ctx.prisma.$transaction(async (tx) => {
    if (purchaseId) {
      const moved = await tx.ticketPurchase.updateMany({ where: { id: purchaseId, status: 'PENDING' }, data: { status: 'REFUND_REQUESTED', failureReason: reason } });
      if (moved.count === 0) return;
    }
    await recordEvent(tx, { tenantId: ctx.tenantId!, topic: TOPICS.COMMERCE_REFUND_REQUESTED, payload: { orderId: paid.orderId, reason: `Seats could not be booked: ${reason}` } });
  }, TX_OPTIONS);
}
