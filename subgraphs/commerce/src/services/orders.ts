/**
 * Orders: who sees which (staff, administrators and integrators with commerce:read see the tenant's;
 * a customer their own; a vendor the orders holding one of its vendor orders, and only those vendor
 * orders; a guest the order made from the cart whose token they hold), and the moves of the state machine
 * (order-states.ts) with their timeline rows. Every move is a compare-and-set on the status inside one
 * transaction with its timeline row: two concurrent moves never both apply.
 */
import { ADMIN_ROLES, DomainError, ErrorCode, grantsOf, isUuid, requireTenant, uuidv7, type Actor, type Prisma } from '@webwaka/kit';
import { actorRef, TX_OPTIONS, type ActorRef, type ServiceContext, type Tx } from './context';
import { canTransition, FULFILMENT, type OrderStatus } from './order-states';
import { bringVendorOrdersTo } from './vendor-orders';

/** Reads every order of the tenant: administrators (2FA), staff, integrators and services with commerce:read or :write. */
export function readsAllOrders(actor: Actor): boolean {
  if (actor.kind === 'apiKey' || actor.kind === 'service') return actor.scopes.includes('commerce:read') || actor.scopes.includes('commerce:write');
  if (actor.kind !== 'user') return false;
  return actor.roles.includes('STAFF') || (actor.mfa && actor.roles.some((r) => ADMIN_ROLES.includes(r)));
}

/** Moves orders along: administrators (2FA), staff, integrators and services with commerce:write. */
export function managesOrders(actor: Actor): boolean {
  if (actor.kind === 'apiKey' || actor.kind === 'service') return actor.scopes.includes('commerce:write');
  if (actor.kind !== 'user') return false;
  return actor.roles.includes('STAFF') || (actor.mfa && actor.roles.some((r) => ADMIN_ROLES.includes(r)));
}

/**
 * Gives money back: refunds, and cancelling a paid order (which refunds it in full). Administrators whose
 * session passed the second factor, integrators and services with commerce:write; never STAFF, who may
 * still cancel orders awaiting payment. TWO_FACTOR_REQUIRED for an administrator without it (who may
 * reach the operation through another role, e.g. STAFF), FORBIDDEN for anyone else.
 */
export function requireRefunder(actor: Actor): void {
  const g = grantsOf(actor, ['commerce:write']);
  if (g.admin || (actor.kind !== 'user' && g.tenantWide)) return;
  if (actor.kind === 'user' && actor.roles.some((r) => ADMIN_ROLES.includes(r))) {
    throw new DomainError(ErrorCode.TWO_FACTOR_REQUIRED, 'Refunds need an administrator who has confirmed two-factor authentication', ['orderId']);
  }
  throw new DomainError(ErrorCode.FORBIDDEN, 'Only an administrator (with two-factor authentication) may give money back: ask one to refund or cancel this paid order', ['orderId']);
}

/** A VENDOR caller sees only its own vendor orders inside an order. */
export const vendorViewer = (actor: Actor): string | null => (actor.kind === 'user' && !readsAllOrders(actor) && actor.roles.includes('VENDOR') ? actor.userId : null);

/** The orders the caller may see (null: none). */
export function orderScope(ctx: Pick<ServiceContext, 'actor' | 'tenantId'>): Prisma.OrderWhereInput | null {
  const tenantId = requireTenant(ctx);
  const a = ctx.actor;
  if (readsAllOrders(a)) return { tenantId };
  if (a.kind !== 'user' || !a.userId) return null;
  const own: Prisma.OrderWhereInput[] = [{ customerUserId: a.userId }];
  if (a.roles.includes('VENDOR')) own.push({ vendorOrders: { some: { vendorOwnerUserId: a.userId } } });
  return { tenantId, OR: own };
}

/** One order the caller may see, or null; a guest names the cart it came from by token. */
export async function findOrder(ctx: Pick<ServiceContext, 'prisma' | 'actor' | 'tenantId'>, id: string, cartToken?: string | null) {
  const tenantId = requireTenant(ctx);
  if (!isUuid(id)) return null;
  const scope = orderScope(ctx);
  if (scope) {
    const order = await ctx.prisma.order.findFirst({ where: { AND: [scope, { id }] } });
    if (order) return order;
  }
  if (!cartToken) return null;
  const cart = await ctx.prisma.cart.findUnique({ where: { token: cartToken } });
  if (!cart || cart.tenantId !== tenantId || cart.customerUserId) return null;
  return ctx.prisma.order.findFirst({ where: { id, tenantId, cartId: cart.id, customerUserId: null } });
}

type OrderRow = { id: string; tenantId: string; status: OrderStatus; fulfilmentStage: OrderStatus | null };

export const invalidTransition = (from: OrderStatus, to: OrderStatus) =>
  new DomainError(ErrorCode.INVALID_TRANSITION, `An order that is ${from.toLowerCase().replace(/_/g, ' ')} cannot become ${to.toLowerCase().replace(/_/g, ' ')}`, ['status']);

/**
 * Moves an order from its current status to `to` (INVALID_TRANSITION when the table forbids it), with the
 * timeline row. False when another request changed the status first.
 */
export async function transition(tx: Tx, order: OrderRow, to: OrderStatus, actor: ActorRef, reason: string | null, data: Prisma.OrderUpdateManyMutationInput = {}): Promise<boolean> {
  if (!canTransition(order, to)) throw invalidTransition(order.status, to);
  const stage = (FULFILMENT as readonly string[]).includes(to) ? to : order.fulfilmentStage;
  const moved = await tx.order.updateMany({ where: { id: order.id, status: order.status }, data: { ...data, status: to, fulfilmentStage: stage } });
  if (moved.count === 0) return false;
  await tx.orderEvent.create({ data: { id: uuidv7(), tenantId: order.tenantId, orderId: order.id, fromStatus: order.status, toStatus: to, actorType: actor.actorType, actorId: actor.actorId, reason } });
  return true;
}

/** Locks the order row for the rest of the transaction and returns it. */
export async function lockOrder(tx: Tx, tenantId: string, id: string) {
  await tx.$queryRaw`SELECT 1 FROM "commerce"."Order" WHERE "id" = ${id}::uuid AND "tenantId" = ${tenantId}::uuid FOR UPDATE`;
  return tx.order.findFirst({ where: { id, tenantId } });
}

/** An order of the tenant for a manager's operation (NOT_FOUND for ids the caller cannot see). */
export async function managedOrder(ctx: ServiceContext, id: string) {
  const tenantId = requireTenant(ctx);
  const order = isUuid(id) ? await ctx.prisma.order.findFirst({ where: { id, tenantId } }) : null;
  if (!order || !readsAllOrders(ctx.actor)) throw new DomainError(ErrorCode.NOT_FOUND, 'No such order', ['orderId']);
  return order;
}

export function checkNote(note: string | null | undefined): string | null {
  const n = note?.trim() || null;
  if (n && n.length > 500) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A note is at most 500 characters', ['note']);
  return n;
}

/** A fulfilment step (fulfil, ship, deliver, complete) by staff or an administrator. */
export async function advanceOrder(ctx: ServiceContext, id: string, to: 'FULFILLING' | 'SHIPPED' | 'DELIVERED' | 'COMPLETED', note?: string | null) {
  const order = await managedOrder(ctx, id);
  const reason = checkNote(note);
  return ctx.prisma.$transaction(async (tx) => {
    const current = (await lockOrder(tx, order.tenantId, order.id))!;
    if (!(await transition(tx, current, to, actorRef(ctx), reason))) throw invalidTransition(current.status, to);
    await bringVendorOrdersTo(tx, order.id, to);
    return tx.order.findUniqueOrThrow({ where: { id: order.id } });
  }, TX_OPTIONS);
}
