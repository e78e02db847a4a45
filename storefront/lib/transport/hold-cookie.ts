// Where a buyer's hold token lives: an httpOnly cookie per trip, so page scripts never see the token (it is
// the only proof needed to release or book the seats) and the checkout page, rendered on the server, can
// use it. The cookie lives as long as the hold can (20 minutes at most), so it disappears on its own.

/** A hold never lasts more than 20 minutes from its start (decision 0012). */
const HOLD_COOKIE_MAX_AGE_S = 20 * 60;

export function holdCookieName(tripId: string): string {
  return `ww_hold_${tripId}`;
}

export function holdCookieOptions(secure: boolean, expiresAt?: string) {
  const left = expiresAt ? Math.ceil((Date.parse(expiresAt) - Date.now()) / 1000) : HOLD_COOKIE_MAX_AGE_S;
  return { httpOnly: true, sameSite: 'lax' as const, path: '/', secure, maxAge: Math.max(1, Math.min(HOLD_COOKIE_MAX_AGE_S, Number.isFinite(left) ? left + 5 : HOLD_COOKIE_MAX_AGE_S)) };
}
