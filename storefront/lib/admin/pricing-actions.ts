'use server';

import { redirect } from 'next/navigation';
import { t } from '../messages';
import { sectionPath } from './access';
import { ct } from './catalog-messages';
import type { FormState } from './form-state';
import { CHANNELS, lagosDay, parseUnits, type Channel } from './pricing';
import {
  AdminCreatePriceListMutation,
  AdminRemovePriceListMutation,
  AdminRemovePriceMutation,
  AdminSetListPriceMutation,
  AdminSetSalePriceMutation,
  AdminSetTierPriceMutation,
} from './pricing-operations';
import { parseNaira } from './product-input';
import { adminMutate } from './session';
import { errorState, formValues, outcomeOf, text } from './user-errors';

// The price screen: one catalog mutation each, as the signed-in user. Catalog decides who may (price lists:
// administrators and staff; a variant's prices: they, or the vendor that owns the product) and what is
// valid (amounts, windows, the list's currency); these only carry the answer back to the form. After a
// change the page is loaded again, so every form shows the prices as they now are.

const ID_PATTERN = /^[0-9a-f-]{36}$/i;
const pricingPath = (slug: string, productId?: string) => `${sectionPath(slug, 'products')}/pricing${productId ? `?product=${encodeURIComponent(productId)}` : ''}`;
const done = (slug: string, what: string, productId?: string) => `${pricingPath(slug, productId)}${productId ? '&' : '?'}done=${what}`;

/** The API's field paths onto the forms' field names (windows are typed as days). */
function fieldFor(path: string): string | null {
  if (path === 'startsAt') return 'startsOn';
  if (path === 'endsAt') return 'endsOn';
  return ['name', 'currency', 'channel', 'customerGroup', 'priority', 'amount', 'minQuantity', 'listId'].includes(path) ? path : null;
}

/** Problems with what was typed, before asking the API. */
const invalid = (values: Record<string, string>, fieldErrors: Record<string, string>): FormState => ({ status: 'error', message: t('admin.error.fields'), fieldErrors, values });

/** An amount in naira → kobo, or the field's error. */
function amountOf(formData: FormData, errors: Record<string, string>): string {
  const parsed = parseNaira(text(formData, 'amount'));
  if (!parsed.ok || !parsed.kobo) errors.amount = ct('pricing.amountRequired');
  return parsed.ok ? parsed.kobo : '';
}

/** A day field: the start of it (or of the next day, `after` 1), null when empty; an error when malformed. */
function dayOf(formData: FormData, name: string, after: number, required: boolean, errors: Record<string, string>): string | null {
  const raw = text(formData, name);
  if (!raw) {
    if (required) errors[name] = ct('pricing.dateInvalid');
    return null;
  }
  const instant = lagosDay(raw, after);
  if (!instant) errors[name] = ct('pricing.dateInvalid');
  return instant;
}

function unitsOf(formData: FormData, errors: Record<string, string>): number {
  const units = parseUnits(text(formData, 'minQuantity') || '1');
  if (units === null) errors.minQuantity = ct('pricing.minQuantityInvalid');
  return units ?? 1;
}

/** A price list for a channel (or every one) and a customer group (or everyone), optionally for some days. */
export async function createPriceListAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const errors: Record<string, string> = {};
  const channelText = text(formData, 'channel');
  const channel = (CHANNELS as readonly string[]).includes(channelText) ? (channelText as Channel) : null;
  const priorityText = text(formData, 'priority') || '0';
  const priority = /^-?\d{1,7}$/.test(priorityText) ? Number(priorityText) : null;
  if (priority === null) errors.priority = ct('pricing.priorityHint');
  const startsAt = dayOf(formData, 'startsOn', 0, false, errors);
  const endsAt = dayOf(formData, 'endsOn', 1, false, errors);
  if (Object.keys(errors).length > 0) return invalid(values, errors);
  const input = { name: text(formData, 'name'), currency: (text(formData, 'currency') || 'NGN').toUpperCase(), channel, customerGroup: text(formData, 'customerGroup') || null, priority, startsAt, endsAt };
  const outcome = outcomeOf(await adminMutate(slug, pricingPath(slug), AdminCreatePriceListMutation, { input }), (d) => d.createPriceList);
  if (!outcome.ok) return errorState(outcome.userErrors, values, fieldFor);
  redirect(done(slug, 'listCreated'));
}

export async function removePriceListAction(slug: string, listId: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  const outcome = outcomeOf(await adminMutate(slug, pricingPath(slug), AdminRemovePriceListMutation, { id: listId }), (d) => d.removePriceList);
  if (!outcome.ok) return errorState(outcome.userErrors, {}, () => null);
  redirect(done(slug, 'listRemoved'));
}

/** A sale from the first day (00:00 in Lagos) to the end of the last one. */
export async function setSalePriceAction(slug: string, productId: string, variantId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const errors: Record<string, string> = {};
  const amount = amountOf(formData, errors);
  const startsAt = dayOf(formData, 'startsOn', 0, true, errors);
  const endsAt = dayOf(formData, 'endsOn', 1, true, errors);
  if (Object.keys(errors).length > 0 || !startsAt || !endsAt) return invalid(values, errors);
  const result = await adminMutate(slug, pricingPath(slug, productId), AdminSetSalePriceMutation, { input: { variantId, amount, currency: 'NGN', startsAt, endsAt } });
  const outcome = outcomeOf(result, (d) => d.setSalePrice);
  if (!outcome.ok) return errorState(outcome.userErrors, values, fieldFor);
  redirect(done(slug, 'saleSet', productId));
}

/** The unit price from some number of units on. */
export async function setTierPriceAction(slug: string, productId: string, variantId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const errors: Record<string, string> = {};
  const amount = amountOf(formData, errors);
  const minQuantity = unitsOf(formData, errors);
  if (Object.keys(errors).length > 0) return invalid(values, errors);
  const result = await adminMutate(slug, pricingPath(slug, productId), AdminSetTierPriceMutation, { input: { variantId, amount, currency: 'NGN', minQuantity } });
  const outcome = outcomeOf(result, (d) => d.setTierPrice);
  if (!outcome.ok) return errorState(outcome.userErrors, values, fieldFor);
  redirect(done(slug, 'tierSet', productId));
}

/** The variant's price on a (naira) price list, from some number of units on (1 by default). */
export async function setListPriceAction(slug: string, productId: string, variantId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const errors: Record<string, string> = {};
  const listId = text(formData, 'listId');
  if (!ID_PATTERN.test(listId)) errors.listId = ct('pricing.listRequired');
  const amount = amountOf(formData, errors);
  const minQuantity = unitsOf(formData, errors);
  if (Object.keys(errors).length > 0) return invalid(values, errors);
  const result = await adminMutate(slug, pricingPath(slug, productId), AdminSetListPriceMutation, { input: { listId, variantId, amount, currency: 'NGN', minQuantity } });
  const outcome = outcomeOf(result, (d) => d.setListPrice);
  if (!outcome.ok) return errorState(outcome.userErrors, values, fieldFor);
  redirect(done(slug, 'listPriceSet', productId));
}

/** One price row (regular, sale, quantity or list price). */
export async function removePriceAction(slug: string, productId: string, priceId: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  const outcome = outcomeOf(await adminMutate(slug, pricingPath(slug, productId), AdminRemovePriceMutation, { id: priceId }), (d) => d.removePrice);
  if (!outcome.ok) return errorState(outcome.userErrors, {}, () => null);
  redirect(done(slug, 'priceRemoved', productId));
}
