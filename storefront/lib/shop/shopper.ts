import 'server-only';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import type { ShopCartFragment } from '../../gql/graphql';
import { gatewayQuery, gatewayRequest, type GatewayResult } from '../gateway';
import { forwardedFor } from '../request';
import { accessCookieName, wantsSecureCookies } from '../session-cookies';
import { cartCookieName, cookieOptions, guestOrdersCookieName, parseGuestOrders } from './cookies';
import { ShopCartQuery } from './operations';

// The shopper behind a request: their session token at this tenant (if signed in) and the guest cart
// token (if any). Carts and orders are asked with both: commerce decides whose they are.

export type ShopCart = ShopCartFragment;

export async function shopperToken(slug: string): Promise<string | undefined> {
  return (await cookies()).get(accessCookieName(slug))?.value;
}

export async function guestCartToken(slug: string): Promise<string | null> {
  return (await cookies()).get(cartCookieName(slug))?.value || null;
}

/** One operation as this shopper (their token when signed in). Errors are returned, not thrown. */
export async function shopRequest<TData, TVariables>(slug: string, document: DocumentTypeDecoration<TData, TVariables>, variables: TVariables): Promise<GatewayResult<TData>> {
  return gatewayRequest(document, variables, { tenant: slug, accessToken: await shopperToken(slug), forwardedFor: await forwardedFor() });
}

/** A read the page cannot render without: GraphQL errors reject (the error page explains). */
export async function shopQuery<TData, TVariables>(slug: string, document: DocumentTypeDecoration<TData, TVariables>, variables: TVariables): Promise<TData> {
  return gatewayQuery(document, variables, { tenant: slug, accessToken: await shopperToken(slug), forwardedFor: await forwardedFor() });
}

/**
 * The shopper's active cart with today's quote, or null: a signed-in customer's own cart, else the guest
 * cart the cookie names. A checked-out or merged cart is no cart any more. Once per request.
 */
export const getCart = cache(async (slug: string): Promise<ShopCart | null> => {
  const signedIn = Boolean(await shopperToken(slug));
  const cartToken = signedIn ? null : await guestCartToken(slug);
  if (!signedIn && !cartToken) return null;
  const data = await shopQuery(slug, ShopCartQuery, { cartToken });
  return data.cart && data.cart.status === 'ACTIVE' ? data.cart : null;
});

/** The cart token a guest proves an order with (from the cookie written at checkout). */
export async function guestOrderToken(slug: string, orderId: string): Promise<string | null> {
  const entries = parseGuestOrders((await cookies()).get(guestOrdersCookieName(slug))?.value);
  return entries.find(([id]) => id === orderId)?.[1] ?? null;
}

/** Cookie options for this request (Secure over https). Only where cookies can be set: actions, route handlers. */
export async function shopCookieOptions(maxAge: number) {
  return cookieOptions(wantsSecureCookies((await headers()).get('x-forwarded-proto')), maxAge);
}
