import 'server-only';
import { cookies } from 'next/headers';
import { gatewayRequest } from '../gateway';
import { forwardedFor } from '../request';
import { cartCookieName } from './cookies';
import { ShopMergeGuestCartMutation } from './operations';

/**
 * Right after signing in (or up): folds the guest cart the cookie names into the customer's own cart, so
 * nothing picked before signing in is lost, then forgets the guest token. When commerce cannot be asked
 * the cookie stays for the next sign-in; a cart that is gone (checked out, unknown) is simply forgotten.
 * Only callable from a server action or route handler (it deletes a cookie).
 */
export async function adoptGuestCart(slug: string, accessToken: string): Promise<void> {
  const jar = await cookies();
  const cartToken = jar.get(cartCookieName(slug))?.value;
  if (!cartToken) return;
  try {
    const result = await gatewayRequest(ShopMergeGuestCartMutation, { cartToken }, { tenant: slug, accessToken, forwardedFor: await forwardedFor() });
    if (!result.data?.mergeGuestCart) return;
  } catch (error) {
    console.warn('[storefront] guest cart not merged (gateway unavailable); kept for later', error);
    return;
  }
  jar.delete({ name: cartCookieName(slug), path: '/' });
}
