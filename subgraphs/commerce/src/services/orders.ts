/**
 * Orders: who sees which (staff, administrators and integrators with commerce:read see the tenant's;
 * a customer their own; a vendor the orders holding one of its vendor orders, and only those vendor
 * orders; a guest the order made from the cart whose token they hold), and the order's fulfilment steps
 * (the state machine and its moves are order-states.ts; the vendor orders follow, vendor-orders.ts).
 */
import { ADMIN_ROLES, DomainError, ErrorCode, grantsOf, isUuid, requireTenant, tenantLinks, type Actor, type Prisma } from '@webwaka/kit';
import { actorRef, TX_OPTIONS, type ServiceContext } from './context';
import { ANNOUNCED, recordOrderMessage } from './order-messages';
import { checkNote, invalidTransition, lockOrder, managesOrders, transition } from './order-states';
import { bringVendorOrdersTo } from './vendor-orders';

/** Reads every order of the tenant: administrators (2FA), staff, integrators and services with commerce:read or :write. */
export function readsAllOrders(actor: Actor): boolean {
  return managesOrders(actor) || ((actor.kind === 'apiKey' || actor.kind === 'service') && actor.scopes.includes('commerce:read'));
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
  return guestOrder(ctx, id, cartToken);
}

/** A guest's order, proved by the token of the cart it came from: only an order placed without an account. */
export async function guestOrder(ctx: Pick<ServiceContext, 'prisma' | 'tenantId'>, id: string, cartToken: string | null | undefined) {
  const tenantId = requireTenant(ctx);
  if (!cartToken || !isUuid(id)) return null;
  const cart = await ctx.prisma.cart.findUnique({ where: { token: cartToken } });
  if (!cart || cart.tenantId !== tenantId || cart.customerUserId) return null;
  return ctx.prisma.order.findFirst({ where: { id, tenantId, cartId: cart.id, customerUserId: null } });
}

/** An order of the tenant for a manager's operation (NOT_FOUND for ids the caller cannot see). */
export async function managedOrder(ctx: ServiceContext, id: string) {
  const tenantId = requireTenant(ctx);
  const order = isUuid(id) ? await ctx.prisma.order.findFirst({ where: { id, tenantId } }) : null;
  if (!order || !readsAllOrders(ctx.actor)) throw new DomainError(ErrorCode.NOT_FOUND, 'No such order', ['orderId']);
  return order;
}

/** A fulfilment step (fulfil, ship, deliver, complete) by staff or an administrator. */
export async function advanceOrder(ctx: ServiceContext, id: string, to: 'FULFILLING' | 'SHIPPED' | 'DELIVERED' | 'COMPLETED', note?: string | null) {
  const order = await managedOrder(ctx, id);
  const reason = checkNote(note);
  const links = ANNOUNCED.includes(to) ? await tenantLinks(ctx.peers, order.tenantId, 'commerce', ctx.requestId) : null;
  return ctx.prisma.$transaction(async (tx) => {
    const current = (await lockOrder(tx, order.tenantId, order.id))!;
    if (!(await transition(tx, current, to, actorRef(ctx), reason))) throw invalidTransition(current.status, to);
    await bringVendorOrdersTo(tx, order.id, to);
    await recordOrderMessage(tx, current, to, links);
    return tx.order.findUniqueOrThrow({ where: { id: order.id } });
  }, TX_OPTIONS);
}
