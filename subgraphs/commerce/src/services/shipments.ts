/**
 * Shipments (issue 16, decision 0086). A vendor order leaves in one or more shipments, each carrying some
 * of its lines (partial shipments), in packages, with a carrier (services/carriers). Everything that
 * changes a shipment runs under the order's row lock, because a shipment moves its order: the vendor
 * order follows its shipments (any live shipment: FULFILLING; every unit picked up: SHIPPED; every unit
 * delivered: DELIVERED) and the order follows its slowest vendor, through the ordinary state machine
 * (order-states.ts, vendor-orders.ts), one timeline row per move.
 *
 * - Quantities: a line's units across its live shipments (not cancelled or returned) never exceed what
 *   was ordered (SHIPMENT_EXCEEDS_ORDERED, checked under the lock; a trigger is the backstop).
 * - The delivery code: six digits derived from the data key and a per-shipment salt, so the customer's
 *   order page and the shipping message can show it while the database holds only its HMAC. The rider
 *   delivers only with it; five wrong codes lock it (DELIVERY_CODE_LOCKED) and then only an administrator
 *   with the second factor delivers, with a reason kept on the shipment and both timelines.
 * - Pay on delivery (decision 0083): such an order may ship while unpaid (it stays PENDING_PAYMENT; only
 *   its vendor orders move, up to SHIPPED), with the shop's own riders only (the collector must be a
 *   person). Delivering it records the collection in the same transaction as the delivery; the payment
 *   then settles on the ordinary paid path and the order catches up with its vendor orders.
 * - Carriers' webhooks are verified by the carrier's adapter (signature, five-minute window) and stored
 *   once per carrier event id: forged, stale and replayed webhooks change nothing.
 * - Customers hear of it through notifications' outbox requests: the code at dispatch (`shipment.dispatched`,
 *   the code sealed), and each later step (`shipment.updated`).
 */
import { createHmac, randomBytes } from 'node:crypto';
import {
  ADMIN_ROLES,
  config,
  DomainError,
  encryptSecret,
  ErrorCode,
  isUniqueViolation,
  mapPosition,
  isUuid,
  logger,
  recordEvent,
  requireTenant,
  safeEqual,
  tenantLinks,
  TOPICS,
  uuidv7,
  type Actor,
  type PrismaClient,
  type TenantLinks,
} from '@webwaka/kit';
import { quoteParts } from './carrier-rates';
import { carrierFor } from './carriers';
import { CARRIER_NAMES, SHIPMENT_STATUSES, type CarrierName, type Destination, type PackageSize, type ShipmentStatus } from './carriers/carrier';
import { actorRef, TX_OPTIONS, type ActorRef, type ServiceContext, type Tx } from './context';
import { findOrder } from './orders';
import { lockOrder, managesOrders, transition, FULFILMENT, type OrderStatus } from './order-states';
import { recordOrderMessage } from './order-messages';
import { receiveReturnByParcel } from './returns';
import { collector, recordCollection, type CollectionWay } from './pay-on-delivery';
import { settlePayment } from './payments';
import { VENDOR_STAGES, stepVendorOrderStage } from './vendor-orders';

export { CARRIER_NAMES, SHIPMENT_STATUSES };
export type { CarrierName, ShipmentStatus };

export const MAX_CODE_TRIES = 5;
const MAX_ITEMS = 100;
const MAX_PACKAGES = 20;
const MAX_NOTE = 500;

/** Where a shipment may go from each status (carriers' events that do not fit are kept as history only). */
export const SHIPMENT_NEXT: Record<ShipmentStatus, readonly ShipmentStatus[]> = {
  PENDING: ['PICKED_UP', 'CANCELLED'],
  PICKED_UP: ['IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'FAILED'],
  IN_TRANSIT: ['OUT_FOR_DELIVERY', 'DELIVERED', 'FAILED'],
  OUT_FOR_DELIVERY: ['IN_TRANSIT', 'DELIVERED', 'FAILED'],
  FAILED: ['OUT_FOR_DELIVERY', 'IN_TRANSIT', 'RETURNED'],
  DELIVERED: [],
  RETURNED: [],
  CANCELLED: [],
};

/** Shipments that no longer carry their units (these may be shipped again). */
const RELEASED: ShipmentStatus[] = ['CANCELLED', 'RETURNED'];
/** Shipments whose goods have left the shop. */
const LEFT: ShipmentStatus[] = ['PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'FAILED'];

const STATUS_WORDS: Record<ShipmentStatus, string> = {
  PENDING: 'being prepared',
  PICKED_UP: 'picked up',
  IN_TRANSIT: 'on its way',
  OUT_FOR_DELIVERY: 'out for delivery',
  DELIVERED: 'delivered',
  FAILED: 'not delivered (we will try again)',
  RETURNED: 'returned to the shop',
  CANCELLED: 'cancelled',
};

const bad = (message: string, field: string) => new DomainError(ErrorCode.BAD_USER_INPUT, message, [field]);
const notFound = () => new DomainError(ErrorCode.NOT_FOUND, 'No such shipment', ['shipmentId']);
const cannot = (from: ShipmentStatus, to: ShipmentStatus) =>
  new DomainError(ErrorCode.INVALID_TRANSITION, `A shipment that is ${STATUS_WORDS[from]} cannot become ${STATUS_WORDS[to]}`, ['shipmentId']);

// ---- the delivery code

/** The customer's code: derived, never stored (the salt alone does not give it without the data key). */
export function deliveryCode(salt: string): string {
  const digest = createHmac('sha256', config.dataKey).update(`delivery-code:${salt}`).digest();
  return String(digest.readUInt32BE(0) % 1_000_000).padStart(6, '0');
}

const codeHash = (shipmentId: string, code: string) => createHmac('sha256', config.dataKey).update(`delivery-code-check:${shipmentId}:${code}`).digest('hex');

// ---- who

const isAdmin2fa = (a: Actor) => a.kind === 'user' && a.mfa && a.roles.some((r) => ADMIN_ROLES.includes(r));
const vendorUser = (a: Actor) => (a.kind === 'user' && a.roles.includes('VENDOR') ? a.userId : null);

type ShipmentRow = NonNullable<Awaited<ReturnType<Tx['shipment']['findFirst']>>>;

/** A shipment the caller may act on: managers any of the tenant's; a rider their own; a vendor its vendor orders'. */
async function visibleShipment(ctx: ServiceContext, id: string): Promise<ShipmentRow> {
  const tenantId = requireTenant(ctx);
  const s = isUuid(id) ? await ctx.prisma.shipment.findFirst({ where: { id, tenantId } }) : null;
  if (!s) throw notFound();
  if (managesOrders(ctx.actor)) return s;
  const a = ctx.actor;
  if (a.kind === 'user' && s.riderUserId && s.riderUserId === a.userId) return s;
  const vendor = vendorUser(a);
  if (vendor && (await ctx.prisma.vendorOrder.count({ where: { id: s.vendorOrderId, tenantId, vendorOwnerUserId: vendor } }))) return s;
  throw notFound();
}

/** Steps on the road (pick up, out for delivery, failed, deliver): the shipment's rider (RIDER or staff), or any of the shop's staff. */
function requireRiderOf(ctx: ServiceContext, s: ShipmentRow) {
  const a = ctx.actor;
  const rider = a.kind === 'user' && !!s.riderUserId && s.riderUserId === a.userId;
  if (!rider && !managesOrders(a)) throw notFound();
}

// ---- reading

export interface ShipmentFilter {
  status?: ShipmentStatus | null;
  orderId?: string | null;
  first?: number | null;
}

/** The shop's shipments, newest first: managers see all, a vendor its own vendor orders'. */
export async function listShipments(ctx: ServiceContext, filter: ShipmentFilter = {}) {
  const tenantId = requireTenant(ctx);
  const where: Parameters<PrismaClient['shipment']['findMany']>[0] extends infer A ? (A extends { where?: infer W } ? W : never) : never = { tenantId };
  if (filter.status) where.status = filter.status;
  if (filter.orderId) {
    if (!isUuid(filter.orderId)) return [];
    where.orderId = filter.orderId;
  }
  if (!managesOrders(ctx.actor)) {
    const vendor = vendorUser(ctx.actor);
    if (!vendor) throw new DomainError(ErrorCode.FORBIDDEN, 'Only the shop’s staff and vendors list shipments', []);
    const mine = await ctx.prisma.vendorOrder.findMany({ where: { tenantId, vendorOwnerUserId: vendor }, select: { id: true }, take: 1000, orderBy: { id: 'desc' } });
    where.vendorOrderId = { in: mine.map((v) => v.id) };
  }
  return ctx.prisma.shipment.findMany({ where, orderBy: { createdAt: 'desc' }, take: Math.min(Math.max(filter.first ?? 50, 1), 100) });
}

export async function shipment(ctx: ServiceContext, id: string) {
  try {
    return await visibleShipment(ctx, id);
  } catch (e) {
    if (e instanceof DomainError && e.code === ErrorCode.NOT_FOUND) return null;
    throw e;
  }
}

/** The rider's list: their shipments still on the road, and those finished today (Lagos time), oldest first. */
export async function myDeliveries(ctx: ServiceContext, now = new Date()) {
  const tenantId = requireTenant(ctx);
  const a = ctx.actor;
  if (a.kind !== 'user' || !a.userId) throw new DomainError(ErrorCode.FORBIDDEN, 'Sign in as the shop’s rider', []);
  // Africa/Lagos is UTC+1 all year.
  const lagos = new Date(now.getTime() + 3600_000);
  const startOfDay = new Date(Date.UTC(lagos.getUTCFullYear(), lagos.getUTCMonth(), lagos.getUTCDate()) - 3600_000);
  return ctx.prisma.shipment.findMany({
    where: {
      tenantId,
      riderUserId: a.userId,
      OR: [{ status: { in: ['PENDING', 'PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'FAILED'] } }, { updatedAt: { gte: startOfDay } }],
    },
    orderBy: { createdAt: 'asc' },
    take: 100,
  });
}

/**
 * An order's shipments for whoever may see the order (its customer, a guest with the cart's token, staff,
 * its vendors: their own vendor orders' only). `withCode` says whether the caller is the customer, who
 * alone is shown the delivery code.
 */
export async function orderShipments(ctx: ServiceContext, orderId: string, cartToken?: string | null) {
  const order = await findOrder(ctx, orderId, cartToken);
  if (!order) return { shipments: [], withCode: false };
  const a = ctx.actor;
  const signedInCustomer = a.kind === 'user' && !!order.customerUserId && order.customerUserId === a.userId;
  const guest = !order.customerUserId && !!cartToken;
  const vendor = !managesOrders(a) && !signedInCustomer ? vendorUser(a) : null;
  const vendorOrderIds = vendor ? (await ctx.prisma.vendorOrder.findMany({ where: { orderId: order.id, vendorOwnerUserId: vendor }, select: { id: true } })).map((v) => v.id) : null;
  const shipments = await ctx.prisma.shipment.findMany({
    // A return's way back is shown on its return request (decision 0092), never as a delivery with a code.
    where: { tenantId: order.tenantId, orderId: order.id, returnRequestId: null, ...(vendorOrderIds ? { vendorOrderId: { in: vendorOrderIds } } : {}) },
    orderBy: { createdAt: 'asc' },
  });
  return { shipments, withCode: signedInCustomer || guest };
}

/** The code to show the customer while it can still be used. */
export const customerCode = (s: { deliveryCodeSalt: string; status: ShipmentStatus }) => (RELEASED.includes(s.status) || s.status === 'DELIVERED' ? null : deliveryCode(s.deliveryCodeSalt));

// ---- creating

export interface ShipmentInput {
  vendorOrderId: string;
  carrier: CarrierName;
  riderUserId?: string | null;
  items: { orderLineId: string; quantity: number }[];
  packages: PackageSize[];
  /** Map-routed carriers (Kwik): the customer's position when their address has none. */
  position?: Partial<Position> | null;
}

export function checkPackages(packages: PackageSize[]) {
  if (!Array.isArray(packages) || packages.length < 1 || packages.length > MAX_PACKAGES) throw bad(`A shipment has 1 to ${MAX_PACKAGES} packages`, 'packages');
  for (const p of packages) {
    const ok = (n: number, max: number) => Number.isInteger(n) && n >= 1 && n <= max;
    if (!ok(p.weightGrams, 1_000_000)) throw bad('A package weighs 1 g to 1,000 kg (whole grams)', 'packages');
    if (!ok(p.lengthMm, 10_000) || !ok(p.widthMm, 10_000) || !ok(p.heightMm, 10_000)) throw bad('A package measures 1 mm to 10 m on each side (whole millimetres)', 'packages');
  }
}

/** A position staff enter on the Ship screen when the customer's address has none (decision 0090). */
export interface Position {
  latitude: number;
  longitude: number;
}

/**
 * Where the parcel goes, as carriers take it: city and state for zone-priced carriers, and for those that
 * route by the map (Kwik) the recipient with the address's coordinates, or the ones staff entered.
 */
export function destinationOf(address: unknown, orderPhone: string | null = null, entered?: Position | null): Destination {
  const a = (address ?? {}) as Record<string, unknown>;
  const text = (k: string) => (typeof a[k] === 'string' && (a[k] as string).trim() ? (a[k] as string).trim() : null);
  const position = entered ?? (typeof a.latitude === 'number' && typeof a.longitude === 'number' ? { latitude: a.latitude, longitude: a.longitude } : null);
  const phone = text('phone') ?? orderPhone;
  const street = [text('line1'), text('line2'), text('city'), text('region')].filter(Boolean).join(', ');
  return {
    city: text('city'),
    state: text('region'),
    recipient: position && phone ? { name: text('name') ?? '', phone, address: street, latitude: position.latitude, longitude: position.longitude } : null,
  };
}

/** Kwik routes by the map: an address without a position (or a phone) cannot go with it. */
function checkRoutable(carrier: CarrierName, destination: Destination, address: unknown) {
  if (carrier !== 'KWIK' || destination.recipient) return;
  const hasPosition = typeof (address as Record<string, unknown> | null)?.latitude === 'number';
  if (!hasPosition) throw bad('Kwik needs the customer’s map position and this address has none: ask the customer to share their location (“Use my location”), then enter its latitude and longitude here', 'latitude');
  throw bad('Kwik needs the customer’s phone number and this order has none: ask the customer for it', 'carrier');
}

const enteredPosition = (p: Partial<Position> | null | undefined): Position | null => mapPosition(p?.latitude, p?.longitude, ['position']);

/** Whether an unpaid order may ship: pay on delivery, still to be collected. */
async function payOnDeliveryDue(db: Tx | PrismaClient, orderId: string) {
  return (await db.payment.count({ where: { orderId, method: 'PAY_ON_DELIVERY', status: 'PENDING' } })) > 0;
}

/** What the carrier would charge for these packages to this order's address (null: it does not quote). */
export async function quoteShipment(ctx: ServiceContext, input: { orderId: string; carrier: CarrierName; packages: PackageSize[]; position?: Partial<Position> | null }) {
  const tenantId = requireTenant(ctx);
  if (!managesOrders(ctx.actor) && !vendorUser(ctx.actor)) throw new DomainError(ErrorCode.FORBIDDEN, 'Only the shop’s staff and vendors ship orders', []);
  if (!CARRIER_NAMES.includes(input.carrier)) throw bad('Unknown carrier', 'carrier');
  checkPackages(input.packages);
  // An order the caller cannot see (another shop's, another vendor's) has no quote.
  const order = await findOrder(ctx, input.orderId);
  if (!order || order.tenantId !== tenantId) return null;
  const destination = destinationOf(order.shippingAddress, order.phone, enteredPosition(input.position));
  checkRoutable(input.carrier, destination, order.shippingAddress);
  return (await carrierFor(ctx.prisma, tenantId, input.carrier)).quote({ packages: input.packages, destination, currency: order.currency });
}

/**
 * The checkout's locked carrier price for a vendor order's first shipment with that carrier (decision 0091):
 * the seller's part of the order's ShippingQuote. Null when the order was priced from a zone rate, ships
 * with another carrier, or already has a live shipment with this one (a split parcel is quoted afresh).
 */
async function lockedShipmentPrice(ctx: ServiceContext, order: { id: string; tenantId: string; shippingQuoteId: string | null; currency: string }, vendorOrder: { id: string; vendorId: string }, carrier: CarrierName) {
  if (!order.shippingQuoteId) return null;
  const quote = await ctx.prisma.shippingQuote.findFirst({ where: { id: order.shippingQuoteId, tenantId: order.tenantId, carrier } });
  const amount = quote ? quoteParts(quote).get(vendorOrder.vendorId) : undefined;
  if (amount === undefined) return null;
  const earlier = await ctx.prisma.shipment.count({ where: { tenantId: order.tenantId, vendorOrderId: vendorOrder.id, carrier, status: { notIn: ['CANCELLED', 'RETURNED'] } } });
  return earlier > 0 ? null : { amount, currency: order.currency, etaHours: quote!.etaHours };
}

/** Creates a shipment of some of a vendor order's lines and books its pickup (see the module comment). */
export async function createShipment(ctx: ServiceContext, input: ShipmentInput) {
  const tenantId = requireTenant(ctx);
  if (!isUuid(input.vendorOrderId)) throw bad('vendorOrderId must be a vendor order id', 'vendorOrderId');
  if (!CARRIER_NAMES.includes(input.carrier)) throw bad('Unknown carrier', 'carrier');
  const vendorOrder = await ctx.prisma.vendorOrder.findFirst({ where: { id: input.vendorOrderId, tenantId } });
  const vendor = vendorUser(ctx.actor);
  if (!vendorOrder || !(managesOrders(ctx.actor) || (vendor && vendorOrder.vendorOwnerUserId === vendor))) throw new DomainError(ErrorCode.NOT_FOUND, 'No such vendor order', ['vendorOrderId']);
  const riderUserId = input.riderUserId?.trim() || null;
  if (input.carrier === 'OWN_RIDERS' && !riderUserId) throw bad('Choose the rider who delivers it', 'riderUserId');
  if (riderUserId && !isUuid(riderUserId)) throw bad('riderUserId must be a staff member’s user id', 'riderUserId');
  if (input.carrier !== 'OWN_RIDERS' && riderUserId) throw bad('Only the shop’s own riders are assigned by name', 'riderUserId');
  if (!Array.isArray(input.items) || input.items.length < 1 || input.items.length > MAX_ITEMS) throw bad(`A shipment carries 1 to ${MAX_ITEMS} lines`, 'items');
  const wanted = new Map<string, number>();
  for (const item of input.items) {
    if (!isUuid(item.orderLineId) || !Number.isInteger(item.quantity) || item.quantity < 1) throw bad('Each item names an order line and a whole quantity of at least 1', 'items');
    if (wanted.has(item.orderLineId)) throw bad('Each order line appears once', 'items');
    wanted.set(item.orderLineId, item.quantity);
  }
  checkPackages(input.packages);
  const position = enteredPosition(input.position);
  const order = await ctx.prisma.order.findFirstOrThrow({ where: { id: vendorOrder.orderId, tenantId } });
  if (order.shippingMethod === 'NONE' || !order.shippingAddress) throw new DomainError(ErrorCode.INVALID_TRANSITION, 'This order has nothing to deliver', ['vendorOrderId']);

  const destination = destinationOf(order.shippingAddress, order.phone, position);
  checkRoutable(input.carrier, destination, order.shippingAddress);
  const carrier = await carrierFor(ctx.prisma, tenantId, input.carrier);
  const id = uuidv7();
  // The price the customer was charged for this carrier at checkout is the shipment's (decision 0091).
  const quote = (await lockedShipmentPrice(ctx, order, vendorOrder, input.carrier)) ?? (await carrier.quote({ packages: input.packages, destination, currency: order.currency }));
  const booking = await carrier.bookPickup({ shipmentId: id, packages: input.packages, destination });
  const actor = actorRef(ctx);
  const links = await tenantLinks(ctx.peers, tenantId, 'commerce', ctx.requestId);
  const salt = randomBytes(16).toString('hex');
  try {
    const created = await ctx.prisma.$transaction(async (tx) => {
      const locked = (await lockOrder(tx, tenantId, order.id))!;
      const unpaidPod = locked.status === 'PENDING_PAYMENT' && (await payOnDeliveryDue(tx, locked.id));
      if (!['PAID', 'FULFILLING', 'SHIPPED', 'PARTIALLY_REFUNDED'].includes(locked.status) && !unpaidPod) {
        throw new DomainError(ErrorCode.INVALID_TRANSITION, `An order that is ${locked.status.toLowerCase().replace(/_/g, ' ')} cannot be shipped`, ['vendorOrderId']);
      }
      if (unpaidPod && input.carrier !== 'OWN_RIDERS') throw bad('An order paid on delivery goes with the shop’s own riders, who collect the money', 'carrier');
      const lines = await tx.orderLine.findMany({ where: { vendorOrderId: vendorOrder.id, id: { in: [...wanted.keys()] } } });
      if (lines.length !== wanted.size || lines.some((l) => l.source !== 'CATALOG')) throw bad('Every item must be a deliverable line of this vendor order', 'items');
      const shipped = await unitsInShipments(tx, [...wanted.keys()]);
      for (const line of lines) {
        const left = line.quantity - (shipped.get(line.id) ?? 0);
        if (wanted.get(line.id)! > left) {
          throw new DomainError(ErrorCode.SHIPMENT_EXCEEDS_ORDERED, `Only ${left} of “${line.title}” ${left === 1 ? 'is' : 'are'} left to ship`, ['items']);
        }
      }
      const row = await tx.shipment.create({
        data: {
          id,
          tenantId,
          orderId: order.id,
          vendorOrderId: vendorOrder.id,
          carrier: input.carrier,
          trackingNumber: booking.trackingNumber,
          riderUserId,
          quotedAmount: quote?.amount ?? null,
          currency: order.currency,
          deliveryCodeSalt: salt,
          deliveryCodeHash: codeHash(id, deliveryCode(salt)),
          createdByActorId: actor.actorId,
        },
      });
      await tx.shipmentItem.createMany({ data: lines.map((l) => ({ id: uuidv7(), tenantId, shipmentId: id, orderLineId: l.id, quantity: wanted.get(l.id)! })) });
      await tx.shipmentPackage.createMany({ data: input.packages.map((p) => ({ id: uuidv7(), tenantId, shipmentId: id, weightGrams: p.weightGrams, lengthMm: p.lengthMm, widthMm: p.widthMm, heightMm: p.heightMm })) });
      await tx.shipmentEvent.create({ data: { id: uuidv7(), tenantId, shipmentId: id, carrier: input.carrier, status: 'PENDING', note: 'Shipment created', actorType: actor.actorType, actorId: actor.actorId } });
      await followShipments(tx, locked.id, actor, links);
      await announceDispatch(tx, locked, row, links);
      return row;
    }, TX_OPTIONS);
    ctx.eventsRecorded();
    return created;
  } catch (e) {
    // The carrier holds a pickup nobody will use: give it back (best effort; its own expiry covers a failure).
    await carrier.cancel(booking.trackingNumber).catch((err) => logger.warn('carrier cancel failed', { carrier: input.carrier, error: String(err) }));
    if (isCheckViolation(e)) throw new DomainError(ErrorCode.SHIPMENT_EXCEEDS_ORDERED, 'Those quantities are more than is left to ship', ['items']);
    throw e;
  }
}

const isCheckViolation = (e: unknown) => /check_violation|23514|shipments would carry/.test(String((e as { message?: string })?.message ?? e));

/** Units of each line already in live shipments. */
async function unitsInShipments(tx: Tx, orderLineIds: string[]) {
  const rows = await tx.shipmentItem.groupBy({ by: ['orderLineId'], where: { orderLineId: { in: orderLineIds }, shipment: { status: { notIn: RELEASED } } }, _sum: { quantity: true } });
  return new Map(rows.map((r) => [r.orderLineId, r._sum.quantity ?? 0]));
}

// ---- following the shipments: vendor orders, then the order

const rank = (stage: string | null) => VENDOR_STAGES.indexOf(stage as (typeof VENDOR_STAGES)[number]);

/**
 * Moves each vendor order of the order forward to where its shipments are (never back), then the order
 * to its slowest vendor order once it is paid. Called under the order's lock after every shipment change;
 * also finishes a catch-up a crash interrupted (after a collection's payment settled).
 */
export async function followShipments(tx: Tx, orderId: string, actor: ActorRef, links: TenantLinks | null) {
  let order = (await tx.order.findUniqueOrThrow({ where: { id: orderId } }))!;
  const paid = !['PENDING_PAYMENT', 'CANCELLED', 'REFUNDED', 'COMPLETED'].includes(order.status);
  if (!paid && order.status !== 'PENDING_PAYMENT') return;
  const vendorOrders = await tx.vendorOrder.findMany({ where: { orderId }, include: { lines: { where: { source: 'CATALOG' }, select: { id: true, quantity: true } } } });
  const shipments = await tx.shipment.findMany({ where: { orderId, returnRequestId: null, status: { notIn: RELEASED } }, include: { items: true } });
  for (const vo of vendorOrders) {
    const mine = shipments.filter((s) => s.vendorOrderId === vo.id);
    if (mine.length === 0 || vo.lines.length === 0) continue;
    const covered = (statuses: ShipmentStatus[]) =>
      vo.lines.every((l) => mine.filter((s) => statuses.includes(s.status)).reduce((n, s) => n + (s.items.find((i) => i.orderLineId === l.id)?.quantity ?? 0), 0) >= l.quantity);
    let target: (typeof VENDOR_STAGES)[number] = covered(['DELIVERED']) ? 'DELIVERED' : covered(LEFT) ? 'SHIPPED' : 'FULFILLING';
    // Unpaid (pay on delivery): delivered only once the money is in, when this runs again.
    if (!paid && target === 'DELIVERED') target = 'SHIPPED';
    let stage = vo.fulfilmentStage;
    while (rank(stage) < rank(target)) {
      const next = VENDOR_STAGES[rank(stage) + 1] as Exclude<(typeof VENDOR_STAGES)[number], 'PAID'>;
      await stepVendorOrderStage(tx, order, vo, stage, next, actor, 'Shipments');
      stage = next;
    }
  }
  if (!paid) return;
  const stages = await tx.vendorOrder.findMany({ where: { orderId }, select: { fulfilmentStage: true } });
  const slowest = VENDOR_STAGES[Math.min(...stages.map((s) => rank(s.fulfilmentStage)))];
  const at = () => (FULFILMENT as readonly string[]).indexOf(order.fulfilmentStage ?? 'PAID');
  while (at() < (FULFILMENT as readonly string[]).indexOf(slowest)) {
    const next = FULFILMENT[at() + 1] as OrderStatus;
    if (!(await transition(tx, order, next, actor, `Every vendor has reached ${next.toLowerCase()}`))) break;
    await recordOrderMessage(tx, order, next, links);
    order = await tx.order.findUniqueOrThrow({ where: { id: orderId } });
  }
}

// ---- messages

type Recipient = { tenantId: string; email: string; phone: string | null; customerUserId: string | null; shippingAddress: unknown };

/** The customer's name (from the delivery address), who to send to, and on which channels (SMS when they gave a phone). */
function recipient(order: Recipient) {
  const raw = (order.shippingAddress as { name?: unknown } | null)?.name;
  const name = typeof raw === 'string' ? raw : '';
  return { name, to: { email: order.email, phone: order.phone, name: name || null, userId: order.customerUserId }, channels: (order.phone ? ['EMAIL', 'SMS'] : ['EMAIL']) as ('EMAIL' | 'SMS')[] };
}

async function announceDispatch(tx: Tx, order: { id: string; tenantId: string; number: string; email: string; phone: string | null; customerUserId: string | null; shippingAddress: unknown; channel: string }, s: ShipmentRow, links: TenantLinks | null) {
  if (order.channel === 'POS') return;
  const { name, to, channels } = recipient(order);
  await recordEvent(tx, {
    tenantId: order.tenantId,
    topic: TOPICS.NOTIFICATIONS_MESSAGE_REQUESTED,
    payload: {
      key: `shipment.dispatched:${s.id}`,
      tenantId: order.tenantId,
      template: 'shipment.dispatched',
      to,
      channels,
      variables: { name, orderNumber: order.number, trackingNumber: s.trackingNumber, orderUrl: links?.shop(`/orders/${order.id}`) ?? '' },
      secretSealed: encryptSecret(deliveryCode(s.deliveryCodeSalt)),
    },
  });
}

async function announceStep(tx: Tx, s: ShipmentRow, status: ShipmentStatus, links: TenantLinks | null) {
  if (!['OUT_FOR_DELIVERY', 'DELIVERED', 'FAILED', 'RETURNED'].includes(status)) return;
  const order = await tx.order.findUniqueOrThrow({ where: { id: s.orderId } });
  if (order.channel === 'POS') return;
  const { name, to, channels } = recipient(order);
  const tries = await tx.shipmentEvent.count({ where: { shipmentId: s.id, status } });
  await recordEvent(tx, {
    tenantId: order.tenantId,
    topic: TOPICS.NOTIFICATIONS_MESSAGE_REQUESTED,
    payload: {
      key: `shipment.updated:${s.id}:${status}:${tries}`,
      tenantId: order.tenantId,
      template: 'shipment.updated',
      to,
      channels,
      variables: { name, orderNumber: order.number, status: STATUS_WORDS[status], trackingUrl: links?.shop(`/orders/${order.id}`) ?? '' },
    },
  });
}

// ---- moving a shipment

interface Move {
  status: ShipmentStatus;
  note?: string | null;
  location?: string | null;
  carrierEventId?: string | null;
  at?: Date;
  data?: Record<string, unknown>;
}

/** Writes a status change with its tracking event and lets the order follow; under the order's lock. */
async function moveShipment(tx: Tx, s: ShipmentRow, move: Move, actor: ActorRef, links: TenantLinks | null) {
  if (!SHIPMENT_NEXT[s.status].includes(move.status)) throw cannot(s.status, move.status);
  const moved = await tx.shipment.updateMany({ where: { id: s.id, status: s.status }, data: { status: move.status, ...(move.data ?? {}) } });
  if (moved.count === 0) throw cannot(s.status, move.status);
  await tx.shipmentEvent.create({
    data: { id: uuidv7(), tenantId: s.tenantId, shipmentId: s.id, carrier: s.carrier, carrierEventId: move.carrierEventId ?? null, status: move.status, note: move.note ?? null, location: move.location ?? null, actorType: actor.actorType, actorId: actor.actorId, at: move.at ?? new Date() },
  });
  // A return's way back (decision 0092) does not move the order; arriving at the shop receives the return.
  if (s.returnRequestId) {
    if (move.status === 'DELIVERED') await receiveReturnByParcel(tx, s.returnRequestId, actor, `Parcel ${s.trackingNumber} arrived at the shop`);
    return;
  }
  await followShipments(tx, s.orderId, actor, links);
  await announceStep(tx, s, move.status, links);
}

const checkText = (text: string | null | undefined, field: string, required: boolean) => {
  const t = text?.trim() || null;
  if (required && !t) throw bad('Say why', field);
  if (t && t.length > MAX_NOTE) throw bad(`At most ${MAX_NOTE} characters`, field);
  return t;
};

async function underLock<T>(ctx: ServiceContext, s: ShipmentRow, work: (tx: Tx, current: ShipmentRow, links: TenantLinks | null) => Promise<T>): Promise<T> {
  const links = await tenantLinks(ctx.peers, s.tenantId, 'commerce', ctx.requestId);
  const result = await ctx.prisma.$transaction(async (tx) => {
    await lockOrder(tx, s.tenantId, s.orderId);
    const current = await tx.shipment.findUniqueOrThrow({ where: { id: s.id } });
    return work(tx, current, links);
  }, TX_OPTIONS);
  ctx.eventsRecorded();
  return result;
}

export type RiderStep = 'PICKED_UP' | 'OUT_FOR_DELIVERY' | 'FAILED';

/** The rider (or staff) takes a step on the road; FAILED needs the reason. */
export async function stepShipment(ctx: ServiceContext, shipmentId: string, to: RiderStep, note?: string | null) {
  if (!['PICKED_UP', 'OUT_FOR_DELIVERY', 'FAILED'].includes(to)) throw bad('Not a rider’s step', 'status');
  const s = await visibleShipment(ctx, shipmentId);
  requireRiderOf(ctx, s);
  const reason = checkText(note, 'note', to === 'FAILED');
  return underLock(ctx, s, async (tx, current, links) => {
    const data = to === 'PICKED_UP' ? { pickedUpAt: new Date() } : to === 'FAILED' ? { failureReason: reason } : {};
    await moveShipment(tx, current, { status: to, note: reason, data }, actorRef(ctx), links);
    return tx.shipment.findUniqueOrThrow({ where: { id: s.id } });
  });
}

/** A manager cancels a shipment not yet picked up (its units may ship again) or records it returned to the shop after a failure. */
export async function closeShipment(ctx: ServiceContext, shipmentId: string, to: 'CANCELLED' | 'RETURNED', note?: string | null) {
  if (to !== 'CANCELLED' && to !== 'RETURNED') throw bad('CANCELLED or RETURNED', 'status');
  const s = await visibleShipment(ctx, shipmentId);
  if (!managesOrders(ctx.actor)) throw notFound();
  const reason = checkText(note, 'note', true);
  const updated = await underLock(ctx, s, async (tx, current, links) => {
    await moveShipment(tx, current, { status: to, note: reason }, actorRef(ctx), links);
    return tx.shipment.findUniqueOrThrow({ where: { id: s.id } });
  });
  if (to === 'CANCELLED') await carrierFor(ctx.prisma, s.tenantId, s.carrier).then((c) => c.cancel(s.trackingNumber)).catch((e) => logger.warn('carrier cancel failed', { error: String(e) }));
  return updated;
}

export interface Collection {
  amount: bigint;
  currency: string;
  via: CollectionWay;
}

/**
 * The rider hands the goods over: with the customer's code (wrong: a try counted, DELIVERY_CODE_INVALID; the
 * fifth locks it), and for an unpaid pay-on-delivery order with the money collected, in one transaction.
 */
export async function deliverShipment(ctx: ServiceContext, input: { shipmentId: string; code: string; collection?: Collection | null }) {
  const s = await visibleShipment(ctx, input.shipmentId);
  requireRiderOf(ctx, s);
  if (s.returnRequestId) throw returnParcelHasNoCode();
  const code = String(input.code ?? '').replace(/\s+/g, '');
  if (!/^\d{6}$/.test(code)) throw bad('The code is the six digits the customer has', 'code');
  const outcome = await underLock(ctx, s, async (tx, current) => {
    if (!SHIPMENT_NEXT[current.status].includes('DELIVERED')) throw cannot(current.status, 'DELIVERED');
    if (current.codeLockedAt) return { locked: true as const };
    if (!safeEqual(codeHash(current.id, code), current.deliveryCodeHash)) {
      const tries = current.codeTries + 1;
      await tx.shipment.update({ where: { id: current.id }, data: { codeTries: tries, codeLockedAt: tries >= MAX_CODE_TRIES ? new Date() : null } });
      return { wrong: MAX_CODE_TRIES - tries };
    }
    return { ok: true as const };
  });
  if ('locked' in outcome) throw lockedError();
  if ('wrong' in outcome && outcome.wrong !== undefined) {
    if (outcome.wrong <= 0) throw lockedError();
    throw new DomainError(ErrorCode.DELIVERY_CODE_INVALID, `That is not the customer’s code; ${outcome.wrong} ${outcome.wrong === 1 ? 'try' : 'tries'} left`, ['code']);
  }
  return handOver(ctx, s, { note: 'Delivered with the customer’s code', collection: input.collection ?? null, codeChecked: code });
}

const returnParcelHasNoCode = () => new DomainError(ErrorCode.INVALID_TRANSITION, 'A return’s parcel has no delivery code: the shop confirms it arrived, on the return', ['shipmentId']);

/**
 * A return's parcel reached the shop (decision 0092): the shop confirms it (returns.ts' caller checks the
 * caller answers the return), and the return becomes RECEIVED in the same transaction.
 */
export async function receiveReturnParcel(ctx: ServiceContext, shipmentId: string, note: string | null | undefined) {
  const s = await visibleShipment(ctx, shipmentId);
  if (!s.returnRequestId) throw notFound();
  const why = checkText(note, 'note', false);
  const userId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  return underLock(ctx, s, async (tx, current, links) => {
    await moveShipment(tx, current, { status: 'DELIVERED', note: why ?? 'Received at the shop', data: { deliveredAt: new Date(), deliveredByUserId: userId } }, actorRef(ctx), links);
    return tx.shipment.findUniqueOrThrow({ where: { id: s.id } });
  });
}

const lockedError = () => new DomainError(ErrorCode.DELIVERY_CODE_LOCKED, 'Too many wrong codes: ask a manager to confirm this delivery', ['code']);

/** An administrator (second factor) delivers without the code, with the reason recorded on both timelines. */
export async function overrideShipmentDelivery(ctx: ServiceContext, input: { shipmentId: string; reason: string; collection?: Collection | null }) {
  if (!isAdmin2fa(ctx.actor)) {
    throw new DomainError(ctx.actor.kind === 'user' && ctx.actor.roles.some((r) => ADMIN_ROLES.includes(r)) ? ErrorCode.TWO_FACTOR_REQUIRED : ErrorCode.FORBIDDEN, 'Only an administrator (with two-factor authentication) delivers without the customer’s code', ['shipmentId']);
  }
  const s = await visibleShipment(ctx, input.shipmentId);
  if (s.returnRequestId) throw returnParcelHasNoCode();
  const reason = checkText(input.reason, 'reason', true)!;
  return handOver(ctx, s, { note: `Delivered without the customer’s code: ${reason}`, collection: input.collection ?? null, override: reason });
}

async function handOver(ctx: ServiceContext, s: ShipmentRow, how: { note: string; collection: Collection | null; codeChecked?: string; override?: string }) {
  const actor = actorRef(ctx);
  const userId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  const paymentId = await underLock(ctx, s, async (tx, current, links) => {
    if (how.codeChecked && (current.codeLockedAt || !safeEqual(codeHash(current.id, how.codeChecked), current.deliveryCodeHash))) throw lockedError();
    const order = (await tx.order.findUniqueOrThrow({ where: { id: s.orderId } }))!;
    let payment: string | null = null;
    if (order.status === 'PENDING_PAYMENT' && (await payOnDeliveryDue(tx, order.id))) {
      if (!how.collection) throw bad('Collect the money for this order: it is paid on delivery', 'collection');
      // The shipment's own rider (a RIDER too, decision 0093) collects for it; anyone else must be a collector.
      const by = userId && current.riderUserId === userId ? userId : collector(ctx);
      payment = await recordCollection(tx, order, by, how.collection);
    }
    await moveShipment(tx, current, { status: 'DELIVERED', note: how.note, data: { deliveredAt: new Date(), deliveredByUserId: userId, overrideReason: how.override ?? null } }, actor, links);
    if (how.override) {
      await tx.orderEvent.create({ data: { id: uuidv7(), tenantId: s.tenantId, orderId: s.orderId, vendorOrderId: s.vendorOrderId, fromStatus: null, toStatus: order.status, actorType: actor.actorType, actorId: actor.actorId, reason: `Shipment ${current.trackingNumber}: ${how.note}` } });
    }
    return payment;
  });
  if (paymentId) {
    // The ordinary paid path (PAID, ORDER_PAID with the rider's CASH_HELD, invoices), then the order catches up.
    await settlePayment(ctx, paymentId);
    await underLock(ctx, s, (tx, _c, links) => followShipments(tx, s.orderId, actor, links));
  }
  return ctx.prisma.shipment.findUniqueOrThrow({ where: { id: s.id } });
}

// ---- carriers' webhooks

export interface CarrierWebhookDelivery {
  tenantId: string;
  carrier: string;
  rawBody: Buffer;
  headers: Record<string, string>;
  now?: Date;
}

const WEBHOOK_CARRIERS: Record<string, CarrierName> = { 'carrier-sandbox': 'SANDBOX', 'carrier-kwik': 'KWIK' };

/** Whether a provider segment of the webhook route names a carrier (the gateway's route is shared with payments). */
export const isCarrierWebhook = (provider: string) => provider.toLowerCase() in WEBHOOK_CARRIERS;

/**
 * A carrier's tracking webhook: verified by its adapter (401 for a forgery or a stale timestamp), stored
 * once per carrier event id (200 'duplicate' for a replay), applied to its shipment when the step follows
 * (else kept as history: 'recorded').
 */
export async function receiveCarrierWebhook(deps: Pick<ServiceContext, 'prisma' | 'peers' | 'eventsRecorded'> & { requestId?: string }, d: CarrierWebhookDelivery): Promise<{ status: number; outcome: string }> {
  const carrierName = WEBHOOK_CARRIERS[d.carrier.toLowerCase()];
  if (!carrierName) return { status: 404, outcome: 'unknown carrier' };
  // A shop that has not connected the carrier (or disconnected it) takes none of its callbacks.
  const adapter = await carrierFor(deps.prisma, d.tenantId, carrierName).catch(() => null);
  if (!adapter) return { status: 404, outcome: 'carrier not connected' };
  let event;
  try {
    event = await adapter.verifyWebhook({ rawBody: d.rawBody, headers: d.headers, now: d.now ?? new Date() });
  } catch (e) {
    if (e instanceof DomainError && e.code === ErrorCode.WEBHOOK_SIGNATURE_INVALID) {
      logger.warn('carrier webhook refused', { carrier: carrierName, tenantId: d.tenantId, reason: e.message });
      return { status: 401, outcome: 'signature invalid' };
    }
    if (e instanceof DomainError) return { status: 400, outcome: e.message };
    throw e;
  }
  const s = await deps.prisma.shipment.findUnique({ where: { tenantId_carrier_trackingNumber: { tenantId: d.tenantId, carrier: carrierName, trackingNumber: event.trackingNumber } } });
  if (!s) return { status: 200, outcome: 'unknown shipment' };
  const actor: ActorRef = { actorType: 'provider', actorId: carrierName };
  const links = await tenantLinks(deps.peers, d.tenantId, 'commerce', deps.requestId);
  try {
    const outcome = await deps.prisma.$transaction(async (tx) => {
      await lockOrder(tx, s.tenantId, s.orderId);
      if (await tx.shipmentEvent.findUnique({ where: { tenantId_carrier_carrierEventId: { tenantId: d.tenantId, carrier: carrierName, carrierEventId: event.eventId } } })) return 'duplicate';
      const current = await tx.shipment.findUniqueOrThrow({ where: { id: s.id } });
      if (!SHIPMENT_NEXT[current.status].includes(event.status)) {
        await tx.shipmentEvent.create({ data: { id: uuidv7(), tenantId: s.tenantId, shipmentId: s.id, carrier: carrierName, carrierEventId: event.eventId, status: event.status, note: event.note, location: event.location, actorType: actor.actorType, actorId: actor.actorId, at: event.at } });
        return 'recorded';
      }
      const data = event.status === 'PICKED_UP' ? { pickedUpAt: event.at } : event.status === 'DELIVERED' ? { deliveredAt: event.at } : event.status === 'FAILED' ? { failureReason: event.note ?? 'The carrier could not deliver' } : {};
      await moveShipment(tx, current, { status: event.status, note: event.note, location: event.location, carrierEventId: event.eventId, at: event.at, data }, actor, links);
      return 'applied';
    }, TX_OPTIONS);
    deps.eventsRecorded();
    return { status: 200, outcome };
  } catch (e) {
    if (isUniqueViolation(e)) return { status: 200, outcome: 'duplicate' };
    if (e instanceof DomainError && e.code === ErrorCode.INVALID_TRANSITION) return { status: 200, outcome: 'ignored' };
    throw e;
  }
}
