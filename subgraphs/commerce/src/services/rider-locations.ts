/**
 * Live rider location (issue 16, decision 0089). While the shop's rider carries a shipment (picked up, on
 * its way, out for delivery), their phone reports its position; the customer's order page shows the newest
 * positions live (the gateway's `riderTracking` subscription) or by polling.
 *
 * - Only the shipment's own rider reports, and only while it is on the road: a manager's phone is not the
 *   rider's, and a position before pick-up or after delivery tells the customer nothing true.
 * - One report per shipment per 10-second window is kept (a unique slot, so a phone sending faster is
 *   ignored without a lock); only the newest MAX_POSITIONS stay. A trigger deletes them all when the shipment
 *   is delivered, failed, cancelled, returned or deleted: a rider's position is personal data, kept only
 *   while the customer needs it.
 * - Reading: the order's customer, a guest with the cart's token, and the shop's managers (no vendor, no
 *   other customer). They also get a tracking key, an HMAC of the order id under the data key, which the
 *   page's socket and poller present instead of the customer's session or cart token (both stay in
 *   http-only cookies): the key reads this order's rider positions and nothing else.
 */
import { createHmac } from 'node:crypto';
import { config, DomainError, ErrorCode, isUniqueViolation, isUuid, requireTenant, safeEqual, uuidv7 } from '@webwaka/kit';
import type { ServiceContext } from './context';
import { findOrder, readsAllOrders } from './orders';

/** Statuses in which the rider has the goods and their position means something to the customer. */
export const TRACKED_STATUSES = ['PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY'] as const;
export const MAX_POSITIONS = 20;
/** One kept report per shipment per this window (the phone is asked for one every 15 s). */
export const REPORT_WINDOW_MS = 10_000;
const MAX_ACCURACY_M = 100_000;

export interface RiderPosition {
  latitude: number;
  longitude: number;
  accuracyMeters: number;
}

const bad = (message: string, field: string) => new DomainError(ErrorCode.BAD_USER_INPUT, message, [field]);
const notFound = () => new DomainError(ErrorCode.NOT_FOUND, 'No such shipment', ['shipmentId']);

function checkPosition(p: RiderPosition): RiderPosition {
  const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
  if (!finite(p.latitude) || p.latitude < -90 || p.latitude > 90) throw bad('Latitude is -90 to 90 degrees', 'latitude');
  if (!finite(p.longitude) || p.longitude < -180 || p.longitude > 180) throw bad('Longitude is -180 to 180 degrees', 'longitude');
  if (!finite(p.accuracyMeters) || p.accuracyMeters < 0 || p.accuracyMeters > MAX_ACCURACY_M) throw bad('Accuracy is 0 to 100 km, in metres', 'accuracyMeters');
  return { latitude: p.latitude, longitude: p.longitude, accuracyMeters: Math.round(p.accuracyMeters) };
}

/**
 * The rider's phone reports where it is. `accepted: false` when a report of the same 10-second window was
 * already kept (the phone sent too often; nothing is wrong). `announce` tells live subscribers after commit.
 */
export async function reportRiderLocation(
  ctx: ServiceContext,
  input: RiderPosition & { shipmentId: string },
  announce: (tenantId: string, orderId: string) => Promise<void> = async () => {},
  now = new Date(),
): Promise<{ accepted: boolean }> {
  const tenantId = requireTenant(ctx);
  const a = ctx.actor;
  if (a.kind !== 'user' || !a.userId) throw new DomainError(ErrorCode.FORBIDDEN, 'Sign in as the shipment’s rider', []);
  const position = checkPosition(input);
  if (!isUuid(input.shipmentId)) throw notFound();
  const riderUserId = a.userId;
  const slot = Math.floor(now.getTime() / REPORT_WINDOW_MS) % 2_000_000_000;
  let orderId: string;
  try {
    orderId = await ctx.prisma.$transaction(async (tx) => {
      // FOR SHARE: a delivery (which updates the row) waits for this report to commit, so the delete
      // trigger it fires sees this position too; a delivery that committed first is seen here.
      const rows = await tx.$queryRaw<{ orderId: string; status: string; riderUserId: string | null }[]>`
        SELECT "orderId", "status"::text AS "status", "riderUserId" FROM "commerce"."Shipment"
        WHERE "id" = ${input.shipmentId}::uuid AND "tenantId" = ${tenantId}::uuid FOR SHARE`;
      const s = rows[0];
      if (!s || s.riderUserId !== riderUserId) throw notFound();
      if (!(TRACKED_STATUSES as readonly string[]).includes(s.status))
        throw new DomainError(ErrorCode.INVALID_TRANSITION, 'Your position is shared only while you carry the shipment (picked up to delivered)', ['shipmentId']);
      await tx.riderLocation.create({ data: { id: uuidv7(), tenantId, shipmentId: input.shipmentId, orderId: s.orderId, riderUserId, ...position, slot, recordedAt: now } });
      const keep = await tx.riderLocation.findMany({ where: { shipmentId: input.shipmentId }, orderBy: { recordedAt: 'desc' }, take: MAX_POSITIONS, select: { id: true } });
      await tx.riderLocation.deleteMany({ where: { shipmentId: input.shipmentId, id: { notIn: keep.map((k) => k.id) } } });
      return s.orderId;
    });
  } catch (e) {
    if (isUniqueViolation(e)) return { accepted: false };
    throw e;
  }
  await announce(tenantId, orderId).catch(() => {});
  return { accepted: true };
}

/** The key that reads one order's rider positions (and nothing else). */
export function trackingKey(tenantId: string, orderId: string): string {
  return createHmac('sha256', config.dataKey).update(`rider-tracking:${tenantId}:${orderId}`).digest('base64url').slice(0, 32);
}

export interface RiderTrackingView {
  orderId: string;
  trackingKey: string;
  shipments: { shipmentId: string; status: string; positions: { latitude: number; longitude: number; accuracyMeters: number; at: Date }[] }[];
}

/**
 * The order's shipments on the road with their rider's newest positions (newest first), or null when the
 * caller may not see them: the order's customer, a guest with the cart's token, the shop's managers, or
 * whoever holds the order's tracking key.
 */
export async function riderTracking(
  ctx: ServiceContext,
  orderId: string,
  proof: { cartToken?: string | null; trackingKey?: string | null } = {},
): Promise<RiderTrackingView | null> {
  const tenantId = requireTenant(ctx);
  if (!isUuid(orderId)) return null;
  let allowed = false;
  if (proof.trackingKey) {
    allowed = safeEqual(proof.trackingKey, trackingKey(tenantId, orderId)) && (await ctx.prisma.order.count({ where: { id: orderId, tenantId } })) > 0;
  } else {
    const order = await findOrder(ctx, orderId, proof.cartToken);
    const a = ctx.actor;
    const customer = !!order && a.kind === 'user' && !!order.customerUserId && order.customerUserId === a.userId;
    const guest = !!order && !order.customerUserId && !!proof.cartToken;
    allowed = customer || guest || (!!order && readsAllOrders(a));
  }
  if (!allowed) return null;
  const shipments = await ctx.prisma.shipment.findMany({
    where: { tenantId, orderId, status: { in: [...TRACKED_STATUSES] } },
    orderBy: { createdAt: 'asc' },
    select: { id: true, status: true },
  });
  const positions = shipments.length
    ? await ctx.prisma.riderLocation.findMany({ where: { tenantId, orderId, shipmentId: { in: shipments.map((s) => s.id) } }, orderBy: { recordedAt: 'desc' }, take: MAX_POSITIONS * shipments.length })
    : [];
  return {
    orderId,
    trackingKey: trackingKey(tenantId, orderId),
    shipments: shipments.map((s) => ({
      shipmentId: s.id,
      status: s.status,
      positions: positions.filter((p) => p.shipmentId === s.id).map((p) => ({ latitude: p.latitude, longitude: p.longitude, accuracyMeters: p.accuracyMeters, at: p.recordedAt })),
    })),
  };
}
