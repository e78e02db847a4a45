'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { publicOrigin, storeBase } from '../site';
import { SLUG_PATTERN } from '../slug';
import type { StorefrontKind } from '../tenant-kind';
import { PAYING_MAX_AGE_S, payingCookieName } from './cookies';
import { ShopRetryPaymentMutation } from './operations';
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
  if (code || !payAt) redirect(`${orderPath}?error=${encodeURIComponent(code ?? 'PAYMENT_FAILED')}`);
  (await cookies()).set(payingCookieName(slug), orderId, await shopCookieOptions(PAYING_MAX_AGE_S));
  redirect(payAt);
}
