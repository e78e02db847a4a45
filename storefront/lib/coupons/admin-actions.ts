'use server';

import { redirect } from 'next/navigation';
import { sectionPath } from '../admin/access';
import type { FormState } from '../admin/form-state';
import { adminMutate } from '../admin/session';
import { errorState, formValues, outcomeOf, text } from '../admin/user-errors';
import { t } from '../messages';
import { majorInputToMinor } from '../money';
import { ct } from './messages';
import { AdminCreateCouponMutation, AdminDeactivateCouponMutation, AdminUpdateCouponMutation } from './operations';

// Coupons (decision 0057): one commerce mutation each, as the signed-in administrator. Commerce decides
// (administrators with two-factor) and checks the coupon whole; these check the form's shape (naira to
// kobo, a percentage to basis points, dates) and carry the answer back next to the fields.

const KINDS = ['PERCENTAGE', 'FIXED_AMOUNT', 'FREE_SHIPPING'] as const;
const FUNDERS = ['PLATFORM', 'MARKETPLACE', 'VENDOR'] as const;
const FIELDS = ['code', 'description', 'kind', 'percent', 'amount', 'minimumSpend', 'usageLimit', 'perCustomerLimit', 'startsAt', 'endsAt', 'fundedBy', 'productIds', 'categoryIds', 'vendorIds'];
const API_FIELD: Record<string, string> = { percentBps: 'percent' };

const couponsPath = (slug: string) => sectionPath(slug, 'coupons');

/** The form as a CouponInput, or the fields it could not read. */
function readForm(formData: FormData, marketplace: boolean): { input: Record<string, unknown>; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const kind = text(formData, 'kind') as (typeof KINDS)[number];
  const percent = text(formData, 'percent');
  let percentBps: number | null = null;
  if (kind === 'PERCENTAGE') {
    const value = Number(percent);
    if (!/^\d{1,3}(\.\d{1,2})?$/.test(percent) || value <= 0 || value > 100) errors.percent = ct('coupons.invalid.percent');
    else percentBps = Math.round(value * 100);
  }
  const naira = (name: string, required: boolean) => {
    const raw = text(formData, name);
    if (!raw) {
      if (required) errors[name] = ct('coupons.invalid.amount');
      return null;
    }
    const minor = majorInputToMinor(raw, 'NGN');
    if (minor === null) errors[name] = ct('coupons.invalid.amount');
    return minor;
  };
  const whole = (name: string) => {
    const raw = text(formData, name);
    if (!raw) return null;
    if (!/^\d{1,8}$/.test(raw)) errors[name] = ct('coupons.invalid.limit');
    return Number(raw);
  };
  const day = (name: string, endOfDay: boolean) => {
    const raw = text(formData, name);
    if (!raw) return null;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(raw))) {
      errors[name] = ct('coupons.invalid.date');
      return null;
    }
    // Lagos days (UTC+1): from the start of the first day to the end of the last.
    return endOfDay ? new Date(Date.parse(`${raw}T23:59:59.999+01:00`) + 1).toISOString() : new Date(`${raw}T00:00:00+01:00`).toISOString();
  };
  const ids = (name: string) =>
    text(formData, name)
      .split(/[\s,]+/)
      .filter(Boolean);
  const input: Record<string, unknown> = {
    code: text(formData, 'code'),
    description: text(formData, 'description') || null,
    kind: KINDS.includes(kind) ? kind : null,
    percentBps,
    amount: kind === 'FIXED_AMOUNT' ? naira('amount', true) : null,
    minimumSpend: naira('minimumSpend', false),
    usageLimit: whole('usageLimit'),
    perCustomerLimit: whole('perCustomerLimit'),
    startsAt: day('startsAt', false),
    endsAt: day('endsAt', true),
    productIds: ids('productIds'),
    categoryIds: ids('categoryIds'),
    vendorIds: ids('vendorIds'),
  };
  if (marketplace) {
    const funder = text(formData, 'fundedBy') as (typeof FUNDERS)[number];
    input.fundedBy = FUNDERS.includes(funder) ? funder : null;
  }
  return { input, errors };
}

const fieldFor = (path: string) => {
  const name = API_FIELD[path] ?? path;
  return FIELDS.includes(name) ? name : null;
};

/** Creates a coupon (`id` null) or saves one's changes. */
export async function saveCouponAction(slug: string, id: string | null, marketplace: boolean, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const { input, errors } = readForm(formData, marketplace);
  if (Object.keys(errors).length > 0) return { status: 'error', message: t('admin.error.fields'), fieldErrors: errors, values };
  const back = couponsPath(slug);
  const outcome = id
    ? outcomeOf(await adminMutate(slug, back, AdminUpdateCouponMutation, { id, input }), (d) => d.updateCoupon)
    : outcomeOf(await adminMutate(slug, back, AdminCreateCouponMutation, { input }), (d) => d.createCoupon);
  if (!outcome.ok) return errorState(outcome.userErrors, values, fieldFor);
  redirect(`${back}?done=${id ? 'saved' : 'created'}`);
}

/** Switches a coupon off, or on again. */
export async function setCouponActiveAction(slug: string, id: string, active: boolean, _previous: FormState, _formData: FormData): Promise<FormState> {
  const back = couponsPath(slug);
  const outcome = active
    ? outcomeOf(await adminMutate(slug, back, AdminUpdateCouponMutation, { id, input: { active: true } }), (d) => d.updateCoupon)
    : outcomeOf(await adminMutate(slug, back, AdminDeactivateCouponMutation, { id }), (d) => d.deactivateCoupon);
  if (!outcome.ok) return errorState(outcome.userErrors, {}, () => null);
  redirect(`${back}?done=${active ? 'activated' : 'deactivated'}`);
}
