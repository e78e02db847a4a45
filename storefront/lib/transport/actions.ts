'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { gatewayRequest, GatewayUnavailableError, type GatewayRequestOptions } from '../gateway';
import { isUuid } from '../listing';
import { forwardedFor } from '../request';
import { accessCookieName, wantsSecureCookies } from '../session-cookies';
import { absolutePaymentUrl } from '../shop/payment-url';
import { publicOrigin, storeBase } from '../site';
import { SLUG_PATTERN, type StorefrontKind } from '../tenant';
import type { SaleOutcome, QueuedSale } from './agent-queue';
import { toHoldView } from './data';
import { holdCookieName, holdCookieOptions } from './hold-cookie';
import { errorMessage } from './messages';
import { tripOrderCookieName, tripOrderCookieOptions, tripPayingCookieName, tripPayingCookieOptions } from './order-cookie';
import { TransportBoardTicketMutation, TransportBuySeatsMutation, TransportConfirmBookingMutation, TransportExtendHoldMutation, TransportHoldSeatsMutation, TransportReleaseHoldMutation, TransportSyncAgentSalesMutation, TransportTicketStatusQuery } from './operations';
import type { HoldView } from './seat-map';

// Server actions of the transport pages. Arguments come from the browser, so each is checked here; the
// API decides everything else. The hold token never reaches page scripts: it goes into an httpOnly cookie
// (hold-cookie.ts) and actions read it from there.

export type HoldResult = { ok: true; hold: HoldView } | { ok: false; code: string; message: string };

const SEAT_LABEL = /^[A-Za-z0-9-]{1,10}$/;
const MAX_SEATS_PER_HOLD = 10;

function checkTrip(slug: unknown, tripId: unknown): { slug: string; tripId: string } {
  if (typeof slug !== 'string' || !SLUG_PATTERN.test(slug) || typeof tripId !== 'string' || !isUuid(tripId)) throw new Error('invalid trip');
  return { slug, tripId };
}

/** The signed-in user's token goes along when there is one (their hold, booking or sale is theirs). */
async function requestOptions(slug: string): Promise<GatewayRequestOptions> {
  return { tenant: slug, forwardedFor: await forwardedFor(), accessToken: (await cookies()).get(accessCookieName(slug))?.value };
}

async function secureCookies(): Promise<boolean> {
  return wantsSecureCookies((await headers()).get('x-forwarded-proto'));
}

function failure(code: string | null | undefined): { ok: false; code: string; message: string } {
  return { ok: false, code: code ?? 'UNKNOWN', message: errorMessage(code) };
}

function gatewayFailure(error: unknown): { ok: false; code: string; message: string } {
  if (error instanceof GatewayUnavailableError) return failure('UNAVAILABLE');
  throw error;
}

/** Gives back an older hold of this browser on the trip (a new selection replaces it). */
async function releaseStoredHold(slug: string, tripId: string): Promise<void> {
  const jar = await cookies();
  const token = jar.get(holdCookieName(tripId))?.value;
  if (!token) return;
  await gatewayRequest(TransportReleaseHoldMutation, { holdToken: token }, await requestOptions(slug));
  jar.delete({ name: holdCookieName(tripId), path: '/' });
}

/** Holds the chosen seats together (all or nothing); the token goes into the hold cookie. */
export async function holdSeatsAction(slug: string, tripId: string, seatLabels: string[]): Promise<HoldResult> {
  const target = checkTrip(slug, tripId);
  if (!Array.isArray(seatLabels) || seatLabels.length < 1 || seatLabels.length > MAX_SEATS_PER_HOLD || !seatLabels.every((l) => typeof l === 'string' && SEAT_LABEL.test(l))) return failure('BAD_USER_INPUT');
  try {
    await releaseStoredHold(target.slug, target.tripId);
    const result = await gatewayRequest(TransportHoldSeatsMutation, { tripId: target.tripId, seatLabels }, await requestOptions(target.slug));
    const payload = result.data?.holdSeats;
    if (!payload?.hold || !payload.holdToken) return failure(payload?.userErrors[0]?.code ?? result.errors[0]?.extensions?.code);
    (await cookies()).set(holdCookieName(target.tripId), payload.holdToken, holdCookieOptions(await secureCookies(), payload.hold.expiresAt));
    return { ok: true, hold: toHoldView(payload.hold) };
  } catch (error) {
    return gatewayFailure(error);
  }
}

/** Extends this browser's hold once (the API refuses a second time). */
export async function extendHoldAction(slug: string, tripId: string): Promise<HoldResult> {
  const target = checkTrip(slug, tripId);
  const jar = await cookies();
  const token = jar.get(holdCookieName(target.tripId))?.value;
  if (!token) return failure('HOLD_EXPIRED');
  try {
    const result = await gatewayRequest(TransportExtendHoldMutation, { holdToken: token }, await requestOptions(target.slug));
    const payload = result.data?.extendSeatHold;
    if (!payload?.hold || payload.userErrors.length > 0) return failure(payload?.userErrors[0]?.code ?? result.errors[0]?.extensions?.code);
    jar.set(holdCookieName(target.tripId), token, holdCookieOptions(await secureCookies(), payload.hold.expiresAt));
    return { ok: true, hold: toHoldView(payload.hold) };
  } catch (error) {
    return gatewayFailure(error);
  }
}

/** Gives this browser's held seats back. */
export async function releaseHoldAction(slug: string, tripId: string): Promise<{ ok: true } | { ok: false; code: string; message: string }> {
  const target = checkTrip(slug, tripId);
  try {
    await releaseStoredHold(target.slug, target.tripId);
    return { ok: true };
  } catch (error) {
    return gatewayFailure(error);
  }
}

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

function passengersOf(formData: FormData): { seatLabel: string; name: string }[] {
  return [...formData.keys()].filter((k) => k.startsWith('passenger:')).map((k) => ({ seatLabel: k.slice('passenger:'.length), name: text(formData, k) }));
}

/** Where a checkout goes back to with an error code (and the field it is about, when the API named one). */
function checkoutWithError(checkout: string, code: string, field?: string | null): never {
  redirect(`${checkout}?error=${encodeURIComponent(code)}${field ? `&field=${encodeURIComponent(field)}` : ''}`);
}

async function checkoutTarget(kind: StorefrontKind, slug: string, tripId: string) {
  const target = checkTrip(slug, tripId);
  if (kind !== 's' && kind !== 'm') throw new Error('invalid storefront');
  const base = await storeBase(kind, target.slug);
  return { ...target, base, checkout: `${base}/trips/${target.tripId}/checkout` };
}

/**
 * The checkout form of a window sale (staff, paid in cash): one passenger name per held seat and the cash
 * receipt's number as the payment reference. Success: the booking's page (the hold cookie goes); failure:
 * back to the checkout with the error code.
 */
export async function confirmWindowSaleAction(kind: StorefrontKind, slug: string, tripId: string, formData: FormData): Promise<void> {
  const target = await checkoutTarget(kind, slug, tripId);
  const jar = await cookies();
  const token = jar.get(holdCookieName(target.tripId))?.value;
  if (!token) checkoutWithError(target.checkout, 'HOLD_EXPIRED');
  const paymentReference = text(formData, 'paymentReference');
  if (!paymentReference) checkoutWithError(target.checkout, 'BAD_USER_INPUT', 'paymentReference');
  let outcome: { bookingId: string } | { code: string; field?: string | null };
  try {
    const result = await gatewayRequest(TransportConfirmBookingMutation, { input: { holdToken: token, passengers: passengersOf(formData), paymentReference, phone: text(formData, 'phone') || null } }, await requestOptions(target.slug));
    const payload = result.data?.confirmBooking;
    const error = payload?.userErrors[0];
    outcome = payload?.booking ? { bookingId: payload.booking.id } : { code: String(error?.code ?? result.errors[0]?.extensions?.code ?? 'UNKNOWN'), field: error?.field?.at(-1) };
  } catch (error) {
    if (!(error instanceof GatewayUnavailableError)) throw error;
    outcome = { code: 'UNAVAILABLE' };
  }
  if ('code' in outcome) checkoutWithError(target.checkout, outcome.code, outcome.field);
  jar.delete({ name: holdCookieName(target.tripId), path: '/' });
  redirect(`${target.base}/trips/bookings/${outcome.bookingId}`);
}

const IDEMPOTENCY_KEY = /^[0-9a-f-]{36}$/;

/**
 * The checkout form of an online purchase (anyone): a passenger name per held seat and an e-mail. The
 * idempotency key was made on the server when the form was rendered and comes back in a hidden field, so
 * a resubmitted form (double click, reload) gets the same order instead of a second one. Success: the
 * order's access token goes into its cookie and the buyer to the provider's page, which returns through
 * `/trips/orders/return` (order-return.ts) to the trip order page; failure: back to the checkout with the
 * error code.
 */
export async function buyOnlineAction(kind: StorefrontKind, slug: string, tripId: string, formData: FormData): Promise<void> {
  const target = await checkoutTarget(kind, slug, tripId);
  const jar = await cookies();
  const token = jar.get(holdCookieName(target.tripId))?.value;
  if (!token) checkoutWithError(target.checkout, 'HOLD_EXPIRED');
  const idempotencyKey = text(formData, 'idempotencyKey');
  if (!IDEMPOTENCY_KEY.test(idempotencyKey)) checkoutWithError(target.checkout, 'BAD_USER_INPUT');
  const email = text(formData, 'email');
  let outcome: { orderId: string; accessToken: string; payAt: string } | { code: string; field?: string | null };
  try {
    const input = { holdToken: token, passengers: passengersOf(formData), email, phone: text(formData, 'phone'), idempotencyKey, returnUrl: `${await publicOrigin()}${target.base}/trips/orders/return` };
    const result = await gatewayRequest(TransportBuySeatsMutation, { input }, await requestOptions(target.slug));
    const payload = result.data?.buySeats;
    const error = payload?.userErrors[0];
    const payAt = absolutePaymentUrl(payload?.paymentUrl);
    if (payload?.orderId && payload.accessToken && payAt && !error) outcome = { orderId: payload.orderId, accessToken: payload.accessToken, payAt };
    else outcome = { code: String(error?.code ?? result.errors[0]?.extensions?.code ?? 'PAYMENT_FAILED'), field: error?.field?.at(-1) };
  } catch (error) {
    if (!(error instanceof GatewayUnavailableError)) throw error;
    outcome = { code: 'UNAVAILABLE' };
  }
  if ('code' in outcome) checkoutWithError(target.checkout, outcome.code, outcome.field);
  const secure = await secureCookies();
  jar.set(tripOrderCookieName(outcome.orderId), outcome.accessToken, tripOrderCookieOptions(secure));
  jar.set(tripPayingCookieName(target.slug), outcome.orderId, tripPayingCookieOptions(secure));
  redirect(outcome.payAt);
}

export type BoardResult =
  | { status: 'BOARDED'; boardedAt: string }
  | { status: 'ALREADY_BOARDED'; boardedAt: string | null }
  | { status: 'REFUSED'; code: string; message: string }
  /** The gateway could not be reached: keep the scan and send it later. */
  | { status: 'UNSENT' };

/** Records a conductor's scan (staff): boards the ticket once. */
export async function boardTicketAction(slug: string, qr: string, scannedAt: string | null): Promise<BoardResult> {
  if (typeof slug !== 'string' || !SLUG_PATTERN.test(slug) || typeof qr !== 'string' || qr.length > 4000) throw new Error('invalid scan');
  const at = typeof scannedAt === 'string' && Number.isFinite(Date.parse(scannedAt)) ? new Date(scannedAt).toISOString() : null;
  try {
    const result = await gatewayRequest(TransportBoardTicketMutation, { qr, scannedAt: at }, await requestOptions(slug));
    const payload = result.data?.boardTicket;
    const code = payload?.userErrors[0]?.code ?? result.errors[0]?.extensions?.code;
    if (payload?.ticket && !code) return { status: 'BOARDED', boardedAt: payload.ticket.boardedAt ?? new Date().toISOString() };
    if (code === 'ALREADY_BOARDED') return { status: 'ALREADY_BOARDED', boardedAt: payload?.ticket?.boardedAt ?? null };
    return { status: 'REFUSED', code: String(code ?? 'UNKNOWN'), message: errorMessage(String(code ?? 'UNKNOWN')) };
  } catch (error) {
    if (error instanceof GatewayUnavailableError) return { status: 'UNSENT' };
    throw error;
  }
}

export type TicketStatus =
  | { status: 'BOARDED'; boardedAt: string }
  | { status: 'NOT_BOARDED' }
  /** Offline, signed out, or not staff here: the device's own record is all there is. */
  | { status: 'UNKNOWN' };

/**
 * Whether a ticket whose signature the device has just checked has already boarded (staff only: the API
 * refuses others). A valid signature alone cannot tell a fresh ticket from one shown a second time.
 */
export async function ticketStatusAction(slug: string, ticketId: string): Promise<TicketStatus> {
  if (typeof slug !== 'string' || !SLUG_PATTERN.test(slug) || typeof ticketId !== 'string' || !isUuid(ticketId)) return { status: 'UNKNOWN' };
  try {
    const result = await gatewayRequest(TransportTicketStatusQuery, { id: ticketId }, await requestOptions(slug));
    const ticket = result.data?.ticket;
    if (!ticket || result.errors.length > 0) return { status: 'UNKNOWN' };
    return ticket.boardedAt ? { status: 'BOARDED', boardedAt: ticket.boardedAt } : { status: 'NOT_BOARDED' };
  } catch (error) {
    if (error instanceof GatewayUnavailableError) return { status: 'UNKNOWN' };
    throw error;
  }
}

/**
 * Sends an agent's queued sales. Throws when the answer is not a per-sale result (gateway down, signed
 * out), so the device keeps its queue.
 */
export async function syncAgentSalesAction(slug: string, sales: QueuedSale[]): Promise<SaleOutcome[]> {
  if (typeof slug !== 'string' || !SLUG_PATTERN.test(slug) || !Array.isArray(sales) || sales.length > 200) throw new Error('invalid sync');
  const input = sales.map((s) => ({ clientSaleId: String(s.clientSaleId), tripId: String(s.tripId), seatLabel: String(s.seatLabel), passengerName: String(s.passengerName), amountPaid: String(s.amountPaid), soldAt: String(s.soldAt) }));
  const result = await gatewayRequest(TransportSyncAgentSalesMutation, { sales: input }, await requestOptions(slug));
  const payload = result.data?.syncAgentSales;
  if (!payload?.results) throw new Error(`sync refused: ${payload?.userErrors[0]?.code ?? result.errors[0]?.extensions?.code ?? 'UNKNOWN'}`);
  return payload.results.map((r) => ({ clientSaleId: r.clientSaleId, status: r.status, tripId: r.sale.tripId, seatLabel: r.sale.seatLabel, conflictReason: r.sale.conflictReason ?? null, ticketId: r.sale.ticket?.id ?? null }));
}
