'use server';

import { redirect } from 'next/navigation';
import { t } from '../messages';
import { sectionPath } from './access';
import { ct } from './catalog-messages';
import { AdminAddToCollectionMutation, AdminCreateCollectionMutation, AdminListProductMutation, AdminRemoveFromCollectionMutation, AdminUpdateCatalogSettingsMutation } from './catalog-operations';
import type { FormState } from './form-state';
import { percentToBps } from './pricing';
import { adminMutate } from './session';
import { errorState, formValues, outcomeOf, text } from './user-errors';

// The catalogue pages: one catalog mutation each, as the signed-in user. Catalog decides who may
// (settings: administrators; collections: administrators and staff; listings: they, or a vendor for its own
// products at the marketplace's rate) and what is valid; these carry the answer back to the form.

const settingsPath = (slug: string) => `${sectionPath(slug, 'products')}/settings`;

/** VAT rate, whether prices include it, and the marketplace's default commission, as percentages. */
export async function updateCatalogSettingsAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const fieldErrors: Record<string, string> = {};
  const taxRateBps = percentToBps(text(formData, 'taxRate'));
  if (taxRateBps === null) fieldErrors.taxRate = ct('settings.invalidPercent');
  const defaultCommissionBps = percentToBps(text(formData, 'defaultCommission'));
  if (defaultCommissionBps === null) fieldErrors.defaultCommission = ct('settings.invalidPercent');
  if (Object.keys(fieldErrors).length > 0) return { status: 'error', message: t('admin.error.fields'), fieldErrors, values };
  const input = { taxRateBps, defaultCommissionBps, pricesIncludeTax: text(formData, 'pricesIncludeTax') === 'yes' };
  const outcome = outcomeOf(await adminMutate(slug, settingsPath(slug), AdminUpdateCatalogSettingsMutation, { input }), (d) => d.updateCatalogSettings);
  const fieldFor = (path: string) => (path === 'taxRateBps' ? 'taxRate' : path === 'defaultCommissionBps' ? 'defaultCommission' : null);
  if (!outcome.ok) return errorState(outcome.userErrors, values, fieldFor);
  redirect(`${settingsPath(slug)}?done=saved`);
}

const collectionsPath = (slug: string, collection?: string) => `${sectionPath(slug, 'products')}/collections${collection ? `?collection=${encodeURIComponent(collection)}` : ''}`;
const listingsPath = (slug: string) => `${sectionPath(slug, 'products')}/listings`;

/** A new collection (its address made from the title unless one is given); then its page. */
export async function createCollectionAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const title = text(formData, 'title');
  if (!title) return { status: 'error', message: t('admin.error.fields'), fieldErrors: { title: ct('collections.titleRequired') }, values };
  const input = { title, slug: text(formData, 'slug') || null, description: text(formData, 'description') || null };
  const result = await adminMutate(slug, collectionsPath(slug), AdminCreateCollectionMutation, { input });
  const outcome = outcomeOf(result, (d) => d.createCollection);
  const created = result.data?.createCollection.collection?.slug;
  if (!outcome.ok || !created) return errorState(outcome.userErrors, values, (p) => (['title', 'slug', 'description'].includes(p) ? p : null));
  redirect(`${collectionsPath(slug, created)}&done=created`);
}

/** A product at the end of a collection. */
export async function addToCollectionAction(slug: string, collection: { id: string; slug: string }, productId: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  const result = await adminMutate(slug, collectionsPath(slug, collection.slug), AdminAddToCollectionMutation, { input: { collectionId: collection.id, productId } });
  const outcome = outcomeOf(result, (d) => d.addToCollection);
  if (!outcome.ok) return errorState(outcome.userErrors, {}, () => null);
  redirect(`${collectionsPath(slug, collection.slug)}&done=added`);
}

/** A product out of a collection (the others keep their order). */
export async function removeFromCollectionAction(slug: string, collection: { id: string; slug: string }, productId: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  const result = await adminMutate(slug, collectionsPath(slug, collection.slug), AdminRemoveFromCollectionMutation, { collectionId: collection.id, productId });
  const outcome = outcomeOf(result, (d) => d.removeFromCollection);
  if (!outcome.ok) return errorState(outcome.userErrors, {}, () => null);
  redirect(`${collectionsPath(slug, collection.slug)}&done=removed`);
}

/**
 * Lists a product in the marketplace (again, when it was unlisted). A manager may name the commission (a
 * percentage; empty keeps the vendor's or the marketplace's rate); a vendor's form has no such field.
 */
export async function listProductAction(slug: string, productId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const typed = text(formData, 'commission');
  const commissionBps = typed ? percentToBps(typed) : null;
  if (typed && commissionBps === null) return { status: 'error', message: t('admin.error.fields'), fieldErrors: { commission: ct('settings.invalidPercent') }, values };
  const outcome = outcomeOf(await adminMutate(slug, listingsPath(slug), AdminListProductMutation, { productId, commissionBps }), (d) => d.listProductInMarketplace);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (p) => (p === 'commissionBps' ? 'commission' : null));
  redirect(`${listingsPath(slug)}?done=listed`);
}
