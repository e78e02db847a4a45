'use server';

import { redirect } from 'next/navigation';
import { sectionPath } from '../admin/access';
import type { FormState } from '../admin/form-state';
import { adminMutate } from '../admin/session';
import { errorState, outcomeOf } from '../admin/user-errors';
import { AdminSetGiftCardProductMutation } from './operations';

const ID_PATTERN = /^[0-9a-f-]{36}$/i;

/** Marks the product as sold as a gift card, or as goods again (commerce: administrators with two-factor). */
export async function setGiftCardProductAction(slug: string, productId: string, giftCard: boolean, _previous: FormState, _formData: FormData): Promise<FormState> {
  if (!ID_PATTERN.test(productId)) throw new Error('invalid id');
  const back = `${sectionPath(slug, 'products')}/${productId}`;
  const outcome = outcomeOf(await adminMutate(slug, back, AdminSetGiftCardProductMutation, { productId, giftCard }), (d) => d.setGiftCardProduct);
  if (!outcome.ok) return errorState(outcome.userErrors, {}, () => null);
  redirect(`${back}?saved=${giftCard ? 'gift-card-on' : 'gift-card-off'}`);
}
