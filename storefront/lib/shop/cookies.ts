// Shopping cookies: names, options and the small values they hold. No Next request APIs here, so the
// proxy (referral codes, visitor id) and server actions share it. Every cookie is httpOnly: the browser's
// scripts never need them and a stolen cart token would open the cart and its orders.

/** A guest's cart token, per tenant (a signed-in customer's cart is found by their session instead). */
export const cartCookieName = (slug: string) => `ww_cart_${slug}`;
/** The `?ref=` code the visitor last arrived with at this tenant, passed on when their cart is created. */
export const referralCookieName = (slug: string) => `ww_ref_${slug}`;
/** Guest orders this browser placed at the tenant: order id → the cart token that proves it (commerce asks for it). */
export const guestOrdersCookieName = (slug: string) => `ww_orders_${slug}`;
/** The checkout details being typed (e-mail, address), so the form survives the steps and errors. */
export const checkoutCookieName = (slug: string) => `ww_checkout_${slug}`;
/** The order whose payment the shopper was sent to, so the provider's return leads back to it. */
export const payingCookieName = (slug: string) => `ww_paying_${slug}`;
/** One anonymous visitor id per browser, for attribution (the same across tenants: it names a device). */
export const VISITOR_COOKIE = 'ww_vid';

const DAY_S = 24 * 60 * 60;
export const CART_MAX_AGE_S = 30 * DAY_S;
export const REFERRAL_MAX_AGE_S = 30 * DAY_S;
export const VISITOR_MAX_AGE_S = 365 * DAY_S;
export const GUEST_ORDERS_MAX_AGE_S = 90 * DAY_S;
export const CHECKOUT_MAX_AGE_S = DAY_S;
export const PAYING_MAX_AGE_S = DAY_S;
/** Guest orders remembered per tenant (each entry is ~80 bytes; cookies stay far below 4 kB). */
export const MAX_GUEST_ORDERS = 10;

export interface CookieOptions {
  httpOnly: true;
  sameSite: 'lax';
  path: '/';
  secure: boolean;
  maxAge: number;
}

export function cookieOptions(secure: boolean, maxAge: number): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', path: '/', secure, maxAge };
}

/** Referral codes as commerce accepts them (letters, digits, dots, dashes, colons, underscores; ≤ 100). */
export function cleanReferralCode(value: string | null | undefined): string | null {
  const code = value?.trim() ?? '';
  return code && code.length <= 100 && /^[\w.:-]+$/.test(code) ? code : null;
}

/** A visitor id this storefront made (a UUID), or null for anything else. */
export function cleanVisitorId(value: string | null | undefined): string | null {
  return value && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value) ? value.toLowerCase() : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TOKEN = /^[\w-]{8,200}$/;

/** Guest orders from the cookie: [orderId, cartToken] pairs, newest first; malformed entries dropped. */
export function parseGuestOrders(value: string | null | undefined): [string, string][] {
  if (!value) return [];
  return value
    .split('.')
    .map((pair) => pair.split('~') as [string, string])
    .filter(([id, token]) => UUID.test(id ?? '') && TOKEN.test(token ?? ''))
    .slice(0, MAX_GUEST_ORDERS);
}

/** The cookie value with this order first (a repeat moves it up), at most MAX_GUEST_ORDERS entries. */
export function withGuestOrder(value: string | null | undefined, orderId: string, cartToken: string): string {
  const rest = parseGuestOrders(value).filter(([id]) => id !== orderId);
  return [[orderId, cartToken], ...rest]
    .slice(0, MAX_GUEST_ORDERS)
    .map(([id, token]) => `${id}~${token}`)
    .join('.');
}
