'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { publicOrigin, storeBase } from '../site';
import { SLUG_PATTERN } from '../slug';
import type { StorefrontKind } from '../tenant-kind';
import { PAYING_MAX_AGE_S, payingCookieName } from './cookies';
import { ShopRefreshPaymentMutation, ShopRetryPaymentMutation } from './operations';
import { absolutePaymentUrl } from './payment-url';
import { guestOrderToken, shopCookieOptions, shopRequest } from './shopper';

/**
 * "Pay now" on an order still awaiting payment (the shopper left the payment page, or its start failed):
 * commerce hands back the open payment or starts a new one; the shopper goes to its page.
 */
export async function payForOrder(kind: StorefrontKind, slug: string, orderId: string): Promise<void> {
  if ((kind !== 's' && kind !== 'm') || !SLUG_PATTERN.test(slug)) throw new Error('invalid storefront');
  const base = await storeBase(kind, slug);
  const orderPath = `${base}/orders/${encodeURIComponent(orderId)}`;
  const result = await shopRequest(slug, ShopRetryPaymentMutation, {
    orderId,
    cartToken: await guestOrderToken(slug, orderId),
    returnUrl: `${await publicOrigin()}${base}/checkout/return`,
  });
  const payload = result.data?.retryPayment;
  const code = payload ? payload.userErrors[0]?.code : String(result.errors[0]?.extensions?.code ?? 'UNAVAILABLE');
  const payAt = absolutePaymentUrl(payload?.payment?.authorizationUrl);
  // A USSD or mobile-money charge has no page: its code or prompt is on the order page (decision 0087).
  if (!code && !payAt && payload?.payment?.status === 'PENDING' && payload.payment.chargeInstruction) redirect(orderPath);
  if (code || !payAt) redirect(`${orderPath}?error=${encodeURIComponent(code ?? 'PAYMENT_FAILED')}`);
  (await cookies()).set(payingCookieName(slug), orderId, await shopCookieOptions(PAYING_MAX_AGE_S));
  redirect(payAt);
}

/**
 * "I have paid: check again" under a USSD code or mobile-money prompt (decision 0087): asks commerce to
 * check the payment with the provider now (refreshPayment believes only the provider and is harmless to
 * repeat), so a lost notification does not keep a paid shopper waiting; then shows the order again.
 */
export async function checkPhonePayment(kind: StorefrontKind, slug: string, orderId: string, reference: string): Promise<void> {
  if ((kind !== 's' && kind !== 'm') || !SLUG_PATTERN.test(slug)) throw new Error('invalid storefront');
  const orderPath = `${await storeBase(kind, slug)}/orders/${encodeURIComponent(orderId)}`;
  const result = await shopRequest(slug, ShopRefreshPaymentMutation, { reference }).catch(() => null);
  const problem = result?.data?.refreshPayment.userErrors[0] ?? result?.errors[0];
  if (problem) console.warn('[storefront] check phone payment: refreshPayment', problem.message);
  redirect(orderPath);
}
