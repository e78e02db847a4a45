'use server';

import { SLUG_PATTERN } from '../slug';
import { ShopRegisterPushSubscriptionMutation, ShopRemovePushSubscriptionMutation } from './push-operations';
import { shopperToken, shopRequest } from './shopper';

// The "Order updates on this phone" switch (decision 0063): after the browser subscribed through its
// PushManager, the page hands the subscription to these actions, which register it (or remove it) for
// the signed-in customer at this shop. They answer with an error code, or null when it worked.

export interface BrowserSubscription {
  endpoint: string;
  p256dh: string;
  auth: string;
  label?: string | null;
}

const short = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');

export async function registerThisBrowser(slug: string, sub: BrowserSubscription): Promise<string | null> {
  if (typeof slug !== 'string' || !SLUG_PATTERN.test(slug)) return 'BAD_USER_INPUT';
  if (!(await shopperToken(slug))) return 'UNAUTHENTICATED';
  const input = { endpoint: short(sub?.endpoint, 2000), p256dh: short(sub?.p256dh, 200), auth: short(sub?.auth, 100), label: short(sub?.label, 80) || null };
  const result = await shopRequest(slug, ShopRegisterPushSubscriptionMutation, { input });
  const payload = result.data?.registerPushSubscription;
  if (!payload) return String(result.errors[0]?.extensions?.code ?? 'UNAVAILABLE');
  return payload.userErrors[0]?.code ?? (payload.subscription ? null : 'UNAUTHENTICATED');
}

export async function removeThisBrowser(slug: string, endpoint: string): Promise<string | null> {
  if (typeof slug !== 'string' || !SLUG_PATTERN.test(slug) || typeof endpoint !== 'string') return 'BAD_USER_INPUT';
  if (!(await shopperToken(slug))) return 'UNAUTHENTICATED';
  const result = await shopRequest(slug, ShopRemovePushSubscriptionMutation, { endpoint: endpoint.slice(0, 2000) });
  const payload = result.data?.removePushSubscription;
  if (!payload) return String(result.errors[0]?.extensions?.code ?? 'UNAVAILABLE');
  return payload.userErrors[0]?.code ?? null;
}
