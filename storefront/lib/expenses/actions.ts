'use server';

import { redirect } from 'next/navigation';
import type { ExpenseCategory, ExpenseInput } from '../../gql/graphql';
import { clientIpProof, CLIENT_IP_HEADER } from '../client-ip';
import { gatewayUrl } from '../config';
import { majorInputToMinor } from '../money';
import { forwardedFor } from '../request';
import { sectionPath } from '../admin/access';
import type { FormState } from '../admin/form-state';
import { actionToken, adminMutate } from '../admin/session';
import { errorState, formValues, outcomeOf, text } from '../admin/user-errors';
import { t } from '../messages';
import { EXPENSE_CATEGORIES } from './categories';
import { ext } from './messages';
import { AdminApproveExpenseMutation, AdminPayExpenseMutation, AdminCreateExpenseMutation, AdminDeleteExpenseMutation, AdminRejectExpenseMutation, AdminSubmitExpenseMutation, AdminUpdateExpenseMutation } from './operations';

// Back-office expense actions (decision 0082): one ledger mutation each, as the signed-in user. The ledger
// decides who may (staff and administrators write; another administrator approves or rejects). A receipt's
// photo goes first to the gateway's POST /expenses/receipts (as return photos do), then is named by id.

const CURRENCY = 'NGN';
const MAX_RECEIPT_BYTES = 8 * 1024 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RECEIPT_ERROR: Record<string, string> = { PAYLOAD_TOO_LARGE: 'receipt.tooLarge', UNSUPPORTED_MEDIA_TYPE: 'receipt.unsupported', RATE_LIMITED: 'receipt.rateLimited' };

const fieldsError = (formData: FormData, fieldErrors: Record<string, string>): FormState => ({ status: 'error', message: t('admin.error.fields'), fieldErrors, values: formValues(formData) });

const listPath = (slug: string) => `${sectionPath(slug, 'money')}/expenses`;

/** Uploads one receipt photo as the signed-in user: its id, or the message key of the refusal. */
async function uploadReceipt(token: string, photo: Blob): Promise<{ id: string } | { error: string }> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' };
  const ip = await forwardedFor();
  const proof = ip ? clientIpProof(ip) : null;
  if (proof) headers[CLIENT_IP_HEADER] = proof;
  try {
    const res = await fetch(`${gatewayUrl().replace(/\/graphql$/, '')}/expenses/receipts`, { method: 'POST', headers, body: new Uint8Array(await photo.arrayBuffer()), signal: AbortSignal.timeout(60_000) });
    const body = (await res.json().catch(() => null)) as { id?: string; errors?: { extensions?: { code?: string } }[] } | null;
    if (res.status === 201 && body?.id) return { id: body.id };
    return { error: RECEIPT_ERROR[String(body?.errors?.[0]?.extensions?.code)] ?? 'receipt.failed' };
  } catch {
    return { error: 'receipt.failed' };
  }
}

/** The form's expense (the receipt uploaded first), or its errors. */
async function expenseInput(slug: string, formData: FormData): Promise<{ input: ExpenseInput } | { state: FormState }> {
  const fieldErrors: Record<string, string> = {};
  const category = EXPENSE_CATEGORIES.find((c) => c === text(formData, 'category'));
  if (!category) fieldErrors.category = ext('invalid.category');
  const spentOn = text(formData, 'spentOn');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(spentOn)) fieldErrors.spentOn = ext('invalid.spentOn');
  const amount = majorInputToMinor(text(formData, 'amount'), CURRENCY);
  if (amount === null || BigInt(amount) <= 0n) fieldErrors.amount = ext('invalid.amount');
  const vatTyped = text(formData, 'vatPaid');
  const vatPaid = vatTyped ? majorInputToMinor(vatTyped, CURRENCY) : '0';
  if (vatPaid === null) fieldErrors.vatPaid = ext('invalid.amount');
  const photo = formData.get('receipt');
  const hasPhoto = photo instanceof Blob && photo.size > 0;
  if (hasPhoto && photo.size > MAX_RECEIPT_BYTES) fieldErrors.receipt = ext('receipt.tooLarge');
  if (Object.keys(fieldErrors).length > 0) return { state: fieldsError(formData, fieldErrors) };
  // A draft being changed keeps its receipt unless a new photo is chosen.
  const kept = text(formData, 'receiptId');
  let receiptId: string | null = UUID.test(kept) ? kept : null;
  if (hasPhoto) {
    const uploaded = await uploadReceipt(await actionToken(slug, listPath(slug)), photo);
    if ('error' in uploaded) return { state: fieldsError(formData, { receipt: ext(uploaded.error as Parameters<typeof ext>[0]) }) };
    receiptId = uploaded.id;
  }
  return {
    input: { category: category as ExpenseCategory, supplier: text(formData, 'supplier'), spentOn: `${spentOn}T12:00:00.000Z`, currency: CURRENCY, amount: amount!, vatPaid: vatPaid!, note: text(formData, 'note'), receiptId },
  };
}

const fieldOf = (p: string) => (p.startsWith('input.') ? p.slice(6) : null);

/** A new expense, submitted for approval unless kept as a draft; then its page. */
export async function createExpenseAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = await expenseInput(slug, formData);
  if ('state' in parsed) return parsed.state;
  const submit = text(formData, 'draft') !== 'yes';
  const result = await adminMutate(slug, listPath(slug), AdminCreateExpenseMutation, { input: parsed.input, submit });
  const outcome = outcomeOf(result, (d) => d.createExpense);
  if (!outcome.ok) return errorState(outcome.userErrors, formValues(formData), fieldOf);
  redirect(`${listPath(slug)}/${result.data!.createExpense.expense!.id}?done=${submit ? 'submitted' : 'saved'}`);
}

/** Changes a draft (its writer only); back to its page. */
export async function updateExpenseAction(slug: string, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  if (!UUID.test(id)) return { status: 'error', message: ext('notFound'), fieldErrors: {}, values: {} };
  const parsed = await expenseInput(slug, formData);
  if ('state' in parsed) return parsed.state;
  const page = `${listPath(slug)}/${id}`;
  const outcome = outcomeOf(await adminMutate(slug, page, AdminUpdateExpenseMutation, { id, input: parsed.input }), (d) => d.updateExpense);
  if (!outcome.ok) return errorState(outcome.userErrors, formValues(formData), fieldOf);
  redirect(`${page}?done=saved`);
}

type Decision = 'submit' | 'approve' | 'reject' | 'delete';

/** Submit, approve, reject (with a reason) or delete one expense; back to its page (the list after a delete). */
export async function decideExpenseAction(slug: string, id: string, decision: Decision, _previous: FormState, formData: FormData): Promise<FormState> {
  if (!UUID.test(id)) return { status: 'error', message: ext('notFound'), fieldErrors: {}, values: {} };
  const page = `${listPath(slug)}/${id}`;
  let outcome;
  if (decision === 'reject') {
    const reason = text(formData, 'reason');
    if (!reason) return fieldsError(formData, { reason: ext('invalid.reason') });
    outcome = outcomeOf(await adminMutate(slug, page, AdminRejectExpenseMutation, { id, reason }), (d) => d.rejectExpense);
  } else if (decision === 'approve') {
    outcome = outcomeOf(await adminMutate(slug, page, AdminApproveExpenseMutation, { id }), (d) => d.approveExpense);
  } else if (decision === 'submit') {
    outcome = outcomeOf(await adminMutate(slug, page, AdminSubmitExpenseMutation, { id }), (d) => d.submitExpense);
  } else {
    outcome = outcomeOf(await adminMutate(slug, page, AdminDeleteExpenseMutation, { id }), (d) => d.deleteExpense);
  }
  if (!outcome.ok) return errorState(outcome.userErrors, formValues(formData), (p) => (p === 'reason' ? 'reason' : null));
  redirect(decision === 'delete' ? `${listPath(slug)}?done=deleted` : `${page}?done=${decision}`);
}

/** Records that an approved expense was paid (from cash or bank, on a day, with a reference); back to its page (decision 0088). */
export async function payExpenseAction(slug: string, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  if (!UUID.test(id)) return { status: 'error', message: ext('notFound'), fieldErrors: {}, values: {} };
  const fieldErrors: Record<string, string> = {};
  const paidFrom = text(formData, 'paidFrom');
  if (paidFrom !== 'CASH' && paidFrom !== 'BANK') fieldErrors.paidFrom = ext('invalid.paidFrom');
  const paidOn = text(formData, 'paidOn');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(paidOn)) fieldErrors.paidOn = ext('invalid.paidOn');
  const reference = text(formData, 'reference');
  if (!reference) fieldErrors.reference = ext('invalid.reference');
  if (Object.keys(fieldErrors).length > 0) return fieldsError(formData, fieldErrors);
  const page = `${listPath(slug)}/${id}`;
  const result = await adminMutate(slug, page, AdminPayExpenseMutation, { id, paidFrom: paidFrom as 'CASH' | 'BANK', paidOn: `${paidOn}T12:00:00.000Z`, reference });
  const outcome = outcomeOf(result, (d) => d.payExpense);
  if (!outcome.ok) return errorState(outcome.userErrors, formValues(formData), (p) => (p.startsWith('input.') ? p.slice(6) : null));
  redirect(`${page}?done=paid`);
}
