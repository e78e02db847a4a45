import 'server-only';
import { cookies } from 'next/headers';
import { storeBase } from '../site';
import { SLUG_PATTERN } from '../slug';
import type { StorefrontKind } from '../tenant-kind';
import { CART_MAX_AGE_S, cartCookieName, cleanReferralCode, cleanVisitorId, referralCookieName, VISITOR_COOKIE } from './cookies';
import { ShopAddCartLineMutation } from './operations';
import { guestCartToken, shopCookieOptions, shopperToken, shopRequest } from './shopper';

// The cart's rules shared by the cart's server actions (cart-actions.ts) and the add-to-cart route
// (add-to-cart-route.ts). Each change is one commerce mutation; the shopper comes back to the cart page,
// with `?error=<code>` when commerce refused. Prices and totals are never sent: the cart holds variants
// and quantities, commerce prices them.

const MAX_QUANTITY = 999;

export function checkStore(kind: unknown, slug: unknown): { kind: StorefrontKind; slug: string } {
  if ((kind !== 's' && kind !== 'm') || typeof slug !== 'string' || !SLUG_PATTERN.test(slug)) throw new Error('invalid storefront');
  return { kind, slug };
}

export function quantityOf(formData: FormData, fallback: number): number | null {
  const raw = formData.get('quantity');
  if (raw === null || raw === '') return fallback;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 0 && n <= MAX_QUANTITY ? n : null;
}

export async function cartPath(kind: StorefrontKind, slug: string, query = ''): Promise<string> {
  return `${await storeBase(kind, slug)}/cart${query}`;
}

type CartError = { code: string; field?: readonly string[] | null } | undefined;

/** The code to show, or null when it worked. A refused request without a payload is UNAVAILABLE. */
export function errorCode(payload: { userErrors: { code: string }[] } | null | undefined, errors: { extensions?: { code?: string } }[]): string | null {
  if (!payload) return String(errors[0]?.extensions?.code ?? 'UNAVAILABLE');
  return payload.userErrors[0]?.code ?? null;
}

/** The guest's cart cookie names a cart that is gone (checked out, merged, unknown): start afresh. */
const staleCart = (error: CartError) => Boolean(error && error.field?.[0] === 'cartToken');

/**
 * "Add to cart" on a product page: the chosen variant (and quantity) into the shopper's cart; returns the
 * cart page to go to. A guest's first add creates the cart with the visitor id and the `?ref=` code they
 * came with, and its token goes into an httpOnly cookie; a signed-in customer's cart is theirs without a
 * token.
 */
export async function addToCart(kind: StorefrontKind, slug: string, formData: FormData): Promise<string> {
  const store = checkStore(kind, slug);
  const variantId = String(formData.get('variantId') ?? '');
  const quantity = quantityOf(formData, 1);
  if (!variantId || !quantity) return cartPath(store.kind, store.slug, '?error=BAD_USER_INPUT');

  const jar = await cookies();
  const signedIn = Boolean(await shopperToken(store.slug));
  const origin = { visitorId: cleanVisitorId(jar.get(VISITOR_COOKIE)?.value), referralCode: cleanReferralCode(jar.get(referralCookieName(store.slug))?.value) };
  const add = (cartToken: string | null) => shopRequest(store.slug, ShopAddCartLineMutation, { input: { cartToken, variantId, quantity, ...origin } });

  let cartToken = signedIn ? null : await guestCartToken(store.slug);
  let result = await add(cartToken);
  if (cartToken && staleCart(result.data?.addCartLine.userErrors[0])) {
    cartToken = null;
    result = await add(null);
  }
  const payload = result.data?.addCartLine;
  const code = errorCode(payload, result.errors);
  if (code) return cartPath(store.kind, store.slug, `?error=${encodeURIComponent(code)}`);
  if (!signedIn && payload?.cart && payload.cart.token !== cartToken) {
    jar.set(cartCookieName(store.slug), payload.cart.token, await shopCookieOptions(CART_MAX_AGE_S));
  }
  return cartPath(store.kind, store.slug, '?added=1');
}
