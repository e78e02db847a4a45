/**
 * Returns shipping (issue 16, decision 0092): how an approved return's items travel back to the shop.
 *
 * - PICKUP: the shop books a reverse shipment (a Shipment with returnRequestId, customer → shop) with its
 *   own rider (who confirms collection on My deliveries) or a carrier (the sandbox carrier's signed
 *   webhooks track it). It lives in shipments.ts' lifecycle: the same statuses, tracking events, webhook
 *   checks and order lock; it never moves the order and has no delivery code (the shop is the receiver).
 *   Delivered (by the carrier's webhook, or the shop confirming it arrived) makes the return RECEIVED in
 *   the same transaction.
 * - CUSTOMER_SENDS: the customer sends it with a courier of their choice and gives its name and tracking
 *   number (a signed-in customer's own return, or a guest's with the cart token); staff receive it by hand.
 *
 * Who pays is recorded. A pickup the customer pays (shippingCharge, minor units of the order's currency)
 * comes off the refund through refunds.ts' own path (a deduction in the same refund, kept by the vendor
 * who paid the carrier), so the ledger stays balanced and the customer is never charged twice.
 */
import { DomainError, ErrorCode, isUuid, requireTenant, tenantLinks, uuidv7 } from '@webwaka/kit';
import { carrierFor } from './carriers';
import { CARRIER_NAMES, type CarrierName, type PackageSize } from './carriers/carrier';
import { actorRef, TX_OPTIONS, type ServiceContext, type Tx } from './context';
import { lockOrder } from './order-states';
import { guestOrder } from './orders';
import { answersReturn, recordReturnMessage, type ReturnStatus } from './returns';
import { checkPackages, destinationOf, receiveReturnParcel } from './shipments';

export const RETURN_SHIPPING_WAYS = ['PICKUP', 'CUSTOMER_SENDS'] as const;
export type ReturnShippingWay = (typeof RETURN_SHIPPING_WAYS)[number];
export const RETURN_SHIPPING_PAYERS = ['SHOP', 'CUSTOMER'] as const;
export type ReturnShippingPayer = (typeof RETURN_SHIPPING_PAYERS)[number];

/**
 * Who may collect a return: carriers whose booking can start at the customer's address. Kwik books from
 * the shop to a recipient (decision 0090), so it cannot collect until its adapter takes a pickup point.
 */
const RETURN_CARRIERS: readonly CarrierName[] = ['OWN_RIDERS', 'SANDBOX'];
/** Reverse shipments that no longer carry the parcel: another way back may be arranged. */
const ENDED = ['CANCELLED', 'RETURNED'] as const;
const MAX_TEXT = 100;

const bad = (message: string, field: string) => new DomainError(ErrorCode.BAD_USER_INPUT, message, [field]);
const noReturn = () => new DomainError(ErrorCode.NOT_FOUND, 'No such return request', ['id']);
const notApproved = (status: string) => new DomainError(ErrorCode.INVALID_TRANSITION, `A return that is ${status.toLowerCase()} has no way back to arrange`, ['id']);

export interface ArrangeReturnShipping {
  id: string;
  way: ReturnShippingWay;
  /** PICKUP: who collects (the shop's own riders, or a carrier). */
  carrier?: CarrierName | null;
  riderUserId?: string | null;
  packages?: PackageSize[] | null;
  paidBy: ReturnShippingPayer;
  /** PICKUP paid by the customer: what comes off their refund (minor units); a quoting carrier's price when omitted. */
  charge?: bigint | null;
}

/** The return's reverse shipment still carrying (or about to carry) the parcel, if any. */
export async function liveReturnShipment(db: Pick<ServiceContext['prisma'], 'shipment'>, tenantId: string, returnId: string) {
  return db.shipment.findFirst({ where: { tenantId, returnRequestId: returnId, status: { notIn: [...ENDED] } }, orderBy: { createdAt: 'desc' } });
}

/** The most recent reverse shipment (live or ended), for the return's tracking. */
export async function latestReturnShipment(db: Pick<ServiceContext['prisma'], 'shipment'>, tenantId: string, returnId: string) {
  return db.shipment.findFirst({ where: { tenantId, returnRequestId: returnId }, orderBy: { createdAt: 'desc' } });
}

/** A return the caller answers (managers, or the vendor of its vendor order); NOT_FOUND otherwise. */
async function answered(ctx: ServiceContext, id: string) {
  const tenantId = requireTenant(ctx);
  const r = isUuid(id) ? await ctx.prisma.returnRequest.findFirst({ where: { id, tenantId } }) : null;
  if (!r || !answersReturn(ctx.actor, r)) throw noReturn();
  return r;
}

/** What the return's units were paid before tax (their share of the lines): a customer's charge stays below it, as refunds.ts requires. */
async function unitsValue(ctx: ServiceContext, returnId: string) {
  const lines = await ctx.prisma.returnLine.findMany({ where: { returnId } });
  const ordered = await ctx.prisma.orderLine.findMany({ where: { id: { in: lines.map((l) => l.orderLineId) } }, select: { id: true, subtotal: true, quantity: true } });
  return lines.reduce((n, l) => {
    const o = ordered.find((x) => x.id === l.orderLineId);
    return o ? n + (o.subtotal * BigInt(l.quantity)) / BigInt(o.quantity) : n;
  }, 0n);
}

/**
 * The shop arranges the way back of an approved return: a pickup (booked now with the carrier or rider) or
 * the customer sending it; who pays; for a customer-paid pickup, the charge taken off the refund. Again
 * later only while no pickup is live and the customer has not sent it yet.
 */
export async function arrangeReturnShipping(ctx: ServiceContext, input: ArrangeReturnShipping) {
  const r = await answered(ctx, input.id);
  if (r.status !== 'APPROVED') throw notApproved(r.status);
  if (!RETURN_SHIPPING_WAYS.includes(input.way)) throw bad('PICKUP or CUSTOMER_SENDS', 'way');
  if (!RETURN_SHIPPING_PAYERS.includes(input.paidBy)) throw bad('SHOP or CUSTOMER', 'paidBy');
  const order = await ctx.prisma.order.findUniqueOrThrow({ where: { id: r.orderId } });
  const links = await tenantLinks(ctx.peers, r.tenantId, 'commerce', ctx.requestId);
  // The customer is told how it goes back (once per arrangement: the key names the pickup or the choice).
  const tell = (tx: Tx, key: string, words: string) => recordReturnMessage(tx, r, 'APPROVED', links, { key, words });

  if (input.way === 'CUSTOMER_SENDS') {
    // The customer pays their courier directly: nothing is taken off the refund.
    if (input.charge) throw bad('The customer pays their own courier: nothing comes off the refund', 'charge');
    await ctx.prisma.$transaction(async (tx) => {
      await lockOrder(tx, r.tenantId, r.orderId);
      await mayArrange(tx, r.id, r.tenantId);
      await tx.returnRequest.update({ where: { id: r.id }, data: { shippingWay: 'CUSTOMER_SENDS', shippingPaidBy: input.paidBy, shippingCharge: 0n } });
      await note(tx, r, ctx, `Way back: the customer sends it (${input.paidBy === 'SHOP' ? 'the shop pays' : 'the customer pays'})`);
      await tell(tx, `send-yourself:${uuidv7()}`, 'return approved: please send it with a courier and add the tracking number on your order page');
    }, TX_OPTIONS);
    ctx.eventsRecorded();
    return ctx.prisma.returnRequest.findUniqueOrThrow({ where: { id: r.id } });
  }

  const carrierName = input.carrier ?? null;
  if (!carrierName || !CARRIER_NAMES.includes(carrierName)) throw bad('Choose who collects it', 'carrier');
  if (!RETURN_CARRIERS.includes(carrierName)) throw bad('This carrier cannot collect returns yet: choose our rider, or let the customer send it', 'carrier');
  const riderUserId = input.riderUserId?.trim() || null;
  if (carrierName === 'OWN_RIDERS' && !riderUserId) throw bad('Choose the rider who collects it', 'riderUserId');
  if (riderUserId && !isUuid(riderUserId)) throw bad('riderUserId must be a staff member’s user id', 'riderUserId');
  if (carrierName !== 'OWN_RIDERS' && riderUserId) throw bad('Only the shop’s own riders are assigned by name', 'riderUserId');
  const packages = input.packages ?? [];
  checkPackages(packages);
  if (!order.shippingAddress) throw new DomainError(ErrorCode.INVALID_TRANSITION, 'This order has no address to collect from: the customer sends it', ['way']);

  // The Kwik adapter books shop → customer only (decision 0090); a reverse Kwik booking is not built yet.
  if (carrierName === 'KWIK') throw bad('Kwik cannot collect returns here yet: send your own rider, or ask the customer to send it', 'carrier');
  const carrier = await carrierFor(ctx.prisma, r.tenantId, carrierName);
  // The carrier collects at the customer's address (the order's delivery address) and brings it to the shop.
  const origin = destinationOf(order.shippingAddress, order.phone);
  const quote = await carrier.quote({ packages, destination: origin, currency: order.currency });
  let charge = 0n;
  if (input.paidBy === 'CUSTOMER') {
    charge = input.charge ?? quote?.amount ?? -1n;
    if (charge <= 0n) throw bad('Say what the customer pays for the pickup (taken off their refund)', 'charge');
    if (charge >= (await unitsValue(ctx, r.id))) throw bad('The charge must be less than what the returned items are worth', 'charge');
  } else if (input.charge) {
    throw bad('The shop pays: nothing comes off the refund', 'charge');
  }

  const id = uuidv7();
  const booking = await carrier.bookPickup({ shipmentId: id, packages, destination: origin });
  const actor = actorRef(ctx);
  try {
    await ctx.prisma.$transaction(async (tx) => {
      await lockOrder(tx, r.tenantId, r.orderId);
      await mayArrange(tx, r.id, r.tenantId);
      await tx.shipment.create({
        data: {
          id,
          tenantId: r.tenantId,
          orderId: r.orderId,
          vendorOrderId: r.vendorOrderId,
          returnRequestId: r.id,
          carrier: carrierName,
          trackingNumber: booking.trackingNumber,
          riderUserId,
          quotedAmount: quote?.amount ?? null,
          currency: order.currency,
          // No delivery code: the shop receives it (decision 0092); an empty hash never matches a code.
          deliveryCodeSalt: '',
          deliveryCodeHash: '',
          createdByActorId: actor.actorId,
        },
      });
      await tx.shipmentPackage.createMany({ data: packages.map((p) => ({ id: uuidv7(), tenantId: r.tenantId, shipmentId: id, weightGrams: p.weightGrams, lengthMm: p.lengthMm, widthMm: p.widthMm, heightMm: p.heightMm })) });
      await tx.shipmentEvent.create({ data: { id: uuidv7(), tenantId: r.tenantId, shipmentId: id, carrier: carrierName, status: 'PENDING', note: 'Return pickup booked', actorType: actor.actorType, actorId: actor.actorId } });
      await tx.returnRequest.update({ where: { id: r.id }, data: { shippingWay: 'PICKUP', shippingPaidBy: input.paidBy, shippingCharge: charge } });
      await note(tx, r, ctx, `Way back: pickup ${booking.trackingNumber} (${input.paidBy === 'SHOP' ? 'the shop pays' : `the customer pays ${charge} ${order.currency}, taken off the refund`})`);
      await tell(tx, `pickup:${id}`, `return pickup booked (tracking ${booking.trackingNumber}): keep the items ready`);
    }, TX_OPTIONS);
    ctx.eventsRecorded();
  } catch (e) {
    // The carrier holds a pickup nobody will use: give it back (best effort).
    await carrier.cancel(booking.trackingNumber).catch(() => undefined);
    throw e;
  }
  return ctx.prisma.returnRequest.findUniqueOrThrow({ where: { id: r.id } });
}

/** Under the order's lock: still approved, no live pickup, and the customer has not sent it. */
async function mayArrange(tx: Tx, returnId: string, tenantId: string) {
  const now = await tx.returnRequest.findUniqueOrThrow({ where: { id: returnId } });
  if (now.status !== 'APPROVED') throw notApproved(now.status);
  if (now.customerSentAt) throw new DomainError(ErrorCode.INVALID_TRANSITION, 'The customer has already sent it', ['way']);
  if (await liveReturnShipment(tx, tenantId, returnId)) throw new DomainError(ErrorCode.INVALID_TRANSITION, 'A pickup is already booked: cancel it first', ['way']);
}

/** A note on the return's timeline (the status does not change). */
async function note(tx: Tx, r: { id: string; tenantId: string; status: ReturnStatus }, ctx: ServiceContext, text: string) {
  const actor = actorRef(ctx);
  await tx.returnEvent.create({ data: { id: uuidv7(), tenantId: r.tenantId, returnId: r.id, fromStatus: r.status, toStatus: r.status, actorType: actor.actorType, actorId: actor.actorId, note: text } });
}

/**
 * The customer sent it themselves: the courier's name and tracking number, for their own approved return
 * (a guest with the order's cart token). NOT_FOUND for anyone else's; refused when the shop booked a pickup.
 */
export async function sendReturnMyself(ctx: ServiceContext, input: { id: string; carrier: string; trackingNumber: string; cartToken?: string | null }) {
  const tenantId = requireTenant(ctx);
  const a = ctx.actor;
  const r = isUuid(input.id) ? await ctx.prisma.returnRequest.findFirst({ where: { id: input.id, tenantId } }) : null;
  const mine =
    !!r &&
    (input.cartToken != null
      ? !r.customerUserId && !!(await guestOrder(ctx, r.orderId, input.cartToken))
      : a.kind === 'user' && !!a.userId && r.customerUserId === a.userId);
  if (!r || !mine) throw noReturn();
  const carrier = input.carrier?.trim() ?? '';
  const tracking = input.trackingNumber?.trim() ?? '';
  if (!carrier || carrier.length > MAX_TEXT) throw bad(`Name the courier (at most ${MAX_TEXT} characters)`, 'carrier');
  if (!/^[A-Za-z0-9][A-Za-z0-9 \-_/.]{2,59}$/.test(tracking)) throw bad('The tracking number is 3 to 60 letters, digits, spaces or - _ / .', 'trackingNumber');
  await ctx.prisma.$transaction(async (tx) => {
    await lockOrder(tx, r.tenantId, r.orderId);
    const now = await tx.returnRequest.findUniqueOrThrow({ where: { id: r.id } });
    if (now.status !== 'APPROVED') throw notApproved(now.status);
    if (now.shippingWay === 'PICKUP' && (await liveReturnShipment(tx, tenantId, r.id))) throw new DomainError(ErrorCode.INVALID_TRANSITION, 'The shop is collecting it: keep it ready for the pickup', ['id']);
    // A customer who sends it without the shop's arrangement pays their courier: nothing comes off the refund.
    const paidBy = now.shippingWay === 'CUSTOMER_SENDS' ? now.shippingPaidBy : 'CUSTOMER';
    await tx.returnRequest.update({ where: { id: r.id }, data: { shippingWay: 'CUSTOMER_SENDS', shippingPaidBy: paidBy, shippingCharge: 0n, customerCarrier: carrier, customerTrackingNumber: tracking, customerSentAt: new Date() } });
    await note(tx, now, ctx, `Sent by the customer with ${carrier}, tracking ${tracking}`);
  }, TX_OPTIONS);
  return ctx.prisma.returnRequest.findUniqueOrThrow({ where: { id: r.id } });
}

/** The shop confirms the return's pickup parcel arrived (no carrier webhook, or the shop's own rider): the return is RECEIVED. */
export async function receiveReturnShipment(ctx: ServiceContext, id: string, noteText?: string | null) {
  const r = await answered(ctx, id);
  const live = await liveReturnShipment(ctx.prisma, r.tenantId, r.id);
  if (!live) throw new DomainError(ErrorCode.INVALID_TRANSITION, 'No pickup is on its way for this return', ['id']);
  await receiveReturnParcel(ctx, live.id, noteText);
  return ctx.prisma.returnRequest.findUniqueOrThrow({ where: { id: r.id } });
}
