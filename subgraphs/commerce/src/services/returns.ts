/**
 * Returns (issue 15, decisions 0058 and 0065). A signed-in customer (or a guest, with the token of the cart
 * their order came from, for an order placed without an account) asks to send back units of delivered lines of
 * their own order (with up to 5 photos of theirs, return-photos.ts), within the shop's return window (ReturnSettings.windowDays, 14 days after the vendor
 * order was delivered by default; 0: the shop takes no returns), with a reason. The request is split per
 * vendor order, so in a marketplace each vendor answers for its own part.
 *
 * The state machine (every move a compare-and-set on the status with a timeline row, in one transaction):
 *   REQUESTED → APPROVED (with instructions) | REFUSED (with a reason)
 *   APPROVED  → RECEIVED (the items came back)
 *   RECEIVED  → REFUNDED (through refunds.ts refundOrder, which does the money) | EXCHANGED (a note)
 * Anything else is INVALID_TRANSITION. Approving, refusing, receiving and exchanging: whoever manages
 * orders (administrators, staff, integrators with commerce:write) or the vendor that owns the vendor order.
 * Refunding gives money back, so it is for refunders only (orders.ts requireRefunder), as any refund is.
 *
 * Quantities: a line's returnable units are its quantity minus units in refunds that hold them (succeeded,
 * running, in review) and units already exchanged; a line is in at most one open request at a time (the
 * unique ReturnLine.openLineId, cleared when the request closes).
 *
 * Refunding is idempotent: the request is claimed (refundClaimedAt) before refundOrder is asked, the refund
 * it makes is found again by its reason ("Return <ref>") if the answer was lost, and a request already
 * REFUNDED is returned as it is. An exchange sends the replacement outside the order (its note says what);
 * the returned units may go back to stock in either case.
 */
import { DomainError, ErrorCode, isUuid, recordEvent, requireTenant, tenantLinks, TOPICS, uuidv7, type Actor, type MessageChannel, type Prisma, type TenantLinks } from '@webwaka/kit';
import { actorRef, TX_OPTIONS, type ActorRef, type ServiceContext, type Tx } from './context';
import { lockOrder, managesOrders } from './order-states';
import { guestOrder, readsAllOrders, requireRefunder } from './orders';
import { returnStock } from './peers';
import { refundOrder } from './refunds';
import { attachReturnPhotos, checkReturnPhotos } from './return-photos';

export const RETURN_STATUSES = ['REQUESTED', 'APPROVED', 'REFUSED', 'RECEIVED', 'REFUNDED', 'EXCHANGED'] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];
export const RETURN_REASONS = ['DAMAGED', 'WRONG_ITEM', 'NOT_AS_DESCRIBED', 'DOES_NOT_FIT', 'CHANGED_MIND', 'OTHER'] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

/** Where a request may go from each status. */
export const RETURN_TRANSITIONS: Record<ReturnStatus, readonly ReturnStatus[]> = {
  REQUESTED: ['APPROVED', 'REFUSED'],
  APPROVED: ['RECEIVED'],
  RECEIVED: ['REFUNDED', 'EXCHANGED'],
  REFUSED: [],
  REFUNDED: [],
  EXCHANGED: [],
};

/** Statuses in which a request holds its lines. */
export const OPEN_RETURN: readonly ReturnStatus[] = ['REQUESTED', 'APPROVED', 'RECEIVED'];
export const DEFAULT_RETURN_WINDOW_DAYS = 14;
export const MAX_RETURN_WINDOW_DAYS = 365;
const DAY_MS = 86_400_000;
/** A refund claim older than this, with no refund found, was lost (the process died): it may be claimed again. */
const CLAIM_TIMEOUT_MS = 10 * 60_000;
const MAX_TEXT = 1000;

export interface ReturnRequestInput {
  orderId: string;
  lines: { orderLineId: string; quantity: number }[];
  reason: string;
  details?: string | null;
  /** Photos the customer uploaded for it (return-photos.ts): at most 5, their own. */
  photoIds?: string[] | null;
  /** A guest's proof of the order (the token of the cart it came from), instead of a signed-in customer. */
  cartToken?: string | null;
}

export const invalidReturnTransition = (from: ReturnStatus, to: ReturnStatus) =>
  new DomainError(ErrorCode.INVALID_TRANSITION, `A return that is ${from.toLowerCase()} cannot become ${to.toLowerCase()}`, ['id']);

/** The short reference people read (and refunds name): the id's last 8 characters, upper-case. */
export const returnRef = (id: string) => id.replace(/-/g, '').slice(-8).toUpperCase();

/** The return requests the caller sees: order readers the tenant's, a vendor its vendor orders', a customer their own. */
export function returnScope(ctx: Pick<ServiceContext, 'actor' | 'tenantId'>, mine = false): Prisma.ReturnRequestWhereInput | null {
  const tenantId = requireTenant(ctx);
  const a = ctx.actor;
  if (mine) return a.kind === 'user' && a.userId ? { tenantId, customerUserId: a.userId } : null;
  if (readsAllOrders(a)) return { tenantId };
  if (a.kind !== 'user' || !a.userId) return null;
  const own: Prisma.ReturnRequestWhereInput[] = [{ customerUserId: a.userId }];
  if (a.roles.includes('VENDOR')) own.push({ vendorOwnerUserId: a.userId });
  return { tenantId, OR: own };
}

/** Whether the caller sees this request (returnScope's rule for one id). */
export async function seesReturn(ctx: Pick<ServiceContext, 'actor' | 'tenantId' | 'prisma'>, id: string): Promise<boolean> {
  const scope = returnScope(ctx);
  return !!scope && isUuid(id) && !!(await ctx.prisma.returnRequest.findFirst({ where: { AND: [scope, { id }] }, select: { id: true } }));
}

/** Answers a request: order managers, or the vendor whose vendor order it is. */
export function answersReturn(actor: Actor, r: { vendorOwnerUserId: string | null }): boolean {
  if (managesOrders(actor)) return true;
  return actor.kind === 'user' && actor.roles.includes('VENDOR') && !!r.vendorOwnerUserId && r.vendorOwnerUserId === actor.userId;
}

/** Whether the caller may refund a return (requireRefunder's rule, as a yes or no for screens). */
export function refundReturnAllowed(actor: Actor): boolean {
  try {
    requireRefunder(actor);
    return true;
  } catch {
    return false;
  }
}

export async function returnWindowDays(prisma: ServiceContext['prisma'] | Tx, tenantId: string): Promise<number> {
  const s = await prisma.returnSettings.findUnique({ where: { tenantId } });
  return s?.windowDays ?? DEFAULT_RETURN_WINDOW_DAYS;
}

export async function updateReturnSettings(ctx: ServiceContext, windowDays: number) {
  const tenantId = requireTenant(ctx);
  requireRefunder(ctx.actor);
  if (!Number.isInteger(windowDays) || windowDays < 0 || windowDays > MAX_RETURN_WINDOW_DAYS) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `The return window is 0 to ${MAX_RETURN_WINDOW_DAYS} days`, ['windowDays']);
  }
  await ctx.prisma.returnSettings.upsert({ where: { tenantId }, create: { tenantId, windowDays }, update: { windowDays } });
  return { windowDays };
}

function text(value: string | null | undefined, field: string, required: boolean): string | null {
  const t = value?.trim() || null;
  if (!t && required) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Please write a few words', [field]);
  if (t && t.length > MAX_TEXT) throw new DomainError(ErrorCode.BAD_USER_INPUT, `At most ${MAX_TEXT} characters`, [field]);
  return t;
}

/** Units of each line that can no longer be returned: refunded (or being refunded) and exchanged. */
async function unitsGone(tx: Tx, orderId: string) {
  const refunded = await tx.refundLine.findMany({ where: { orderLine: { orderId }, refund: { status: { in: ['PENDING', 'SUCCEEDED', 'REVIEW'] } } }, select: { orderLineId: true, quantity: true } });
  const exchanged = await tx.returnLine.findMany({ where: { returnRequest: { orderId, status: 'EXCHANGED' } }, select: { orderLineId: true, quantity: true } });
  const gone = new Map<string, number>();
  for (const r of [...refunded, ...exchanged]) gone.set(r.orderLineId, (gone.get(r.orderLineId) ?? 0) + r.quantity);
  return gone;
}

export interface LineReturnability {
  line: { id: string; title: string; sku: string; quantity: number; vendorOrderId: string | null };
  /** Units that may still be returned (0 when a problem stops it). */
  left: number;
  /** When the return window closes for it (null: not delivered yet). */
  closesAt: Date | null;
  /** Why it cannot be returned now, in words (null: it can). */
  problem: string | null;
}

/** Each line of an order, whether and how much of it may be returned now. */
async function returnability(tx: Tx, order: { id: string; status: string; paidPaymentId: string | null; updatedAt: Date }, windowDays: number): Promise<LineReturnability[]> {
  const lines = await tx.orderLine.findMany({ where: { orderId: order.id }, orderBy: { id: 'asc' } });
  const vendorOrders = await tx.vendorOrder.findMany({ where: { orderId: order.id } });
  const delivered = await tx.orderEvent.findMany({ where: { orderId: order.id, toStatus: 'DELIVERED' }, orderBy: { at: 'asc' } });
  const gone = await unitsGone(tx, order.id);
  const open = await tx.returnLine.findMany({ where: { openLineId: { in: lines.map((l) => l.id) } }, select: { orderLineId: true } });
  const paid = !!order.paidPaymentId && !['PENDING_PAYMENT', 'CANCELLED', 'REFUNDED'].includes(order.status);
  const now = Date.now();
  return lines.map((line) => {
    const vo = vendorOrders.find((v) => v.id === line.vendorOrderId);
    const at = delivered.find((e) => e.vendorOrderId === null || e.vendorOrderId === vo?.id)?.at ?? (vo?.fulfilmentStage === 'DELIVERED' ? order.updatedAt : null);
    const closesAt = vo?.fulfilmentStage === 'DELIVERED' && at ? new Date(at.getTime() + windowDays * DAY_MS) : null;
    const left = line.quantity - (gone.get(line.id) ?? 0);
    const problem =
      !paid ? 'only a paid order can be returned'
      : line.source !== 'CATALOG' ? 'this item cannot be returned'
      : !closesAt ? 'not delivered yet'
      : now > closesAt.getTime() ? `the return window closed on ${closesAt.toISOString().slice(0, 10)}`
      : open.some((o) => o.orderLineId === line.id) ? 'it already has an open return request'
      : left < 1 ? 'nothing left to return'
      : null;
    return { line, left: problem ? 0 : left, closesAt, problem };
  });
}

/**
 * The order a return is asked for: the signed-in customer's own, or with a cart token a guest's order
 * (placed without an account, proved by the token of the cart it came from, whoever is signed in).
 * NOT_FOUND otherwise, the same for an unknown order and one that is not the caller's.
 */
async function requesterOrder(ctx: ServiceContext, orderId: string, cartToken: string | null | undefined) {
  const tenantId = requireTenant(ctx);
  const userId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  const order =
    cartToken != null ? await guestOrder(ctx, orderId, cartToken)
    : userId && isUuid(orderId) ? await ctx.prisma.order.findFirst({ where: { id: orderId, tenantId, customerUserId: userId } })
    : null;
  if (!order) throw new DomainError(ErrorCode.NOT_FOUND, 'No such order', ['orderId']);
  return { order, userId: cartToken != null ? null : userId };
}

/** What the customer (or, with the cart token, the guest) may return from their order now, line by line (the storefront's form). */
export async function returnableLines(ctx: ServiceContext, orderId: string, cartToken?: string | null): Promise<LineReturnability[]> {
  const { order } = await requesterOrder(ctx, orderId, cartToken);
  return returnability(ctx.prisma as unknown as Tx, order, await returnWindowDays(ctx.prisma, order.tenantId));
}

/** A guest's return requests for their order (proved by the cart token; NOT_FOUND otherwise), newest first. */
export async function guestReturnRequests(ctx: ServiceContext, orderId: string, cartToken: string) {
  const { order } = await requesterOrder(ctx, orderId, cartToken);
  return ctx.prisma.returnRequest.findMany({ where: { tenantId: order.tenantId, orderId: order.id }, orderBy: { id: 'desc' } });
}

/** A customer (or a guest with the cart token) asks to return units of their delivered order's lines; one request per vendor order. */
export async function requestReturn(ctx: ServiceContext, input: ReturnRequestInput) {
  const tenantId = requireTenant(ctx);
  const { order: found, userId } = await requesterOrder(ctx, input.orderId, input.cartToken);
  // Guests return without photos: an upload is a signed-in customer's, counted per account (decision 0065).
  if (!userId && input.photoIds?.length) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Sign in to add photos to a return', ['photoIds']);
  if (!(RETURN_REASONS as readonly string[]).includes(input.reason)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Choose a reason', ['reason']);
  const details = text(input.details, 'details', input.reason === 'OTHER');
  if (!input.lines?.length) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Choose at least one item to return', ['lines']);
  if (input.lines.length > 100) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Too many lines', ['lines']);
  const windowDays = await returnWindowDays(ctx.prisma, tenantId);
  if (windowDays === 0) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'This shop does not take returns', ['orderId']);
  const photoIds = userId ? await checkReturnPhotos(ctx.prisma, tenantId, userId, input.photoIds) : [];
  const actor = actorRef(ctx);

  const created = await ctx.prisma.$transaction(async (tx) => {
    const order = (await lockOrder(tx, tenantId, found.id))!;
    const states = await returnability(tx, order, windowDays);
    const seen = new Set<string>();
    const wanted: { state: LineReturnability; quantity: number }[] = [];
    for (const [i, w] of input.lines.entries()) {
      const state = isUuid(w.orderLineId) ? states.find((l) => l.line.id === w.orderLineId) : undefined;
      const field = ['lines', String(i)];
      if (!state || seen.has(state.line.id)) throw new DomainError(ErrorCode.BAD_USER_INPUT, state ? 'A line is named twice' : 'No such line on this order', [...field, 'orderLineId']);
      seen.add(state.line.id);
      if (state.problem) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${state.line.title}: ${state.problem}`, [...field, 'orderLineId']);
      if (!Number.isInteger(w.quantity) || w.quantity < 1 || w.quantity > state.left) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, `${state.line.title}: ${state.left} of ${state.line.quantity} can still be returned`, [...field, 'quantity']);
      }
      wanted.push({ state, quantity: w.quantity });
    }
    const vendorOrders = await tx.vendorOrder.findMany({ where: { orderId: order.id }, orderBy: { id: 'asc' } });
    const ids: string[] = [];
    for (const vo of vendorOrders) {
      const mine = wanted.filter((w) => w.state.line.vendorOrderId === vo.id);
      if (mine.length === 0) continue;
      const id = uuidv7();
      ids.push(id);
      await tx.returnRequest.create({
        data: {
          id,
          tenantId,
          orderId: order.id,
          orderNumber: order.number,
          vendorOrderId: vo.id,
          vendorOwnerUserId: vo.vendorOwnerUserId,
          vendorName: vo.vendorName,
          customerUserId: userId,
          reason: input.reason as ReturnReason,
          details,
          lines: { create: mine.map(({ state: { line }, quantity }) => ({ id: uuidv7(), tenantId, orderLineId: line.id, title: line.title, sku: line.sku, quantity, openLineId: line.id })) },
          events: { create: { id: uuidv7(), tenantId, toStatus: 'REQUESTED', actorType: actor.actorType, actorId: actor.actorId, note: details } },
        },
      });
    }
    if (userId) await attachReturnPhotos(tx, userId, photoIds, ids);
    return ids;
  }, TX_OPTIONS);
  return ctx.prisma.returnRequest.findMany({ where: { id: { in: created } }, orderBy: { id: 'asc' } });
}

/** A request the caller may answer (NOT_FOUND otherwise, so other vendors' requests stay unseen). */
async function answerable(ctx: ServiceContext, id: string) {
  const tenantId = requireTenant(ctx);
  const r = isUuid(id) ? await ctx.prisma.returnRequest.findFirst({ where: { id, tenantId } }) : null;
  if (!r || !answersReturn(ctx.actor, r)) throw new DomainError(ErrorCode.NOT_FOUND, 'No such return request', ['id']);
  return r;
}

/** Moves a request (compare-and-set on its status) with its timeline row; closing it frees its lines. */
async function move(tx: Tx, r: { id: string; tenantId: string; status: ReturnStatus }, to: ReturnStatus, actor: ActorRef, note: string | null, data: Prisma.ReturnRequestUpdateManyMutationInput = {}) {
  if (!RETURN_TRANSITIONS[r.status].includes(to)) throw invalidReturnTransition(r.status, to);
  const moved = await tx.returnRequest.updateMany({ where: { id: r.id, status: r.status }, data: { ...data, status: to } });
  if (moved.count === 0) {
    const now = await tx.returnRequest.findUniqueOrThrow({ where: { id: r.id } });
    throw invalidReturnTransition(now.status, to);
  }
  if (!OPEN_RETURN.includes(to)) await tx.returnLine.updateMany({ where: { returnId: r.id }, data: { openLineId: null } });
  await tx.returnEvent.create({ data: { id: uuidv7(), tenantId: r.tenantId, returnId: r.id, fromStatus: r.status, toStatus: to, actorType: actor.actorType, actorId: actor.actorId, note } });
}

const STATUS_WORDS: Partial<Record<ReturnStatus, string>> = { APPROVED: 'return approved', REFUSED: 'return refused', REFUNDED: 'return refunded' };

/**
 * The customer hears of an approval, a refusal and a refund (`order.status_changed`, once per move), and of
 * other steps of their return by name (`step`: the way back arranged, decision 0092; its key makes it once).
 */
export async function recordReturnMessage(tx: Tx, r: { id: string; orderId: string; tenantId: string }, to: ReturnStatus, links: TenantLinks | null, step?: { key: string; words: string }) {
  const status = step?.words ?? STATUS_WORDS[to];
  const order = await tx.order.findUniqueOrThrow({ where: { id: r.orderId } });
  if (!status || order.channel === 'POS') return;
  const address = order.shippingAddress as { name?: unknown } | null;
  const name = typeof address?.name === 'string' ? address.name : '';
  const channels: MessageChannel[] = order.phone ? ['EMAIL', 'SMS'] : ['EMAIL'];
  await recordEvent(tx, {
    tenantId: r.tenantId,
    topic: TOPICS.NOTIFICATIONS_MESSAGE_REQUESTED,
    payload: {
      key: `order.status_changed:${order.id}:return:${r.id}:${step?.key ?? to}`,
      tenantId: r.tenantId,
      template: 'order.status_changed',
      to: { email: order.email, phone: order.phone, name: name || null, userId: order.customerUserId },
      channels,
      variables: { name, orderNumber: order.number, status, orderUrl: links?.shop(`/orders/${order.id}`) ?? '' },
    },
  });
}

async function answer(ctx: ServiceContext, id: string, to: 'APPROVED' | 'REFUSED' | 'RECEIVED', note: string | null, data: Prisma.ReturnRequestUpdateManyMutationInput = {}) {
  const r = await answerable(ctx, id);
  const links = STATUS_WORDS[to] ? await tenantLinks(ctx.peers, r.tenantId, 'commerce', ctx.requestId) : null;
  await ctx.prisma.$transaction(async (tx) => {
    await move(tx, r, to, actorRef(ctx), note, data);
    await recordReturnMessage(tx, r, to, links);
  }, TX_OPTIONS);
  ctx.eventsRecorded();
  return ctx.prisma.returnRequest.findUniqueOrThrow({ where: { id: r.id } });
}

export async function approveReturn(ctx: ServiceContext, id: string, instructions: string | null | undefined) {
  const t = text(instructions, 'instructions', true);
  return answer(ctx, id, 'APPROVED', t, { instructions: t });
}

export async function refuseReturn(ctx: ServiceContext, id: string, reason: string | null | undefined) {
  const t = text(reason, 'reason', true);
  return answer(ctx, id, 'REFUSED', t, { refusalReason: t });
}

export const receiveReturn = (ctx: ServiceContext, id: string, note?: string | null) => answer(ctx, id, 'RECEIVED', text(note, 'note', false));

/**
 * The return's parcel reached the shop (its reverse shipment delivered, decision 0092), inside that move's
 * transaction: an approved return becomes RECEIVED; one already received by hand stays as it is.
 */
export async function receiveReturnByParcel(tx: Tx, returnId: string, actor: ActorRef, note: string) {
  const r = await tx.returnRequest.findUniqueOrThrow({ where: { id: returnId } });
  // A carrier's webhook is named by the note (its carrier name is no user id, which the timeline keeps).
  const who: ActorRef = actor.actorId && isUuid(actor.actorId) ? actor : { actorType: actor.actorType, actorId: null };
  if (r.status === 'APPROVED') await move(tx, r, 'RECEIVED', who, note);
}

/** Puts a request's units back in stock where they were sold from (once per line: the movement's client id). */
async function restockReturn(ctx: ServiceContext, returnId: string) {
  const r = await ctx.prisma.returnRequest.findUniqueOrThrow({ where: { id: returnId }, include: { lines: true } });
  const orderLines = await ctx.prisma.orderLine.findMany({ where: { id: { in: r.lines.map((l) => l.orderLineId) } } });
  for (const rl of r.lines) {
    const ol = orderLines.find((l) => l.id === rl.orderLineId);
    if (!ol?.variantId || !ol.locationId) continue;
    await returnStock(ctx, r.tenantId, { clientId: `return-line:${rl.id}`, variantId: ol.variantId, locationId: ol.locationId, quantity: rl.quantity, reference: `return:${r.id}` });
  }
}

/** The items were replaced instead of refunded (the note says with what); optionally back in stock. Repeatable. */
export async function exchangeReturn(ctx: ServiceContext, id: string, note: string | null | undefined, restock: boolean) {
  const r = await answerable(ctx, id);
  const t = text(note, 'note', true);
  if (r.status !== 'EXCHANGED') {
    await ctx.prisma.$transaction((tx) => move(tx, r, 'EXCHANGED', actorRef(ctx), t, { exchangeNote: t }), TX_OPTIONS);
  }
  if (restock) await restockReturn(ctx, r.id);
  return ctx.prisma.returnRequest.findUniqueOrThrow({ where: { id: r.id } });
}

/**
 * Refunds a received request's units through the order's refund path (refundOrder: the lines' paid share,
 * after discounts, the provider, the ledger's reversal, restock when asked). Never twice: see the header.
 */
export async function refundReturn(ctx: ServiceContext, id: string, restock: boolean) {
  const r = await answerable(ctx, id);
  requireRefunder(ctx.actor);
  if (r.status === 'REFUNDED') return r;
  if (r.status !== 'RECEIVED') throw invalidReturnTransition(r.status, 'REFUNDED');
  const reason = `Return ${returnRef(r.id)}`;
  // The refund made for this request (a refusal by the provider leaves a FAILED one, which holds nothing).
  const existing = () => ctx.prisma.refund.findFirst({ where: { orderId: r.orderId, reason, status: { in: ['PENDING', 'SUCCEEDED', 'REVIEW'] } }, orderBy: { id: 'desc' } });

  let refund = await existing();
  if (!refund) {
    const stale = new Date(Date.now() - CLAIM_TIMEOUT_MS);
    const claimed = await ctx.prisma.returnRequest.updateMany({ where: { id: r.id, status: 'RECEIVED', OR: [{ refundClaimedAt: null }, { refundClaimedAt: { lt: stale } }] }, data: { refundClaimedAt: new Date() } });
    if (claimed.count === 0) {
      const now = await ctx.prisma.returnRequest.findUniqueOrThrow({ where: { id: r.id } });
      if (now.status === 'REFUNDED') return now;
      throw new DomainError(ErrorCode.INVALID_TRANSITION, 'A refund of this return is already under way', ['id']);
    }
    const lines = await ctx.prisma.returnLine.findMany({ where: { returnId: r.id } });
    try {
      // A pickup the customer pays for comes off the refund (decision 0092), in the same refund.
      const deduction = r.shippingPaidBy === 'CUSTOMER' && r.shippingCharge > 0n ? { amount: r.shippingCharge, vendorOrderId: r.vendorOrderId } : null;
      refund = await refundOrder(ctx, { orderId: r.orderId, lines: lines.map((l) => ({ orderLineId: l.orderLineId, quantity: l.quantity })), reason, restock, deduction });
    } catch (e) {
      // Nothing holds the units unless a refund row exists (a provider refusal leaves it FAILED): free the claim.
      if (!(await existing())) await ctx.prisma.returnRequest.updateMany({ where: { id: r.id }, data: { refundClaimedAt: null } });
      throw e;
    }
  }
  await ctx.prisma.returnRequest.updateMany({ where: { id: r.id }, data: { refundId: refund.id } });
  if (refund.status !== 'SUCCEEDED') return ctx.prisma.returnRequest.findUniqueOrThrow({ where: { id: r.id } });
  const links = await tenantLinks(ctx.peers, r.tenantId, 'commerce', ctx.requestId);
  await ctx.prisma.$transaction(async (tx) => {
    const now = await tx.returnRequest.findUniqueOrThrow({ where: { id: r.id } });
    if (now.status !== 'RECEIVED') return;
    await move(tx, now, 'REFUNDED', actorRef(ctx), `Refunded ${refund.amount} ${refund.currency}`, { refundId: refund.id });
    await recordReturnMessage(tx, now, 'REFUNDED', links);
  }, TX_OPTIONS);
  ctx.eventsRecorded();
  return ctx.prisma.returnRequest.findUniqueOrThrow({ where: { id: r.id } });
}
