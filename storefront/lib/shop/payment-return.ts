import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import type { NextRequest } from 'next/server';
import { storeBase } from '../site';
import { SLUG_PATTERN } from '../slug';
import type { StorefrontKind } from '../tenant-kind';
import { payingCookieName } from './cookies';
import { ShopRefreshPaymentMutation } from './operations';
import { shopRequest } from './shopper';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `GET <store>/checkout/return?reference=…`: where the payment page sends the shopper back. Asks commerce
 * to check the payment with the provider now (`refreshPayment`: it believes only the provider, and is
 * harmless to repeat), then shows the order the shopper was paying for. The order's status is whatever
 * commerce says; the webhook may still be on its way, and the order page keeps looking.
 */
export async function paymentReturn(kind: StorefrontKind, slug: string, request: NextRequest): Promise<never> {
  if (!SLUG_PATTERN.test(slug)) redirect('/');
  const base = await storeBase(kind, slug);
  const reference = request.nextUrl.searchParams.get('reference');
  if (reference && reference.length <= 200) {
    const result = await shopRequest(slug, ShopRefreshPaymentMutation, { reference }).catch(() => null);
    const problem = result?.data?.refreshPayment.userErrors[0] ?? result?.errors[0];
    if (problem) console.warn('[storefront] payment return: refreshPayment', problem.message);
  }
  const jar = await cookies();
  const orderId = jar.get(payingCookieName(slug))?.value;
  if (!orderId || !UUID.test(orderId)) redirect(`${base}/account`);
  jar.delete({ name: payingCookieName(slug), path: '/' });
  redirect(`${base}/orders/${orderId}`);
}
