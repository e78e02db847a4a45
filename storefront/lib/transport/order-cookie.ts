// Cookies of online ticket orders. The order's access token (buySeats' `accessToken`) is the only proof a
// guest has to read the order and its tickets, so it lives in an httpOnly cookie per order that page
// scripts never see; it outlives the hold, since the buyer comes back to the order page for the tickets.
// The "paying" cookie names the order being paid for: the provider's return address is fixed before the
// order exists (it is part of buySeats' idempotent request), so the return handler learns the order here.

const ORDER_COOKIE_MAX_AGE_S = 60 * 24 * 3600;
const PAYING_COOKIE_MAX_AGE_S = 24 * 3600;

export function tripOrderCookieName(orderId: string): string {
  return `ww_trip_order_${orderId}`;
}

export function tripPayingCookieName(slug: string): string {
  return `ww_trip_paying_${slug}`;
}

function options(secure: boolean, maxAge: number) {
  return { httpOnly: true, sameSite: 'lax' as const, path: '/', secure, maxAge };
}

export function tripOrderCookieOptions(secure: boolean) {
  return options(secure, ORDER_COOKIE_MAX_AGE_S);
}

export function tripPayingCookieOptions(secure: boolean) {
  return options(secure, PAYING_COOKIE_MAX_AGE_S);
}
