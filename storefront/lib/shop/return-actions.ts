'use server';

import { refresh } from 'next/cache';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { clientIpProof, CLIENT_IP_HEADER } from '../client-ip';
import { gatewayUrl } from '../config';
import { forwardedFor } from '../request';
import { storeBase } from '../site';
import { SLUG_PATTERN } from '../slug';
import type { StorefrontKind } from '../tenant-kind';
import { GUEST_ORDERS_MAX_AGE_S, guestOrdersCookieName, withGuestOrder } from './cookies';
import { ShopGuestRequestReturnMutation, ShopLookUpGuestOrderMutation, ShopRequestReturnMutation, ShopSendReturnMyselfMutation } from './return-operations';
import { guestOrderToken, shopCookieOptions, shopperToken, shopRequest } from './shopper';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REASONS = ['DAMAGED', 'WRONG_ITEM', 'NOT_AS_DESCRIBED', 'DOES_NOT_FIT', 'CHANGED_MIND', 'OTHER'] as const;
const MAX_PHOTOS = 5;
const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
/** The gateway's refusals of `POST /returns/photos` (decision 0065), as the form's error codes. */
const PHOTO_ERROR: Record<string, string> = { PAYLOAD_TOO_LARGE: 'PHOTO_TOO_LARGE', UNSUPPORTED_MEDIA_TYPE: 'PHOTO_UNSUPPORTED', RATE_LIMITED: 'PHOTO_RATE_LIMITED' };

/** Uploads one photo as the signed-in customer: its id, or the form's error code. */
async function uploadPhoto(token: string, photo: Blob): Promise<{ id: string } | { error: string }> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' };
  const ip = await forwardedFor();
  const proof = ip ? clientIpProof(ip) : null;
  if (proof) headers[CLIENT_IP_HEADER] = proof;
  try {
    const res = await fetch(`${gatewayUrl().replace(/\/graphql$/, '')}/returns/photos`, { method: 'POST', headers, body: new Uint8Array(await photo.arrayBuffer()), signal: AbortSignal.timeout(60_000) });
    const body = (await res.json().catch(() => null)) as { id?: string; errors?: { extensions?: { code?: string } }[] } | null;
    if (res.status === 201 && body?.id) return { id: body.id };
    return { error: PHOTO_ERROR[String(body?.errors?.[0]?.extensions?.code)] ?? 'PHOTO_FAILED' };
  } catch {
    return { error: 'PHOTO_FAILED' };
  }
}

/** The form's lines, reason and words (the form again with its error code when no line or no reason). */
function formFields(formData: FormData, formPath: string) {
  const lines = [...formData.entries()]
    .filter(([k]) => k.startsWith('qty:') && UUID.test(k.slice(4)))
    .map(([k, v]) => ({ orderLineId: k.slice(4), quantity: Number(v) }))
    .filter((l) => Number.isInteger(l.quantity) && l.quantity > 0);
  const reason = REASONS.find((r) => r === formData.get('reason'));
  const details = String(formData.get('details') ?? '').slice(0, 1000);
  if (lines.length === 0) redirect(`${formPath}?error=NO_LINES`);
  if (!reason) redirect(`${formPath}?error=NO_REASON`);
  return { lines, reason, details };
}

/** A guest's request, proved by the order's cart token; back to the order page, which lists it. */
async function requestGuestReturn(slug: string, orderId: string, cartToken: string, base: string, formData: FormData): Promise<void> {
  const formPath = `${base}/orders/${orderId}/return`;
  const { lines, reason, details } = formFields(formData, formPath);
  const result = await shopRequest(slug, ShopGuestRequestReturnMutation, { cartToken, input: { orderId, lines, reason, details: details || null } });
  const payload = result.data?.guestRequestReturn;
  if (!payload) redirect(`${formPath}?error=${encodeURIComponent(String(result.errors[0]?.extensions?.code ?? 'UNAVAILABLE'))}`);
  const problem = payload.userErrors[0];
  if (problem) redirect(`${formPath}?error=${encodeURIComponent(problem.code)}`);
  redirect(`${base}/orders/${orderId}?return=requested`);
}

/**
 * The return form (a plain server action: it works without JavaScript). Each line's quantity comes as
 * `qty:<orderLineId>`; lines left at 0 are not returned. Commerce checks everything again (the order is the
 * customer's, delivered, within the window, never more than is left); a refusal comes back as its code (the form shows each line's reason again).
 * Photos (`photos`, up to 5) are uploaded first, one by one, to the gateway's private return photo route, then
 * named in the request (decision 0065).
 */
export async function requestReturnAction(kind: StorefrontKind, slug: string, orderId: string, formData: FormData): Promise<void> {
  refresh();
  if ((kind !== 's' && kind !== 'm') || !SLUG_PATTERN.test(slug) || !UUID.test(orderId)) throw new Error('invalid storefront');
  const base = await storeBase(kind, slug);
  const formPath = `${base}/orders/${orderId}/return`;
  // A guest's order in this browser is asked for with its cart token (no photos: decision 0065, "Guests").
  const cartToken = await guestOrderToken(slug, orderId);
  if (cartToken) return requestGuestReturn(slug, orderId, cartToken, base, formData);
  if (!(await shopperToken(slug))) redirect(`${base}/sign-in?next=${encodeURIComponent(formPath)}`);
  const { lines, reason, details } = formFields(formData, formPath);
  const photos = formData.getAll('photos').filter((p): p is File => p instanceof Blob && p.size > 0);
  if (photos.length > MAX_PHOTOS) redirect(`${formPath}?error=TOO_MANY_PHOTOS`);
  if (photos.reduce((n, p) => n + p.size, 0) > MAX_PHOTO_BYTES) redirect(`${formPath}?error=PHOTO_TOO_LARGE`);
  const photoIds: string[] = [];
  const token = (await shopperToken(slug))!;
  for (const photo of photos) {
    const uploaded = await uploadPhoto(token, photo);
    if ('error' in uploaded) redirect(`${formPath}?error=${uploaded.error}`);
    photoIds.push(uploaded.id);
  }
  const result = await shopRequest(slug, ShopRequestReturnMutation, { input: { orderId, lines, reason, details: details || null, photoIds } });
  const payload = result.data?.requestReturn;
  if (!payload) redirect(`${formPath}?error=${encodeURIComponent(String(result.errors[0]?.extensions?.code ?? 'UNAVAILABLE'))}`);
  const problem = payload.userErrors[0];
  if (problem) redirect(`${formPath}?error=${encodeURIComponent(problem.field?.[0] === 'photoIds' ? (problem.code === 'NOT_FOUND' ? 'PHOTO_NOT_FOUND' : 'TOO_MANY_PHOTOS') : problem.code)}`);
  redirect(`${base}/account/returns?done=requested`);
}

/**
 * A guest finds their order by its number and checkout e-mail (decision 0065, "Guests"): commerce answers
 * with the order's cart token, kept in the guest-orders cookie as checkout keeps it, so the order page (and
 * its returns) open as in the browser that checked out. Refusals come back as the form's error code (the
 * number, never the e-mail, goes back in the address).
 */
export async function findGuestOrderAction(kind: StorefrontKind, slug: string, formData: FormData): Promise<void> {
  if ((kind !== 's' && kind !== 'm') || !SLUG_PATTERN.test(slug)) throw new Error('invalid storefront');
  const base = await storeBase(kind, slug);
  const orderNumber = String(formData.get('orderNumber') ?? '').trim().slice(0, 64);
  const email = String(formData.get('email') ?? '').trim().slice(0, 320);
  const back = (code: string) => redirect(`${base}/orders/find?error=${encodeURIComponent(code)}&number=${encodeURIComponent(orderNumber)}`);
  if (!orderNumber || !email) back('LOOKUP_MISSING');
  const result = await shopRequest(slug, ShopLookUpGuestOrderMutation, { orderNumber, email });
  const payload = result.data?.lookUpGuestOrder;
  if (!payload) return back(String(result.errors[0]?.extensions?.code ?? 'UNAVAILABLE'));
  if (payload.userErrors[0] || !payload.orderId || !payload.cartToken) return back(payload.userErrors[0]?.code === 'RATE_LIMITED' ? 'LOOKUP_RATE_LIMITED' : 'LOOKUP_NOT_FOUND');
  const jar = await cookies();
  jar.set(guestOrdersCookieName(slug), withGuestOrder(jar.get(guestOrdersCookieName(slug))?.value, payload.orderId, payload.cartToken), await shopCookieOptions(GUEST_ORDERS_MAX_AGE_S));
  redirect(`${base}/orders/${payload.orderId}`);
}

/**
 * The customer sent their approved return with a courier (decision 0092): its name and tracking number.
 * A guest's return is proved by the order's cart token from the checkout cookie; commerce checks the return
 * is the caller's (NOT_FOUND otherwise) and still waiting to be sent. Back to the order page either way.
 */
export async function sendReturnMyselfAction(kind: StorefrontKind, slug: string, orderId: string, returnId: string, formData: FormData): Promise<void> {
  refresh();
  if ((kind !== 's' && kind !== 'm') || !SLUG_PATTERN.test(slug) || !UUID.test(orderId) || !UUID.test(returnId)) throw new Error('invalid storefront');
  const base = await storeBase(kind, slug);
  const orderPath = `${base}/orders/${orderId}`;
  const cartToken = await guestOrderToken(slug, orderId);
  if (!cartToken && !(await shopperToken(slug))) redirect(`${base}/sign-in?next=${encodeURIComponent(orderPath)}`);
  const carrier = String(formData.get('carrier') ?? '').trim().slice(0, 100);
  const trackingNumber = String(formData.get('trackingNumber') ?? '').trim().slice(0, 60);
  const result = await shopRequest(slug, ShopSendReturnMyselfMutation, { id: returnId, carrier, trackingNumber, cartToken });
  const payload = result.data?.sendReturnMyself;
  if (!payload || payload.userErrors.length > 0) redirect(`${orderPath}?return=sendFailed#order-returns`);
  redirect(`${orderPath}?return=sent#order-returns`);
}
