/**
 * Carts, per tenant (store or marketplace), for guests and signed-in customers. A guest holds a cart by
 * its secret token; a signed-in user has at most one ACTIVE cart, found without a token, and may merge a
 * guest cart into it at sign-in. A token never opens another customer's cart. Lines are variant ×
 * quantity only: prices are catalog's, asked whenever the cart is shown and again at checkout. The cart
 * keeps the visitor id and the referral code (`?ref=`) it arrived with, for attribution.
 */
import { DomainError, ErrorCode, isUuid, randomToken, requireTenant, uuidv7 } from '@webwaka/kit';
import { TX_OPTIONS, type ServiceContext } from './context';
import { quoteSellable } from './pricing';
import { salesChannel } from './tenant';

export const MAX_CART_LINES = 100;
export const MAX_LINE_QUANTITY = 999;

const userOf = (ctx: Pick<ServiceContext, 'actor'>) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

function checkQuantity(q: number, allowZero = false) {
  if (!Number.isInteger(q) || q < (allowZero ? 0 : 1) || q > MAX_LINE_QUANTITY) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `Quantity must be a whole number from ${allowZero ? 0 : 1} to ${MAX_LINE_QUANTITY}`, ['quantity']);
  }
  return q;
}

function checkTag(v: string | null | undefined, field: string): string | null {
  const s = v?.trim() || null;
  if (s && (s.length > 100 || !/^[\w.:-]+$/.test(s))) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field} must be up to 100 letters, digits, dots, dashes or colons`, [field]);
  return s;
}

export interface CartOrigin {
  visitorId?: string | null;
  referralCode?: string | null;
}

/** A new cart; a signed-in user gets their active cart if they have one (with the origin added if missing). */
export async function createCart(ctx: ServiceContext, origin: CartOrigin = {}) {
  const tenantId = requireTenant(ctx);
  const visitorId = checkTag(origin.visitorId, 'visitorId');
  const referralCode = checkTag(origin.referralCode, 'referralCode');
  const tenant = await salesChannel(ctx, tenantId);
  const userId = userOf(ctx);
  if (userId) {
    const own = await ctx.prisma.cart.findFirst({ where: { tenantId, customerUserId: userId, status: 'ACTIVE' }, orderBy: { createdAt: 'desc' } });
    if (own) {
      if ((visitorId && !own.visitorId) || (referralCode && own.referralCode !== referralCode)) {
        return ctx.prisma.cart.update({ where: { id: own.id }, data: { visitorId: own.visitorId ?? visitorId, referralCode: referralCode ?? own.referralCode } });
      }
      return own;
    }
  }
  return ctx.prisma.cart.create({
    data: { id: uuidv7(), tenantId, token: randomToken(24), customerUserId: userId, visitorId, referralCode, currency: tenant.currency, channel: tenant.channel },
  });
}

/**
 * The caller's cart: by token (a guest cart, or the caller's own), else the signed-in user's active cart.
 * Null when there is none; a token of someone else's cart reads as none.
 */
export async function findCart(ctx: Pick<ServiceContext, 'prisma' | 'actor' | 'tenantId'>, token?: string | null) {
  const tenantId = requireTenant(ctx);
  const userId = userOf(ctx);
  if (token) {
    const cart = await ctx.prisma.cart.findUnique({ where: { token } });
    if (!cart || cart.tenantId !== tenantId) return null;
    if (cart.customerUserId && cart.customerUserId !== userId) return null;
    return cart;
  }
  if (!userId) return null;
  return ctx.prisma.cart.findFirst({ where: { tenantId, customerUserId: userId, status: 'ACTIVE' }, orderBy: { createdAt: 'desc' } });
}

async function activeCart(ctx: ServiceContext, token: string | null | undefined) {
  const cart = await findCart(ctx, token);
  if (!cart) throw new DomainError(ErrorCode.NOT_FOUND, 'No such cart', ['cartToken']);
  if (cart.status !== 'ACTIVE') throw new DomainError(ErrorCode.BAD_USER_INPUT, cart.status === 'CHECKED_OUT' ? 'This cart was checked out; start a new one' : 'This cart was merged into your cart', ['cartToken']);
  return cart;
}

/** Checks a variant can be sold here now (catalog), before it goes into a cart. */
async function checkSellable(ctx: ServiceContext, cart: { tenantId: string; channel: 'SVM' | 'MVM' | 'POS'; currency: string }, variantId: string, quantity: number) {
  if (!isUuid(variantId)) throw new DomainError(ErrorCode.NOT_FOUND, 'No such product variant', ['variantId']);
  try {
    await quoteSellable(ctx, cart.tenantId, cart.channel, cart.currency, [{ variantId, quantity }]);
  } catch (e) {
    if (e instanceof DomainError) throw new DomainError(e.code, e.message, ['variantId']);
    throw e;
  }
}

/**
 * Adds units of a variant (to the line if there is one), creating the cart when the caller has none —
 * only once the variant is known to be sellable, so a refused add leaves nothing behind.
 */
export async function addCartLine(ctx: ServiceContext, input: { cartToken?: string | null; variantId: string; quantity: number } & CartOrigin) {
  const tenantId = requireTenant(ctx);
  const quantity = checkQuantity(input.quantity);
  const cart = input.cartToken || userOf(ctx) ? ((await findCart(ctx, input.cartToken)) ?? null) : null;
  if (input.cartToken && !cart) throw new DomainError(ErrorCode.NOT_FOUND, 'No such cart', ['cartToken']);
  if (cart && cart.status !== 'ACTIVE') await activeCart(ctx, cart.token);
  const existing = cart && isUuid(input.variantId) ? await ctx.prisma.cartLine.findUnique({ where: { cartId_variantId: { cartId: cart.id, variantId: input.variantId } } }) : null;
  const total = (existing?.quantity ?? 0) + quantity;
  checkQuantity(total);
  await checkSellable(ctx, cart ?? { tenantId, ...(await salesChannel(ctx, tenantId)) }, input.variantId, total);
  if (!cart && !userOf(ctx)) {
    // A guest's cart made by this request has no lines yet and no one else holds its token: its first line
    // needs no transaction, no count of lines and no second write of the cart (5 round trips fewer). (A
    // signed-in shopper's createCart may return the cart they already have, so they take the path below.)
    const created = await createCart(ctx, input);
    await ctx.prisma.cartLine.create({ data: { id: uuidv7(), tenantId: created.tenantId, cartId: created.id, variantId: input.variantId, quantity } });
    return created;
  }
  const target = cart ?? (await createCart(ctx, input));
  // The cart as the transaction left it is the answer (no read after the commit).
  return ctx.prisma.$transaction(async (tx) => {
    // Lines are counted only when one is added (more of a variant already in the cart adds none).
    if (!existing && (await tx.cartLine.count({ where: { cartId: target.id } })) >= MAX_CART_LINES) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `A cart holds at most ${MAX_CART_LINES} lines`, ['variantId']);
    }
    await tx.cartLine.upsert({
      where: { cartId_variantId: { cartId: target.id, variantId: input.variantId } },
      create: { id: uuidv7(), tenantId: target.tenantId, cartId: target.id, variantId: input.variantId, quantity },
      update: { quantity: { increment: quantity } },
    });
    return tx.cart.update({ where: { id: target.id }, data: { updatedAt: new Date() } });
  }, TX_OPTIONS);
}

/** Sets a line's quantity; 0 removes the line. */
export async function updateCartLine(ctx: ServiceContext, input: { cartToken?: string | null; variantId: string; quantity: number }) {
  const quantity = checkQuantity(input.quantity, true);
  const cart = await activeCart(ctx, input.cartToken);
  const line = isUuid(input.variantId) ? await ctx.prisma.cartLine.findUnique({ where: { cartId_variantId: { cartId: cart.id, variantId: input.variantId } } }) : null;
  if (!line) throw new DomainError(ErrorCode.NOT_FOUND, 'That variant is not in the cart', ['variantId']);
  if (quantity === 0) await ctx.prisma.cartLine.delete({ where: { id: line.id } });
  else {
    await checkSellable(ctx, cart, input.variantId, quantity);
    await ctx.prisma.cartLine.update({ where: { id: line.id }, data: { quantity } });
  }
  return ctx.prisma.cart.update({ where: { id: cart.id }, data: { updatedAt: new Date() } });
}

export const removeCartLine = (ctx: ServiceContext, input: { cartToken?: string | null; variantId: string }) => updateCartLine(ctx, { ...input, quantity: 0 });

/**
 * At sign-in: moves a guest cart's lines into the user's active cart (quantities add up, capped at the
 * line maximum) and marks the guest cart MERGED. Idempotent: merging a merged cart returns the target.
 */
export async function mergeGuestCart(ctx: ServiceContext, guestToken: string) {
  const tenantId = requireTenant(ctx);
  const userId = userOf(ctx);
  if (!userId) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in to merge a cart');
  const guest = await ctx.prisma.cart.findUnique({ where: { token: guestToken }, include: { lines: true } });
  if (!guest || guest.tenantId !== tenantId || (guest.customerUserId && guest.customerUserId !== userId)) throw new DomainError(ErrorCode.NOT_FOUND, 'No such cart', ['cartToken']);
  if (guest.status === 'MERGED' && guest.mergedIntoId) return ctx.prisma.cart.findUniqueOrThrow({ where: { id: guest.mergedIntoId } });
  if (guest.status !== 'ACTIVE') throw new DomainError(ErrorCode.BAD_USER_INPUT, 'This cart was checked out', ['cartToken']);
  if (guest.customerUserId === userId) return guest;
  const target = await createCart(ctx, { visitorId: guest.visitorId, referralCode: guest.referralCode });
  await ctx.prisma.$transaction(async (tx) => {
    const claimed = await tx.cart.updateMany({ where: { id: guest.id, status: 'ACTIVE' }, data: { status: 'MERGED', mergedIntoId: target.id } });
    if (claimed.count === 0) return;
    for (const line of guest.lines) {
      const mine = await tx.cartLine.findUnique({ where: { cartId_variantId: { cartId: target.id, variantId: line.variantId } } });
      const quantity = Math.min(MAX_LINE_QUANTITY, (mine?.quantity ?? 0) + line.quantity);
      await tx.cartLine.upsert({
        where: { cartId_variantId: { cartId: target.id, variantId: line.variantId } },
        create: { id: uuidv7(), tenantId, cartId: target.id, variantId: line.variantId, quantity },
        update: { quantity },
      });
    }
    await tx.cart.update({ where: { id: target.id }, data: { updatedAt: new Date() } });
  }, TX_OPTIONS);
  return ctx.prisma.cart.findUniqueOrThrow({ where: { id: target.id } });
}
