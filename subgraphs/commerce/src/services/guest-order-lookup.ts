/**
 * Finding a guest's order again by its number and checkout e-mail (issue 15, decision 0065 "Guests"), for a
 * guest on another device or whose checkout cookie is gone. The answer is the order's id and the token of
 * the cart it came from: the same proof the checkout left in the guest's browser, so the shop reads the order
 * and takes a return with it as it does after checkout.
 * - Only orders placed without an account (an account's order is found by signing in), never a POS sale.
 * - A wrong e-mail and an unknown number answer the same NOT_FOUND (no telling which orders exist).
 * - Throttled from stored attempts (GuestOrderLookup rows, so every process agrees): at most 20 tries per
 *   client address and 5 per order number of a shop in 15 minutes, then RATE_LIMITED; every try counts.
 */
import { DomainError, ErrorCode, requireTenant, uuidv7 } from '@webwaka/kit';
import type { ServiceContext } from './context';

export const LOOKUP_WINDOW_MS = 15 * 60_000;
export const LOOKUPS_PER_ADDRESS = 20;
export const LOOKUPS_PER_ORDER = 5;

export async function lookUpGuestOrder(ctx: ServiceContext, orderNumber: string, email: string, now = new Date()): Promise<{ orderId: string; cartToken: string }> {
  const tenantId = requireTenant(ctx);
  const number = orderNumber.trim().toUpperCase().slice(0, 64);
  const contact = email.trim().toLowerCase();
  if (!number) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Enter the order number', ['orderNumber']);
  if (!contact || contact.length > 320) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Enter the e-mail used at checkout', ['email']);
  const since = new Date(now.getTime() - LOOKUP_WINDOW_MS);
  const [fromAddress, forOrder] = await Promise.all([
    ctx.ip ? ctx.prisma.guestOrderLookup.count({ where: { ip: ctx.ip, at: { gt: since } } }) : 0,
    ctx.prisma.guestOrderLookup.count({ where: { tenantId, orderNumber: number, at: { gt: since } } }),
  ]);
  if (fromAddress >= LOOKUPS_PER_ADDRESS || forOrder >= LOOKUPS_PER_ORDER) {
    throw new DomainError(ErrorCode.RATE_LIMITED, 'Too many tries: wait a quarter of an hour and try again', ['orderNumber']);
  }
  await ctx.prisma.guestOrderLookup.create({ data: { id: uuidv7(), tenantId, ip: ctx.ip ?? null, orderNumber: number, at: now } });
  const order = await ctx.prisma.order.findFirst({ where: { tenantId, number, customerUserId: null, channel: { not: 'POS' } } });
  const cart = order?.cartId && order.email.toLowerCase() === contact ? await ctx.prisma.cart.findUnique({ where: { id: order.cartId } }) : null;
  if (!order || !cart || cart.tenantId !== tenantId || cart.customerUserId) throw new DomainError(ErrorCode.NOT_FOUND, 'No order with this number and e-mail', ['orderNumber']);
  return { orderId: order.id, cartToken: cart.token };
}
