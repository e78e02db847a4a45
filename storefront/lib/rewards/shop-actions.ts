'use server';

import { shopRequest } from '../shop/shopper';
import { ShopGiftCardBalanceQuery } from './operations';

export interface GiftCardBalanceState {
  status: 'idle' | 'found' | 'notFound' | 'error';
  last4?: string;
  balance?: { amount: string; currency: string };
  cardStatus?: string;
  expiresAt?: string | null;
}

/**
 * A gift card code's balance at this shop, for whoever holds the code. Posted (not a link with the code in
 * it), so the code stays out of addresses, history and logs.
 */
export async function checkGiftCardBalance(slug: string, _previous: GiftCardBalanceState, formData: FormData): Promise<GiftCardBalanceState> {
  const code = String(formData.get('code') ?? '').trim().slice(0, 40);
  if (!code) return { status: 'notFound' };
  const result = await shopRequest(slug, ShopGiftCardBalanceQuery, { code });
  if (!result.data) return { status: 'error' };
  const card = result.data.giftCardBalance;
  if (!card) return { status: 'notFound' };
  return { status: 'found', last4: card.last4, balance: { amount: card.balance.amount, currency: card.balance.currency }, cardStatus: card.status, expiresAt: card.expiresAt };
}
