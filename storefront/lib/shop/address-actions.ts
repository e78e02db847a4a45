'use server';

import { cookies } from 'next/headers';
import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { storeBase } from '../site';
import { SLUG_PATTERN } from '../slug';
import type { StorefrontKind } from '../tenant-kind';
import {
  ADDRESS_DRAFT_MAX_AGE_S,
  addressDraftCookieName,
  addressFieldOf,
  addressFromForm,
  addressInput,
  encodeAddressDraft,
  invalidAddress,
} from './address-form';
import { ShopAddAddressMutation, ShopRemoveAddressMutation, ShopSetDefaultAddressMutation, ShopUpdateAddressMutation } from './address-operations';
import { shopCookieOptions, shopperToken, shopRequest } from './shopper';

// The address book's forms (add, edit, make default, remove): plain server actions, so they work without
// JavaScript. Each answers with a redirect to the address page: a notice after a change, or the form
// again with the refused values (kept in a short-lived httpOnly cookie) and the errors next to the fields.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function checkedStore(kind: unknown, slug: unknown): Promise<{ base: string; slug: string }> {
  if ((kind !== 's' && kind !== 'm') || typeof slug !== 'string' || !SLUG_PATTERN.test(slug)) throw new Error('invalid storefront');
  const base = await storeBase(kind, slug);
  // Signed out (or the session ended): sign in, then come back to the address book.
  if (!(await shopperToken(slug))) redirect(`${base}/sign-in?next=${encodeURIComponent(`${base}/account/addresses`)}`);
  return { base, slug };
}

const addressesPath = (base: string, query: string) => `${base}/account/addresses${query}`;

/** The first problem of a gateway answer: a userError (with its field) or a GraphQL error code. */
function problemOf(result: { data: unknown; errors: { extensions?: { code?: unknown } }[] }, payload: { userErrors: { code: string; field: string[] | null }[] } | undefined) {
  if (!payload) return { code: String(result.errors[0]?.extensions?.code ?? 'UNAVAILABLE'), field: null };
  const error = payload.userErrors[0];
  return error ? { code: error.code, field: error.field } : null;
}

/** Add (no id) or edit an address; "make this my default" when the box is ticked. */
export async function saveAddress(kind: StorefrontKind, slug: string, formData: FormData): Promise<void> {
  // The page may come back under the same URL (an error again): the router must render it afresh.
  refresh();
  const store = await checkedStore(kind, slug);
  const rawId = String(formData.get('id') ?? '');
  const id = UUID.test(rawId) ? rawId : null;
  const form = id ?? 'new';
  const values = addressFromForm(formData);
  const isDefault = formData.get('isDefault') === 'on';
  const jar = await cookies();
  const refuse = async (invalid: ReturnType<typeof invalidAddress>, error: string | null): Promise<never> => {
    jar.set(addressDraftCookieName(store.slug), encodeAddressDraft({ form, values, isDefault, invalid, error }), await shopCookieOptions(ADDRESS_DRAFT_MAX_AGE_S));
    redirect(addressesPath(store.base, `?edit=${form}&failed=1#address-form`));
  };

  const invalid = invalidAddress(values);
  if (invalid.length > 0) await refuse(invalid, null);
  const input = addressInput(values, isDefault);
  const result = id ? await shopRequest(store.slug, ShopUpdateAddressMutation, { id, input }) : await shopRequest(store.slug, ShopAddAddressMutation, { input });
  const payload = result.data ? ('updateAddress' in result.data ? result.data.updateAddress : result.data.addAddress) : undefined;
  const problem = problemOf(result, payload);
  if (problem?.code === 'UNAUTHENTICATED') redirect(`${store.base}/sign-in?next=${encodeURIComponent(addressesPath(store.base, ''))}`);
  if (problem?.code === 'NOT_FOUND') redirect(addressesPath(store.base, '?error=NOT_FOUND'));
  if (problem) {
    const field = addressFieldOf(problem.field);
    await refuse(field ? [field] : [], field ? null : problem.code);
  }
  jar.delete({ name: addressDraftCookieName(store.slug), path: '/' });
  redirect(addressesPath(store.base, `?done=${id ? 'updated' : 'added'}`));
}

export async function makeDefaultAddress(kind: StorefrontKind, slug: string, formData: FormData): Promise<void> {
  refresh();
  const store = await checkedStore(kind, slug);
  const id = String(formData.get('id') ?? '');
  const result = await shopRequest(store.slug, ShopSetDefaultAddressMutation, { id });
  const problem = problemOf(result, result.data?.setDefaultAddress);
  redirect(addressesPath(store.base, problem ? `?error=${encodeURIComponent(problem.code)}` : '?done=madeDefault'));
}

export async function removeAddress(kind: StorefrontKind, slug: string, formData: FormData): Promise<void> {
  refresh();
  const store = await checkedStore(kind, slug);
  const id = String(formData.get('id') ?? '');
  const result = await shopRequest(store.slug, ShopRemoveAddressMutation, { id });
  const problem = problemOf(result, result.data?.removeAddress);
  redirect(addressesPath(store.base, problem ? `?error=${encodeURIComponent(problem.code)}` : '?done=removed'));
}
