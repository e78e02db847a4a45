'use server';

import { redirect } from 'next/navigation';
import { t } from '../messages';
import { majorInputToMinor } from '../money';
import { adminBase } from './access';
import { AdminRecordCashHandInMutation } from './cash-operations';
import type { FormState } from './form-state';
import { adminMutate } from './session';
import { errorState, formValues, outcomeOf, text } from './user-errors';

// Recording cash an agent handed in: one transport mutation as the signed-in user. The amount is typed in
// naira (up to two decimals) and sent as kobo, converted with BigInt (never a float). The idempotency key
// comes from the form (made on the server when the page was rendered), so a double submit records once.

const cashPath = (slug: string) => `${adminBase(slug)}/cash`;
const fieldOf = (path: string) => (path === 'amount' || path === 'note' ? path : null);

export async function recordCashHandInAction(slug: string, agentUserId: string, currency: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const amount = majorInputToMinor(text(formData, 'amount'), currency);
  if (!amount || amount === '0') return { status: 'error', message: t('admin.error.fields'), fieldErrors: { amount: t('admin.cash.amountInvalid') }, values };
  const idempotencyKey = text(formData, 'idempotencyKey');
  const result = await adminMutate(slug, cashPath(slug), AdminRecordCashHandInMutation, {
    input: { agentUserId, amount, currency, idempotencyKey, note: text(formData, 'note') || null },
  });
  const outcome = outcomeOf(result, (d) => d.recordCashHandIn);
  if (!outcome.ok) return errorState(outcome.userErrors, values, fieldOf);
  redirect(`${cashPath(slug)}?done=recorded`);
}
