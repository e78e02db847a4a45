'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { sectionPath } from '../admin/access';
import type { FormState } from '../admin/form-state';
import { adminMutate } from '../admin/session';
import { errorState, formValues, outcomeOf, text } from '../admin/user-errors';
import { t } from '../messages';
import { majorInputToMinor } from '../money';
import { rt } from './messages';
import { AdminAdjustPointsMutation, AdminAdjustStoreCreditMutation, AdminIssueGiftCardMutation, AdminSaveLoyaltyProgrammeMutation, AdminSetGiftCardStatusMutation } from './operations';

// Gift cards, the loyalty programme and customers' balances: one commerce mutation each, as the signed-in
// administrator. Commerce decides (administrators with two-factor) and checks the rules; these read the form
// (naira to kobo, a percentage to basis points, a multiplier to basis points, Lagos days) and carry the answer
// back next to the fields.

const rewardsPath = (slug: string) => sectionPath(slug, 'rewards');
const customerPath = (slug: string, userId: string) => `${rewardsPath(slug)}/customers/${encodeURIComponent(userId)}`;
const invalid = (errors: Record<string, string>, values: Record<string, string>): FormState => ({ status: 'error', message: t('admin.error.fields'), fieldErrors: errors, values });
const lastPart = (fields: string[]) => (path: string) => {
  const name = path.split('.').pop() ?? '';
  return fields.includes(name) ? name : null;
};

/** A naira amount typed in a form as kobo (negative allowed when `signed`), or null. */
function nairaToKobo(raw: string, signed: boolean): string | null {
  const negative = signed && raw.startsWith('-');
  const minor = majorInputToMinor(negative ? raw.slice(1) : raw, 'NGN');
  if (minor === null || minor === '0') return null;
  return negative ? `-${minor}` : minor;
}

/** Issues a gift card; its code comes back in the state, shown this once. */
export async function issueGiftCardAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const errors: Record<string, string> = {};
  const amount = nairaToKobo(text(formData, 'amount'), false);
  if (!amount) errors.amount = rt('rewards.invalid.amount');
  const day = text(formData, 'expiresAt');
  let expiresAt: string | null = null;
  if (day) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day))) errors.expiresAt = rt('rewards.invalid.date');
    // The end of that Lagos day (UTC+1).
    else expiresAt = new Date(Date.parse(`${day}T23:59:59.999+01:00`)).toISOString();
  }
  const recipientEmail = text(formData, 'recipientEmail');
  if (recipientEmail && !/^[^\s@]+@[^\s@]+$/.test(recipientEmail)) errors.recipientEmail = rt('rewards.invalid.email');
  if (Object.keys(errors).length > 0) return invalid(errors, values);
  const back = rewardsPath(slug);
  const input = {
    amount: amount!,
    currency: text(formData, 'currency') || 'NGN',
    expiresAt,
    recipientEmail: recipientEmail || null,
    note: text(formData, 'note') || null,
    idempotencyKey: text(formData, 'idempotencyKey') || crypto.randomUUID(),
  };
  const result = await adminMutate(slug, back, AdminIssueGiftCardMutation, { input });
  const outcome = outcomeOf(result, (d) => d.issueGiftCard);
  if (!outcome.ok) return errorState(outcome.userErrors, values, lastPart(['amount', 'currency', 'expiresAt', 'recipientEmail', 'note']));
  revalidatePath(back);
  const code = result.data?.issueGiftCard.code;
  if (!code) return { status: 'ok', message: rt('rewards.issuedRepeat'), fieldErrors: {}, values: {} };
  return { status: 'ok', message: rt('rewards.done.issued'), fieldErrors: {}, values: {}, reveal: { label: rt('rewards.codeLabel'), value: code, hint: rt('rewards.codeHint') } };
}

/** Disables a card (lost, stolen) or enables it again. */
export async function setGiftCardStatusAction(slug: string, id: string, status: 'ACTIVE' | 'DISABLED', _previous: FormState, _formData: FormData): Promise<FormState> {
  const back = rewardsPath(slug);
  const outcome = outcomeOf(await adminMutate(slug, back, AdminSetGiftCardStatusMutation, { id, status }), (d) => d.setGiftCardStatus);
  if (!outcome.ok) return errorState(outcome.userErrors, {}, () => null);
  redirect(`${back}?done=${status === 'ACTIVE' ? 'enabled' : 'disabled'}`);
}

/** Tiers typed one a line ("Gold, 1000, 1.5") as LoyaltyTierInput, or null when a line cannot be read. */
function readTiers(raw: string): { name: string; minPoints: number; multiplierBps: number }[] | null {
  const tiers = [];
  for (const line of raw.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const [name, min, multiplier] = line.split(',').map((p) => p.trim());
    if (!name || !/^\d{1,9}$/.test(min ?? '') || !/^\d{1,3}(\.\d{1,4})?$/.test(multiplier ?? '')) return null;
    tiers.push({ name, minPoints: Number(min), multiplierBps: Math.round(Number(multiplier) * 10_000) });
  }
  return tiers;
}

/** Saves the loyalty programme's settings. */
export async function saveLoyaltyProgrammeAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const errors: Record<string, string> = {};
  const spendPerPoint = nairaToKobo(text(formData, 'spendPerPoint'), false);
  if (!spendPerPoint) errors.spendPerPoint = rt('rewards.invalid.amount');
  const pointValue = nairaToKobo(text(formData, 'pointValue'), false);
  if (!pointValue) errors.pointValue = rt('rewards.invalid.amount');
  const expiryDays = text(formData, 'expiryDays') || '0';
  if (!/^\d{1,5}$/.test(expiryDays)) errors.expiryDays = rt('rewards.invalid.whole');
  const percent = text(formData, 'maxRedeem');
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(percent) || Number(percent) > 100) errors.maxRedeem = rt('rewards.invalid.percent');
  const tiers = readTiers(text(formData, 'tiers'));
  if (!tiers) errors.tiers = rt('rewards.invalid.tiers');
  if (Object.keys(errors).length > 0) return invalid(errors, values);
  const input = {
    enabled: text(formData, 'enabled') === 'yes',
    currency: 'NGN',
    spendPerPoint,
    pointValue,
    expiryDays: Number(expiryDays),
    maxRedeemBps: Math.round(Number(percent) * 100),
    tiers,
  };
  const back = rewardsPath(slug);
  const outcome = outcomeOf(await adminMutate(slug, back, AdminSaveLoyaltyProgrammeMutation, { input }), (d) => d.saveLoyaltyProgramme);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (p) => (p.startsWith('tiers') ? 'tiers' : p === 'maxRedeemBps' ? 'maxRedeem' : lastPart(['spendPerPoint', 'pointValue', 'expiryDays'])(p)));
  redirect(`${back}?done=saved`);
}

/** Gives a customer points, or takes some back, with the reason. */
export async function adjustPointsAction(slug: string, userId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const errors: Record<string, string> = {};
  const points = text(formData, 'points');
  if (!/^-?\d{1,9}$/.test(points) || Number(points) === 0) errors.points = rt('rewards.invalid.points');
  const note = text(formData, 'note');
  if (!note) errors.note = rt('rewards.invalid.note');
  if (Object.keys(errors).length > 0) return invalid(errors, values);
  const back = customerPath(slug, userId);
  const input = { userId, points: Number(points), note, idempotencyKey: text(formData, 'idempotencyKey') || crypto.randomUUID() };
  const outcome = outcomeOf(await adminMutate(slug, back, AdminAdjustPointsMutation, { input }), (d) => d.adjustPoints);
  if (!outcome.ok) return errorState(outcome.userErrors, values, lastPart(['points', 'note']));
  redirect(`${back}?done=points`);
}

/** Gives a customer store credit, or takes some back, with the reason. */
export async function adjustStoreCreditAction(slug: string, userId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const errors: Record<string, string> = {};
  const amount = nairaToKobo(text(formData, 'amount'), true);
  if (!amount) errors.amount = rt('rewards.invalid.credit');
  const note = text(formData, 'note');
  if (!note) errors.note = rt('rewards.invalid.note');
  if (Object.keys(errors).length > 0) return invalid(errors, values);
  const back = customerPath(slug, userId);
  const input = { userId, amount: amount!, currency: 'NGN', note, idempotencyKey: text(formData, 'idempotencyKey') || crypto.randomUUID() };
  const outcome = outcomeOf(await adminMutate(slug, back, AdminAdjustStoreCreditMutation, { input }), (d) => d.adjustStoreCredit);
  if (!outcome.ok) return errorState(outcome.userErrors, values, lastPart(['amount', 'note']));
  redirect(`${back}?done=credit`);
}
