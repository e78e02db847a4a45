/**
 * A coupon on a cart (decision 0057): the shopper applies a code to the cart, which keeps it and shows the
 * discount the coupon gives today on the cart's goods (as the shop states prices; a FREE_SHIPPING coupon's
 * saving shows at checkout, once there is an address). Checkout takes the cart's code and checks it again
 * in full (pricing.ts), and counts the use (coupons.ts). Applying checks everything it can know without the
 * buyer's e-mail: a signed-in customer's own limit is checked, a guest's at checkout.
 */
import { DomainError, ErrorCode, requireTenant } from '@webwaka/kit';
import { findCart } from './carts';
import type { ServiceContext } from './context';
import { discountsFor, type AppliedDiscount } from './discounts';
import { sum } from './money';
import { quoteLines } from './peers';

type Cart = NonNullable<Awaited<ReturnType<typeof findCart>>>;

const userOf = (ctx: Pick<ServiceContext, 'actor'>) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

/** The cart's discounts now (promotions, and the coupon when a code is given); throws the coupon's refusal. */
async function discountsOnCart(ctx: ServiceContext, cart: Cart, code: string | null): Promise<AppliedDiscount | null> {
  const lines = await ctx.prisma.cartLine.findMany({ where: { cartId: cart.id, tenantId: cart.tenantId }, orderBy: { id: 'asc' } });
  const quoted = (lines.length ? await quoteLines(ctx, cart.tenantId, cart.channel, cart.currency, lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity }))) : []).filter((q) => q.sellable);
  if (quoted.length === 0) return null;
  return discountsFor(ctx.prisma, {
    tenantId: cart.tenantId,
    couponCode: code,
    currency: cart.currency,
    customer: { userId: userOf(ctx), email: null },
    channel: cart.channel,
    lines: quoted.map((q) => ({ productId: q.productId, categoryId: q.categoryId ?? null, vendorId: q.vendorId, variantId: q.variantId, quantity: q.quantity, stated: BigInt(q.taxInclusive ? q.totalInclTax! : q.totalExclTax!) })),
  });
}

/** The coupon's discount on the cart's sellable lines now; throws the coupon's refusal. */
async function couponOnCart(ctx: ServiceContext, cart: Cart, code: string): Promise<AppliedDiscount> {
  const applied = await discountsOnCart(ctx, cart, code);
  if (!applied) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Add something to your cart before applying a coupon', ['couponCode']);
  return applied;
}

/** The automatic promotions the cart gets now (decision 0061), as the discount's labels. */
export async function cartPromotions(ctx: ServiceContext, cart: Cart): Promise<{ name: string; amount: bigint; currency: string }[]> {
  const applied = await discountsOnCart(ctx, cart, null);
  return (applied?.promotions ?? []).map((p) => ({ name: p.promotion.name, amount: p.amount, currency: cart.currency }));
}

async function activeCart(ctx: ServiceContext, token: string | null | undefined) {
  requireTenant(ctx);
  const cart = await findCart(ctx, token);
  if (!cart) throw new DomainError(ErrorCode.NOT_FOUND, 'No such cart', ['cartToken']);
  if (cart.status !== 'ACTIVE') throw new DomainError(ErrorCode.BAD_USER_INPUT, 'This cart was checked out; start a new one', ['cartToken']);
  return cart;
}

export async function applyCouponToCart(ctx: ServiceContext, token: string | null | undefined, rawCode: string) {
  const cart = await activeCart(ctx, token);
  const code = rawCode?.trim() ?? '';
  if (!code) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Enter a coupon code', ['couponCode']);
  if (code.length > 64) throw new DomainError(ErrorCode.COUPON_INVALID, `This shop does not accept the coupon "${code.slice(0, 64)}…"`, ['couponCode']);
  const applied = await couponOnCart(ctx, cart, code);
  return ctx.prisma.cart.update({ where: { id: cart.id }, data: { couponCode: applied.coupon!.code } });
}

export async function removeCouponFromCart(ctx: ServiceContext, token: string | null | undefined) {
  const cart = await activeCart(ctx, token);
  return ctx.prisma.cart.update({ where: { id: cart.id }, data: { couponCode: null } });
}

export interface CartCoupon {
  code: string;
  currency: string;
  /** Off the cart's goods as the shop states prices (0 when the coupon no longer applies). */
  discount: bigint;
  freeShipping: boolean;
  /** Why the coupon does not apply now (it stays on the cart; checkout refuses it with this code). */
  problem: { code: string; message: string } | null;
}

/** The cart's coupon as it stands now, or null when none is applied. */
export async function cartCoupon(ctx: ServiceContext, cart: Cart): Promise<CartCoupon | null> {
  if (!cart.couponCode) return null;
  try {
    const applied = await couponOnCart(ctx, cart, cart.couponCode);
    return { code: applied.coupon!.code, currency: cart.currency, discount: sum(applied.lineDiscounts) - sum(applied.promotions.map((p) => p.amount)), freeShipping: applied.freeShipping, problem: null };
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    return { code: cart.couponCode, currency: cart.currency, discount: 0n, freeShipping: false, problem: { code: e.code, message: e.message } };
  }
}
