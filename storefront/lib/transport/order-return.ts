import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import type { NextRequest } from 'next/server';
import { gatewayRequest } from '../gateway';
import { isUuid } from '../listing';
import { forwardedFor } from '../request';
import { storeBase } from '../site';
import { SLUG_PATTERN } from '../slug';
import type { StorefrontKind } from '../tenant-kind';
import { tripPayingCookieName } from './order-cookie';
import { TransportRefreshPaymentMutation } from './operations';

/**
 * `GET <store>/trips/orders/return?reference=…`: where the payment page sends a ticket buyer back. Asks
 * commerce to check the payment with the provider now (`refreshPayment` believes only the provider and is
 * harmless to repeat), then shows the order named by the paying cookie; its page keeps looking until the
 * order is settled, since the webhook and the ticketing may still be on their way.
 */
export async function tripOrderReturn(kind: StorefrontKind, slug: string, request: NextRequest): Promise<never> {
  if (!SLUG_PATTERN.test(slug)) redirect('/');
  const base = await storeBase(kind, slug);
  const reference = request.nextUrl.searchParams.get('reference');
  if (reference && reference.length <= 200) {
    const result = await gatewayRequest(TransportRefreshPaymentMutation, { reference }, { tenant: slug, forwardedFor: await forwardedFor() }).catch(() => null);
    const problem = result?.data?.refreshPayment.userErrors[0] ?? result?.errors[0];
    if (problem) console.warn('[storefront] trip payment return: refreshPayment', problem.message);
  }
  const jar = await cookies();
  const orderId = jar.get(tripPayingCookieName(slug))?.value;
  if (!orderId || !isUuid(orderId)) redirect(`${base}/trips`);
  jar.delete({ name: tripPayingCookieName(slug), path: '/' });
  redirect(`${base}/trips/orders/${orderId}`);
}
