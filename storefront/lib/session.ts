import 'server-only';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import type { MeQuery } from '../gql/graphql';
import { gatewayRequest, GatewayUnavailableError } from './gateway';
import { LogoutMutation, MeQuery as MeDocument } from './operations';
import { forwardedFor } from './request';
import { accessCookieName, bindingCookieName, refreshCookieName, sessionCookies, wantsSecureCookies, type Session } from './session-cookies';

export type SignedInUser = NonNullable<MeQuery['me']>;

/**
 * Store a session as httpOnly cookies: a sign-in gets a new binding (session-cookies.ts), a renewal keeps
 * the browser's. Only callable from a server action or route handler.
 */
export async function saveSession(slug: string, session: Session, binding?: string): Promise<void> {
  const jar = await cookies();
  const secure = wantsSecureCookies((await headers()).get('x-forwarded-proto'));
  for (const cookie of sessionCookies(slug, session, secure, binding)) jar.set(cookie.name, cookie.value, cookie.options);
}

/**
 * End the tenant's session: revoke the refresh token at the gateway (best effort: the cookies go even
 * if the gateway is down) and delete both cookies. Only callable from a server action or route handler.
 */
export async function endSession(slug: string): Promise<void> {
  const jar = await cookies();
  const refreshToken = jar.get(refreshCookieName(slug))?.value;
  if (refreshToken) {
    try {
      const result = await gatewayRequest(LogoutMutation, { refreshToken }, { tenant: slug, forwardedFor: await forwardedFor() });
      if (result.errors.length > 0) console.warn('[storefront] logout:', result.errors.map((e) => e.message).join('; '));
    } catch (error) {
      console.warn('[storefront] logout: gateway unavailable, cookies cleared anyway', error);
    }
  }
  jar.delete({ name: accessCookieName(slug), path: '/' });
  jar.delete({ name: refreshCookieName(slug), path: '/' });
  jar.delete({ name: bindingCookieName(slug), path: '/' });
}

/**
 * The signed-in user for this tenant, or null. A missing, expired or rejected token is "signed out"
 * rather than an error page (proxy.ts renews expired access tokens before rendering); an unreachable
 * gateway still throws so the error page explains it.
 */
export const getSignedInUser = cache(async (slug: string): Promise<SignedInUser | null> => {
  const token = (await cookies()).get(accessCookieName(slug))?.value;
  if (!token) return null;
  try {
    const result = await gatewayRequest(MeDocument, {}, { tenant: slug, accessToken: token, forwardedFor: await forwardedFor() });
    return result.data?.me ?? null;
  } catch (error) {
    if (error instanceof GatewayUnavailableError) throw error;
    return null;
  }
});
