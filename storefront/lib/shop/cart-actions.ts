'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import type { StorefrontKind } from '../tenant-kind';
import { cartPath, checkStore, errorCode, quantityOf } from './cart-lines';
import { ShopUpdateCartLineMutation } from './operations';
import { guestCartToken, shopperToken, shopRequest } from './shopper';

// The cart page's forms (plain POSTs to server actions: they work without JavaScript). Adding from a
// product page is a route instead (add-to-cart-route.ts), so product pages load no server-action client.
// The rules are in cart-lines.ts.

/** Set a line's quantity (0 removes it). */
export async function updateCartLine(kind: StorefrontKind, slug: string, variantId: string, formData: FormData): Promise<void> {
  refresh();
  const store = checkStore(kind, slug);
  const quantity = formData.get('remove') !== null ? 0 : quantityOf(formData, -1);
  if (quantity === null || quantity < 0) redirect(await cartPath(store.kind, store.slug, '?error=BAD_USER_INPUT'));
  const signedIn = Boolean(await shopperToken(store.slug));
  const cartToken = signedIn ? null : await guestCartToken(store.slug);
  const result = await shopRequest(store.slug, ShopUpdateCartLineMutation, { input: { cartToken, variantId, quantity } });
  const code = errorCode(result.data?.updateCartLine, result.errors);
  redirect(await cartPath(store.kind, store.slug, code ? `?error=${encodeURIComponent(code)}` : quantity === 0 ? '?removed=1' : '?updated=1'));
}
