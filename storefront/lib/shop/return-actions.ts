'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { storeBase } from '../site';
import { SLUG_PATTERN } from '../slug';
import type { StorefrontKind } from '../tenant-kind';
import { ShopRequestReturnMutation } from './return-operations';
import { shopperToken, shopRequest } from './shopper';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REASONS = ['DAMAGED', 'WRONG_ITEM', 'NOT_AS_DESCRIBED', 'DOES_NOT_FIT', 'CHANGED_MIND', 'OTHER'] as const;

/**
 * The return form (a plain server action: it works without JavaScript). Each line's quantity comes as
 * `qty:<orderLineId>`; lines left at 0 are not returned. Commerce checks everything again (the order is the
 * customer's, delivered, within the window, never more than is left); a refusal comes back as its code (the form shows each line's reason again).
 */
export async function requestReturnAction(kind: StorefrontKind, slug: string, orderId: string, formData: FormData): Promise<void> {
  refresh();
  if ((kind !== 's' && kind !== 'm') || !SLUG_PATTERN.test(slug) || !UUID.test(orderId)) throw new Error('invalid storefront');
  const base = await storeBase(kind, slug);
  const formPath = `${base}/orders/${orderId}/return`;
  if (!(await shopperToken(slug))) redirect(`${base}/sign-in?next=${encodeURIComponent(formPath)}`);
  const lines = [...formData.entries()]
    .filter(([k]) => k.startsWith('qty:') && UUID.test(k.slice(4)))
    .map(([k, v]) => ({ orderLineId: k.slice(4), quantity: Number(v) }))
    .filter((l) => Number.isInteger(l.quantity) && l.quantity > 0);
  const reason = REASONS.find((r) => r === formData.get('reason'));
  const details = String(formData.get('details') ?? '').slice(0, 1000);
  if (lines.length === 0) redirect(`${formPath}?error=NO_LINES`);
  if (!reason) redirect(`${formPath}?error=NO_REASON`);
  const result = await shopRequest(slug, ShopRequestReturnMutation, { input: { orderId, lines, reason, details: details || null } });
  const payload = result.data?.requestReturn;
  if (!payload) redirect(`${formPath}?error=${encodeURIComponent(String(result.errors[0]?.extensions?.code ?? 'UNAVAILABLE'))}`);
  const problem = payload.userErrors[0];
  if (problem) redirect(`${formPath}?error=${encodeURIComponent(problem.code)}`);
  redirect(`${base}/account/returns?done=requested`);
}
