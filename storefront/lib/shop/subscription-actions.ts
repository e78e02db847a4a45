'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import type { SubscriptionInterval } from '../../gql/graphql';
import { storeBase } from '../site';
import { SLUG_PATTERN } from '../slug';
import type { StorefrontKind } from '../tenant-kind';
import { SUBSCRIPTION_OPS, type SubscriptionOp } from './subscription-messages';
import { randomUUID } from 'node:crypto';
import { publicOrigin } from '../site';
import { absolutePaymentUrl } from './payment-url';
import {
  ShopSubscribeMutation,
  ShopCancelSubscriptionMutation,
  ShopPauseSubscriptionMutation,
  ShopResumeSubscriptionMutation,
  ShopSkipSubscriptionChargeMutation,
  ShopUpdateSubscriptionMutation,
} from './subscription-operations';
import { shopperToken, shopRequest } from './shopper';

// The account's subscriptions page: one plain server action (works without JavaScript) per button, named by
// the form's `op`; it answers with a redirect to the page, with a notice or the refusal's code. The API checks
// the subscription is the signed-in customer's.

async function send(slug: string, op: SubscriptionOp, id: string, formData: FormData): Promise<string | undefined> {
  if (op === 'update') {
    const quantity = Number(formData.get('quantity'));
    const interval = String(formData.get('interval') ?? '');
    const r = await shopRequest(slug, ShopUpdateSubscriptionMutation, {
      id,
      quantity: Number.isInteger(quantity) ? quantity : null,
      interval: interval === 'WEEKLY' || interval === 'MONTHLY' ? (interval as SubscriptionInterval) : null,
    });
    return r.data ? r.data.updateSubscription.userErrors[0]?.code : String(r.errors[0]?.extensions?.code ?? 'UNAVAILABLE');
  }
  const r =
    op === 'pause'
      ? await shopRequest(slug, ShopPauseSubscriptionMutation, { id })
      : op === 'resume'
        ? await shopRequest(slug, ShopResumeSubscriptionMutation, { id })
        : op === 'skip'
          ? await shopRequest(slug, ShopSkipSubscriptionChargeMutation, { id })
          : await shopRequest(slug, ShopCancelSubscriptionMutation, { id });
  const payload = r.data ? (Object.values(r.data)[0] as { userErrors: { code: string }[] }) : null;
  return payload ? payload.userErrors[0]?.code : String(r.errors[0]?.extensions?.code ?? 'UNAVAILABLE');
}

export async function changeSubscription(kind: StorefrontKind, slug: string, formData: FormData): Promise<void> {
  refresh();
  if ((kind !== 's' && kind !== 'm') || typeof slug !== 'string' || !SLUG_PATTERN.test(slug)) throw new Error('invalid storefront');
  const base = await storeBase(kind, slug);
  const page = `${base}/account/subscriptions`;
  if (!(await shopperToken(slug))) redirect(`${base}/sign-in?next=${encodeURIComponent(page)}`);
  const op = String(formData.get('op') ?? '') as SubscriptionOp;
  const id = String(formData.get('id') ?? '');
  if (!SUBSCRIPTION_OPS.includes(op) || !/^[0-9a-f-]{36}$/i.test(id)) redirect(`${page}?error=BAD_USER_INPUT`);
  const code = await send(slug, op, id, formData);
  if (code === 'UNAUTHENTICATED') redirect(`${base}/sign-in?next=${encodeURIComponent(page)}`);
  redirect(code ? `${page}?error=${encodeURIComponent(code)}` : `${page}?done=${op}`);
}

/** The subscribe page's form: the first order is placed (commerce checks everything) and paid on the provider's page. */
export async function subscribeAction(kind: StorefrontKind, slug: string, variantId: string, email: string, formData: FormData): Promise<void> {
  refresh();
  if ((kind !== 's' && kind !== 'm') || typeof slug !== 'string' || !SLUG_PATTERN.test(slug) || !/^[0-9a-f-]{36}$/i.test(variantId)) throw new Error('invalid storefront');
  const base = await storeBase(kind, slug);
  const page = `${base}/subscribe/${variantId}`;
  if (!(await shopperToken(slug))) redirect(`${base}/sign-in?next=${encodeURIComponent(page)}`);
  const field = (name: string) => String(formData.get(name) ?? '').trim();
  const interval = field('interval') === 'MONTHLY' ? 'MONTHLY' : 'WEEKLY';
  const r = await shopRequest(slug, ShopSubscribeMutation, {
    input: {
      variantId,
      quantity: Number(field('quantity')) || 1,
      interval: interval as SubscriptionInterval,
      idempotencyKey: randomUUID(),
      email,
      phone: field('phone') || null,
      shippingAddress: { name: field('name'), line1: field('line1'), city: field('city'), region: field('region'), country: 'NG', phone: field('phone') || null },
      shippingMethod: field('shippingMethod') === 'EXPRESS' ? 'EXPRESS' : 'STANDARD',
      returnUrl: `${await publicOrigin()}${base}/checkout/return`,
    },
  });
  const payload = r.data?.subscribe;
  const code = payload ? payload.userErrors[0]?.code : String(r.errors[0]?.extensions?.code ?? 'UNAVAILABLE');
  if (code === 'UNAUTHENTICATED') redirect(`${base}/sign-in?next=${encodeURIComponent(page)}`);
  if (code || !payload?.order) redirect(`${page}?error=${encodeURIComponent(code ?? 'UNAVAILABLE')}`);
  redirect(absolutePaymentUrl(payload.payment?.authorizationUrl) ?? `${base}/orders/${encodeURIComponent(payload.order.id)}`);
}
