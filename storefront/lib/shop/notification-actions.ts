'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { storeBase } from '../site';
import { SLUG_PATTERN } from '../slug';
import type { StorefrontKind } from '../tenant-kind';
import { PREFERENCES } from './notification-messages';
import { ShopSetMyNotificationPreferencesMutation } from './notification-operations';
import { shopperToken, shopRequest } from './shopper';
import { unsubscribeByToken } from './unsubscribe';

// The account's notification preferences form and the unsubscribe page's button: plain server actions
// (they work without JavaScript) that answer with a redirect to the page, with a notice or the outcome.

/** Save the four choices: a ticked box is on, an unticked one off. */
export async function saveNotificationPreferences(kind: StorefrontKind, slug: string, formData: FormData): Promise<void> {
  refresh();
  if ((kind !== 's' && kind !== 'm') || typeof slug !== 'string' || !SLUG_PATTERN.test(slug)) throw new Error('invalid storefront');
  const base = await storeBase(kind, slug);
  const page = `${base}/account/notifications`;
  if (!(await shopperToken(slug))) redirect(`${base}/sign-in?next=${encodeURIComponent(page)}`);
  const input = Object.fromEntries(PREFERENCES.map((p) => [p, formData.get(p) === 'on'])) as Record<(typeof PREFERENCES)[number], boolean>;
  const result = await shopRequest(slug, ShopSetMyNotificationPreferencesMutation, { input });
  const payload = result.data?.setMyNotificationPreferences;
  const code = payload ? payload.userErrors[0]?.code : String(result.errors[0]?.extensions?.code ?? 'UNAVAILABLE');
  if (code === 'UNAUTHENTICATED') redirect(`${base}/sign-in?next=${encodeURIComponent(page)}`);
  redirect(code ? `${page}?error=${encodeURIComponent(code)}` : `${page}?done=saved`);
}

/** The unsubscribe page's button: acts (the page's GET only asks), then shows the outcome on the page. */
export async function confirmUnsubscribe(slug: string, token: string): Promise<void> {
  if (typeof slug !== 'string' || !SLUG_PATTERN.test(slug) || typeof token !== 'string') throw new Error('invalid unsubscribe link');
  const outcome = await unsubscribeByToken(slug, token);
  redirect(`/u/${encodeURIComponent(slug)}/${encodeURIComponent(token)}?outcome=${outcome}`);
}
