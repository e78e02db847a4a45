'use server';

import { redirect } from 'next/navigation';
import { t } from '../messages';
import { majorInputToMinor } from '../money';
import { sectionPath } from './access';
import type { FormState } from './form-state';
import { AdminCollectOnDeliveryMutation, AdminHandInCollectedCashMutation } from './pay-on-delivery-operations';
import { adminMutate } from './session';
import { errorState, formValues, outcomeOf, text } from './user-errors';

// Pay on delivery (decision 0083). The collector confirms the amount the order owes (sent as shown: commerce
// refuses any other amount with COLLECTION_AMOUNT_MISMATCH, and a repeat of the same record does nothing, so a
// double tap is harmless). A hand-in is typed in naira and sent as kobo with BigInt (never a float); its
// idempotency key is made when the page is rendered, so submitting twice records once.

const collectPath = (slug: string) => `${sectionPath(slug, 'orders')}/collect`;
const cashPath = (slug: string) => `${sectionPath(slug, 'orders')}/collector-cash`;

export async function collectOnDeliveryAction(slug: string, orderId: string, amount: string, currency: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const via = text(formData, 'via') === 'TRANSFER' ? ('TRANSFER' as const) : ('CASH' as const);
  const result = await adminMutate(slug, collectPath(slug), AdminCollectOnDeliveryMutation, { input: { orderId, amount, currency, via } });
  const outcome = outcomeOf(result, (d) => d.collectOnDelivery);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (path) => (path === 'via' ? 'via' : null));
  redirect(`${collectPath(slug)}?done=collected`);
}

export async function handInCollectedCashAction(slug: string, collectorUserId: string, currency: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const typed = text(formData, 'amount');
  const amount = typed.trim() === '0' ? '0' : majorInputToMinor(typed, currency);
  if (amount === null) return { status: 'error', message: t('admin.error.fields'), fieldErrors: { amount: t('admin.pod.amountInvalid') }, values };
  const result = await adminMutate(slug, cashPath(slug), AdminHandInCollectedCashMutation, {
    input: { collectorUserId, currency, amount, idempotencyKey: text(formData, 'idempotencyKey'), note: text(formData, 'note') || null },
  });
  const outcome = outcomeOf(result, (d) => d.handInCollectedCash);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (path) => (path === 'amount' || path === 'note' ? path : null));
  redirect(`${cashPath(slug)}?done=handedIn`);
}
