'use server';

import { redirect } from 'next/navigation';
import { sectionPath } from '../admin/access';
import type { FormState } from '../admin/form-state';
import { adminMutate } from '../admin/session';
import { errorState, formValues, outcomeOf, text } from '../admin/user-errors';
import { t } from '../messages';
import { majorInputToMinor } from '../money';
import { pt } from './messages';
import { AdminCreatePromotionMutation, AdminDeactivatePromotionMutation, AdminUpdatePromotionMutation } from './operations';

// Automatic promotions (decision 0061): one commerce mutation each, as the signed-in administrator.
// Commerce decides (administrators with two-factor) and checks the promotion whole; these read the form
// (naira to kobo, a percentage to basis points, Lagos days) and carry the answer back next to the fields.

const KINDS = ['BUY_X_GET_Y', 'SPEND_SAVE', 'BUNDLE_PRICE'] as const;
const FIELDS = ['name', 'kind', 'buyQuantity', 'getQuantity', 'getPercent', 'threshold', 'amount', 'bundlePrice', 'productIds', 'variantIds', 'startsAt', 'endsAt'];
const API_FIELD: Record<string, string> = { getPercentBps: 'getPercent' };

const promotionsPath = (slug: string) => `${sectionPath(slug, 'coupons')}/promotions`;

/** The form as a PromotionInput (the figures of the chosen kind only), or the fields it could not read. */
function readForm(formData: FormData): { input: Record<string, unknown>; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const kind = text(formData, 'kind') as (typeof KINDS)[number];
  const naira = (name: string) => {
    const raw = text(formData, name);
    const minor = raw ? majorInputToMinor(raw, 'NGN') : null;
    if (minor === null) errors[name] = pt('promotions.invalid.amount');
    return minor;
  };
  const whole = (name: string) => {
    const raw = text(formData, name);
    if (!/^\d{1,4}$/.test(raw)) errors[name] = pt('promotions.invalid.whole');
    return Number(raw);
  };
  const percentBps = () => {
    const raw = text(formData, 'getPercent') || '100';
    const value = Number(raw);
    if (!/^\d{1,3}(\.\d{1,2})?$/.test(raw) || value <= 0 || value > 100) errors.getPercent = pt('promotions.invalid.percent');
    return Math.round(value * 100);
  };
  const day = (name: string, endOfDay: boolean) => {
    const raw = text(formData, name);
    if (!raw) return null;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(raw))) {
      errors[name] = pt('promotions.invalid.date');
      return null;
    }
    // Lagos days (UTC+1): from the start of the first day to the end of the last.
    return endOfDay ? new Date(Date.parse(`${raw}T23:59:59.999+01:00`) + 1).toISOString() : new Date(`${raw}T00:00:00+01:00`).toISOString();
  };
  const ids = (name: string) =>
    text(formData, name)
      .split(/[\s,]+/)
      .filter(Boolean);
  const input: Record<string, unknown> = { name: text(formData, 'name'), kind: KINDS.includes(kind) ? kind : null, startsAt: day('startsAt', false), endsAt: day('endsAt', true) };
  if (kind === 'BUY_X_GET_Y') Object.assign(input, { buyQuantity: whole('buyQuantity'), getQuantity: whole('getQuantity'), getPercentBps: percentBps(), productIds: ids('productIds'), variantIds: ids('variantIds') });
  if (kind === 'SPEND_SAVE') Object.assign(input, { threshold: naira('threshold'), amount: naira('amount') });
  if (kind === 'BUNDLE_PRICE') Object.assign(input, { bundlePrice: naira('bundlePrice'), variantIds: ids('variantIds') });
  return { input, errors };
}

const fieldFor = (path: string) => {
  const name = API_FIELD[path] ?? path;
  return FIELDS.includes(name) ? name : null;
};

/** Creates a promotion (`id` null) or saves one's changes. */
export async function savePromotionAction(slug: string, id: string | null, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const { input, errors } = readForm(formData);
  if (Object.keys(errors).length > 0) return { status: 'error', message: t('admin.error.fields'), fieldErrors: errors, values };
  const back = promotionsPath(slug);
  const outcome = id
    ? outcomeOf(await adminMutate(slug, back, AdminUpdatePromotionMutation, { id, input }), (d) => d.updatePromotion)
    : outcomeOf(await adminMutate(slug, back, AdminCreatePromotionMutation, { input }), (d) => d.createPromotion);
  if (!outcome.ok) return errorState(outcome.userErrors, values, fieldFor);
  redirect(`${back}?done=${id ? 'saved' : 'created'}`);
}

/** Switches a promotion off, or on again. */
export async function setPromotionActiveAction(slug: string, id: string, active: boolean, _previous: FormState, _formData: FormData): Promise<FormState> {
  const back = promotionsPath(slug);
  const outcome = active
    ? outcomeOf(await adminMutate(slug, back, AdminUpdatePromotionMutation, { id, input: { active: true } }), (d) => d.updatePromotion)
    : outcomeOf(await adminMutate(slug, back, AdminDeactivatePromotionMutation, { id }), (d) => d.deactivatePromotion);
  if (!outcome.ok) return errorState(outcome.userErrors, {}, () => null);
  redirect(`${back}?done=${active ? 'activated' : 'deactivated'}`);
}
