'use server';

import { redirect } from 'next/navigation';
import type { AdjustmentLineInput, EntrySide, LedgerOwnerType, LedgerPurpose, PayoutSchedule } from '../../gql/graphql';
import { t } from '../messages';
import { formatMoney, majorInputToMinor } from '../money';
import { sectionPath } from './access';
import type { FormState } from './form-state';
import { AdminPostAdjustmentMutation, AdminReverseJournalEntryMutation, AdminSetPayoutSettingsMutation } from './journal-operations';
import { ADJUSTMENT_LINES, parseAccountChoice } from './journal';
import { mt } from './mlas-messages';
import { adminMutate } from './session';
import { errorState, formValues, outcomeOf, text } from './user-errors';

// Back-office ledger actions: one ledger mutation each, as the signed-in user. The ledger decides who may
// (client and super administrators post and reverse; administrators set payouts) and refuses an unbalanced
// entry (UNBALANCED_ENTRY); the form checks the balance first to say it in naira. Amounts go to the API as
// integer minor units.

const CURRENCY = 'NGN';
const journalPath = (slug: string) => `${sectionPath(slug, 'money')}/journal`;
const entryPath = (slug: string, id: string) => `${journalPath(slug)}/${encodeURIComponent(id)}`;
const payoutSettingsPath = (slug: string) => `${sectionPath(slug, 'money')}/payout-settings`;

const fieldsError = (formData: FormData, fieldErrors: Record<string, string>, message = t('admin.error.fields')): FormState => ({
  status: 'error',
  message,
  fieldErrors,
  values: formValues(formData),
});

/** A balanced manual entry with a reason, from up to ADJUSTMENT_LINES lines (account, side, naira amount). */
export async function postAdjustmentAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const fieldErrors: Record<string, string> = {};
  const reason = text(formData, 'reason');
  if (!reason) fieldErrors.reason = mt('journal.invalid.reason');
  const lines: AdjustmentLineInput[] = [];
  for (let n = 1; n <= ADJUSTMENT_LINES; n++) {
    const account = parseAccountChoice(text(formData, `account${n}`));
    if (!account) continue;
    const amount = majorInputToMinor(text(formData, `amount${n}`), CURRENCY);
    if (amount === null || BigInt(amount) <= 0n) {
      fieldErrors[`amount${n}`] = mt('journal.invalid.amount');
      continue;
    }
    const side: EntrySide = text(formData, `side${n}`) === 'CREDIT' ? 'CREDIT' : 'DEBIT';
    lines.push({ ownerType: account.ownerType as LedgerOwnerType, ownerId: account.ownerId, purpose: account.purpose as LedgerPurpose, side, amount });
  }
  if (Object.keys(fieldErrors).length > 0) return fieldsError(formData, fieldErrors);
  const total = (side: EntrySide) => lines.filter((l) => l.side === side).reduce((sum, l) => sum + BigInt(l.amount), 0n);
  const [debits, credits] = [total('DEBIT'), total('CREDIT')];
  if (debits === 0n || credits === 0n) return fieldsError(formData, {}, mt('journal.invalid.lines'));
  if (debits !== credits) {
    const naira = (n: bigint) => formatMoney({ amount: n.toString(), currency: CURRENCY });
    return fieldsError(formData, {}, mt('journal.invalid.unbalanced', { debits: naira(debits), credits: naira(credits) }));
  }
  // The form's own key (made when it was shown): a second press of the same form posts nothing new.
  const idempotencyKey = text(formData, 'idempotencyKey') || crypto.randomUUID();
  const input = { idempotencyKey, currency: CURRENCY, reason, lines };
  const result = await adminMutate(slug, journalPath(slug), AdminPostAdjustmentMutation, { input });
  const outcome = outcomeOf(result, (d) => d.postAdjustment);
  const id = result.data?.postAdjustment.entry?.id;
  if (!outcome.ok || !id) return errorState(outcome.userErrors, formValues(formData), (p) => (p === 'reason' ? 'reason' : null));
  redirect(`${entryPath(slug, id)}?done=posted`);
}

/** The mirror of an entry, with the reason; then the reversal's own page. */
export async function reverseJournalEntryAction(slug: string, entryId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const reason = text(formData, 'reason');
  if (!reason) return fieldsError(formData, { reason: mt('journal.invalid.reason') });
  const result = await adminMutate(slug, entryPath(slug, entryId), AdminReverseJournalEntryMutation, { id: entryId, reason });
  const outcome = outcomeOf(result, (d) => d.reverseJournalEntry);
  const id = result.data?.reverseJournalEntry.entry?.id;
  if (!outcome.ok || !id) return errorState(outcome.userErrors, formValues(formData), (p) => (p === 'reason' ? 'reason' : null));
  redirect(`${entryPath(slug, id)}?done=reversed`);
}

const SCHEDULES: readonly PayoutSchedule[] = ['WEEKLY', 'MONTHLY', 'MANUAL'];

/** The payout schedule, its first run and the naira minimum. */
export async function setPayoutSettingsAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const schedule = SCHEDULES.find((s) => s === text(formData, 'schedule')) ?? 'MANUAL';
  const fieldErrors: Record<string, string> = {};
  const day = text(formData, 'nextRunAt');
  // A date is read as 08:00 in Lagos (UTC+1) that day.
  const nextRunAt = schedule !== 'MANUAL' && /^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day}T07:00:00.000Z` : null;
  const typed = text(formData, 'minimum');
  const minimum = typed ? majorInputToMinor(typed, CURRENCY) : null;
  if (typed && (minimum === null || BigInt(minimum) <= 0n)) fieldErrors.minimum = mt('journal.invalid.amount');
  if (Object.keys(fieldErrors).length > 0) return fieldsError(formData, fieldErrors);
  const input = { schedule, nextRunAt, thresholds: minimum ? [{ currency: CURRENCY, minimum }] : null };
  const result = await adminMutate(slug, payoutSettingsPath(slug), AdminSetPayoutSettingsMutation, { input });
  const outcome = outcomeOf(result, (d) => d.setPayoutSettings);
  if (!outcome.ok) return errorState(outcome.userErrors, formValues(formData), (p) => (p === 'nextRunAt' ? 'nextRunAt' : p.startsWith('thresholds') ? 'minimum' : null));
  redirect(`${payoutSettingsPath(slug)}?done=saved`);
}
