'use server';

import { redirect } from 'next/navigation';
import { t } from '../messages';
import { adminBase } from './access';
import type { FormState } from './form-state';
import { AdminCreatePayoutBatchMutation, AdminMarkPayoutItemFailedMutation, AdminMarkPayoutItemPaidMutation, AdminSubmitPayoutBatchMutation } from './money-operations';
import { adminMutate } from './session';
import { errorState, formValues, outcomeOf, text } from './user-errors';

// Back-office payout actions: one ledger mutation each, as the signed-in user. The ledger decides who may
// (administrators) and which moves are legal now (INVALID_TRANSITION: a batch is submitted once, items are
// settled once it is PROCESSING); its userErrors come back to the form.

const payoutsPath = (slug: string) => `${adminBase(slug)}/money`;
const batchPath = (slug: string, batchId: string) => `${payoutsPath(slug)}/payouts/${encodeURIComponent(batchId)}`;
const noteField = (path: string) => (path === 'reference' || path === 'reason' ? path : null);

/** A batch paying every payable balance of the book in naira, posted at once; then its page. */
export async function createPayoutBatchAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const result = await adminMutate(slug, payoutsPath(slug), AdminCreatePayoutBatchMutation, { currency: 'NGN' });
  const outcome = outcomeOf(result, (d) => d.createPayoutBatch);
  const batchId = result.data?.createPayoutBatch.batch?.id;
  if (!outcome.ok || !batchId) return errorState(outcome.userErrors, formValues(formData), () => null);
  redirect(`${batchPath(slug, batchId)}?done=created`);
}

/** DRAFT → PROCESSING: the batch went to the bank. */
export async function submitPayoutBatchAction(slug: string, batchId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const path = batchPath(slug, batchId);
  const outcome = outcomeOf(await adminMutate(slug, path, AdminSubmitPayoutBatchMutation, { id: batchId }), (d) => d.submitPayoutBatch);
  if (!outcome.ok) return errorState(outcome.userErrors, formValues(formData), () => null);
  redirect(`${path}?done=submitted`);
}

/** The bank paid this item (with its reference, if any). */
export async function markPayoutItemPaidAction(slug: string, batchId: string, itemId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const path = batchPath(slug, batchId);
  const result = await adminMutate(slug, path, AdminMarkPayoutItemPaidMutation, { id: itemId, reference: text(formData, 'reference') || null });
  const outcome = outcomeOf(result, (d) => d.markPayoutItemPaid);
  if (!outcome.ok) return errorState(outcome.userErrors, formValues(formData), noteField);
  redirect(`${path}?done=paid`);
}

/** The payment did not go through: the ledger reverses its posting, so the balance is owed again. */
export async function markPayoutItemFailedAction(slug: string, batchId: string, itemId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const reason = text(formData, 'reason');
  if (!reason) return { status: 'error', message: t('admin.error.fields'), fieldErrors: { reason: t('admin.money.reasonRequired') }, values: formValues(formData) };
  const path = batchPath(slug, batchId);
  const outcome = outcomeOf(await adminMutate(slug, path, AdminMarkPayoutItemFailedMutation, { id: itemId, reason }), (d) => d.markPayoutItemFailed);
  if (!outcome.ok) return errorState(outcome.userErrors, formValues(formData), noteField);
  redirect(`${path}?done=failed`);
}
