'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { storeBase } from '../site';
import { checkStore, errorCode } from '../shop/cart-lines';
import { guestCartToken, shopperToken, shopRequest } from '../shop/shopper';
import type { StorefrontKind } from '../tenant-kind';
import { ShopApplyCouponMutation, ShopRemoveCouponMutation } from './operations';

// The shop's coupon field (decision 0057), in the cart and on checkout's review step: plain POSTs to these
// actions (they work without JavaScript). Commerce checks the code and keeps it on the cart; the shopper
// comes back to the page they were on, with `couponError=<code>` when commerce refused.

type Back = 'cart' | 'checkout';

async function backTo(kind: StorefrontKind, slug: string, back: Back, query: string): Promise<string> {
  const base = await storeBase(kind, slug);
  return back === 'cart' ? `${base}/cart?${query}` : `${base}/checkout?step=review&${query}`;
}

async function cartToken(slug: string): Promise<string | null> {
  return (await shopperToken(slug)) ? null : await guestCartToken(slug);
}

export async function applyCoupon(kind: StorefrontKind, slug: string, back: Back, formData: FormData): Promise<void> {
  refresh();
  const store = checkStore(kind, slug);
  const couponCode = String(formData.get('couponCode') ?? '').trim();
  if (!couponCode) redirect(await backTo(store.kind, store.slug, back, 'couponError=COUPON_INVALID'));
  const result = await shopRequest(store.slug, ShopApplyCouponMutation, { input: { cartToken: await cartToken(store.slug), couponCode: couponCode.slice(0, 64) } });
  const code = errorCode(result.data?.applyCouponToCart, result.errors);
  redirect(await backTo(store.kind, store.slug, back, code ? `couponError=${encodeURIComponent(code)}` : 'coupon=applied'));
}

export async function removeCoupon(kind: StorefrontKind, slug: string, back: Back): Promise<void> {
  refresh();
  const store = checkStore(kind, slug);
  const result = await shopRequest(store.slug, ShopRemoveCouponMutation, { cartToken: await cartToken(store.slug) });
  const code = errorCode(result.data?.removeCouponFromCart, result.errors);
  redirect(await backTo(store.kind, store.slug, back, code ? `couponError=${encodeURIComponent(code)}` : 'coupon=removed'));
}
