'use server';

import { cookies } from 'next/headers';
import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { publicOrigin, storeBase } from '../site';
import { SLUG_PATTERN } from '../slug';
import type { StorefrontKind } from '../tenant-kind';
import { addressInput, emptyAddress, isSaved } from './address-form';
import { ShopAddAddressMutation, ShopMyAddressesQuery } from './address-operations';
import { decodeDraft, detailFieldOf, detailsFromForm, encodeDraft, invalidDetails, positionInput, type CheckoutDetails } from './checkout-details';
import {
  cartCookieName,
  CHECKOUT_MAX_AGE_S,
  checkoutCookieName,
  GUEST_ORDERS_MAX_AGE_S,
  guestOrdersCookieName,
  PAYING_MAX_AGE_S,
  payingCookieName,
  VISITOR_COOKIE,
  withGuestOrder,
  cleanVisitorId,
} from './cookies';
import { ShopCheckoutMutation } from './operations';
import { absolutePaymentUrl } from './payment-url';
import { guestCartToken, shopCookieOptions, shopperToken, shopRequest } from './shopper';

// Checkout forms: the details step (kept in an httpOnly cookie between steps) and "place order", which
// calls commerce's `checkout` once with the idempotency key the review page generated. A resubmitted form
// (double tap, reload, flaky network) carries the same key, so commerce answers with the first order
// instead of making a second one; every new review page has a new key.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function checkStore(kind: unknown, slug: unknown): { kind: StorefrontKind; slug: string } {
  if ((kind !== 's' && kind !== 'm') || typeof slug !== 'string' || !SLUG_PATTERN.test(slug)) throw new Error('invalid storefront');
  return { kind, slug };
}

/**
 * The "Pay with" part of the review form: gift card codes (spaces or commas between them, at most five), the
 * signed-in customer's store credit and points. Commerce checks them all (GIFT_CARD_INVALID,
 * INSUFFICIENT_BALANCE come back to the review like any checkout error).
 */
function payWith(formData: FormData, signedIn: boolean): { giftCardCodes: string[] | null; useStoreCredit: boolean | null; points: number | null } {
  const codes = String(formData.get('giftCardCodes') ?? '')
    .split(/[\s,]+/)
    .map((c) => c.trim().slice(0, 40))
    .filter(Boolean)
    .slice(0, 5);
  const points = Number(formData.get('points') ?? 0);
  return {
    giftCardCodes: codes.length > 0 ? codes : null,
    useStoreCredit: signedIn && formData.get('useStoreCredit') === 'yes' ? true : null,
    points: signedIn && Number.isInteger(points) && points > 0 ? points : null,
  };
}

/** Whom the order's gift cards are for (decision 0064): commerce keeps it only when the order buys gift cards. */
function giftCardRecipient(formData: FormData): { name: string | null; email: string | null; message: string | null } | null {
  const field = (name: string, max: number) => String(formData.get(name) ?? '').trim().slice(0, max) || null;
  const r = { name: field('giftRecipientName', 120), email: field('giftRecipientEmail', 254), message: field('giftRecipientMessage', 500) };
  return r.name || r.email || r.message ? r : null;
}

async function checkoutPath(kind: StorefrontKind, slug: string, query = ''): Promise<string> {
  return `${await storeBase(kind, slug)}/checkout${query}`;
}

/** Step 1: e-mail and shipping address. Kept as typed; the review step opens once they are complete. */
export async function saveCheckoutDetails(kind: StorefrontKind, slug: string, formData: FormData): Promise<void> {
  // The page may come back under the same URL (an error again): the router must render it afresh.
  refresh();
  const store = checkStore(kind, slug);
  const details = detailsFromForm(formData);
  const invalid = invalidDetails(details);
  const saveAddress = formData.get('saveAddress') === 'on' && Boolean(await shopperToken(store.slug));
  (await cookies()).set(checkoutCookieName(store.slug), encodeDraft({ details, invalid, ...(saveAddress ? { saveAddress: true as const } : {}) }), await shopCookieOptions(CHECKOUT_MAX_AGE_S));
  redirect(await checkoutPath(store.kind, store.slug, invalid.length > 0 ? '' : '?step=review'));
}

/**
 * Step 2: place the order and go to the payment page. Errors come back to the step that can fix them:
 * address fields to the details step, stock and shipping to the review (INSUFFICIENT_STOCK names the
 * line), a cart that is gone to the cart.
 */
export async function placeOrder(kind: StorefrontKind, slug: string, formData: FormData): Promise<void> {
  refresh();
  const store = checkStore(kind, slug);
  const jar = await cookies();
  const draft = decodeDraft(jar.get(checkoutCookieName(store.slug))?.value);
  if (!draft || invalidDetails(draft.details).length > 0) redirect(await checkoutPath(store.kind, store.slug));
  const idempotencyKey = String(formData.get('idempotencyKey') ?? '');
  const shippingMethod = String(formData.get('shippingMethod') ?? '');
  if (!UUID.test(idempotencyKey)) redirect(await checkoutPath(store.kind, store.slug, '?step=review&error=BAD_USER_INPUT'));
  if (!shippingMethod) redirect(await checkoutPath(store.kind, store.slug, '?step=review&error=SHIPPING_METHOD_REQUIRED'));

  const signedIn = Boolean(await shopperToken(store.slug));
  const cartToken = signedIn ? null : await guestCartToken(store.slug);
  const base = await storeBase(store.kind, store.slug);
  const { details } = draft;
  const result = await shopRequest(store.slug, ShopCheckoutMutation, {
    input: {
      cartToken,
      idempotencyKey,
      email: details.email,
      phone: details.phone || null,
      taxId: details.taxId || null,
      shippingAddress: {
        name: details.name,
        line1: details.line1,
        line2: details.line2 || null,
        city: details.city,
        region: details.region,
        country: 'NG',
        postalCode: details.postalCode || null,
        phone: details.phone || null,
        ...positionInput(details),
      },
      shippingMethod,
      // The carrier's quote goes only with its own option (decision 0091): commerce locks its price.
      shippingQuoteId: formData.get('shippingQuoteMethod') === shippingMethod ? String(formData.get('shippingQuoteId') ?? '') || null : null,
      deviceId: cleanVisitorId(jar.get(VISITOR_COOKIE)?.value),
      returnUrl: `${await publicOrigin()}${base}/checkout/return`,
      ...payWith(formData, signedIn),
      giftCardRecipient: giftCardRecipient(formData),
      // Commerce refuses a method the shop has not enabled (PAYMENT_METHOD_UNAVAILABLE).
      paymentMethod: (['BANK_TRANSFER', 'PAY_ON_DELIVERY', 'USSD', 'MOBILE_MONEY'] as const).find((m) => m === formData.get('paymentMethod')) ?? ('CARD' as const),
      // USSD's bank, mobile money's network and phone (decision 0087): commerce checks them (PAYMENT_DETAILS_INVALID).
      ...(formData.get('paymentMethod') === 'USSD' ? { ussdBank: String(formData.get('ussdBank') ?? '') } : {}),
      ...(formData.get('paymentMethod') === 'MOBILE_MONEY' ? { mobileMoneyNetwork: String(formData.get('mobileMoneyNetwork') ?? ''), mobileMoneyPhone: String(formData.get('mobileMoneyPhone') ?? '') } : {}),
    },
  });

  const payload = result.data?.checkout;
  if (!payload) redirect(await checkoutPath(store.kind, store.slug, `?step=review&error=${encodeURIComponent(String(result.errors[0]?.extensions?.code ?? 'UNAVAILABLE'))}`));
  const error = payload.userErrors[0];
  if (error || !payload.order) {
    const code = error?.code ?? 'UNKNOWN';
    const field = detailFieldOf(error?.field);
    if (field) {
      jar.set(checkoutCookieName(store.slug), encodeDraft({ ...draft, invalid: [field] }), await shopCookieOptions(CHECKOUT_MAX_AGE_S));
      redirect(await checkoutPath(store.kind, store.slug, `?error=${encodeURIComponent(code)}`));
    }
    if (error?.field?.[0] === 'cartToken') redirect(`${base}/cart?error=${encodeURIComponent(code)}`);
    const line = error?.field?.[0] === 'lines' ? `&line=${encodeURIComponent(error.field[1] ?? '')}` : '';
    redirect(await checkoutPath(store.kind, store.slug, `?step=review&error=${encodeURIComponent(code)}${line}`));
  }

  const order = payload.order;
  if (signedIn && draft.saveAddress) await saveToAccount(store.slug, details);
  if (cartToken) {
    jar.set(guestOrdersCookieName(store.slug), withGuestOrder(jar.get(guestOrdersCookieName(store.slug))?.value, order.id, cartToken), await shopCookieOptions(GUEST_ORDERS_MAX_AGE_S));
    jar.delete({ name: cartCookieName(store.slug), path: '/' });
  }
  jar.delete({ name: checkoutCookieName(store.slug), path: '/' });
  jar.set(payingCookieName(store.slug), order.id, await shopCookieOptions(PAYING_MAX_AGE_S));
  const payAt = absolutePaymentUrl(payload.payment?.authorizationUrl);
  redirect(payAt ?? `${base}/orders/${encodeURIComponent(order.id)}`);
}

/**
 * "Save this address to my account", once the order is placed: a new saved address unless the same one
 * is saved already. The order stands whatever happens here, so a refusal (say, the address book is full)
 * only skips the save.
 */
async function saveToAccount(slug: string, details: CheckoutDetails): Promise<void> {
  try {
    const saved = await shopRequest(slug, ShopMyAddressesQuery, {});
    if (!saved.data || isSaved(details, saved.data.myAddresses)) return;
    const { name, line1, line2, city, region, postalCode, phone, latitude, longitude } = details;
    await shopRequest(slug, ShopAddAddressMutation, { input: addressInput({ ...emptyAddress(), name, line1, line2, city, region, postalCode, phone, latitude, longitude }, false) });
  } catch (error) {
    console.error('[storefront] checkout: saving the address to the account failed', error);
  }
}
