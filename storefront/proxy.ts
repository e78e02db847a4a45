import { NextResponse, type NextRequest } from 'next/server';
import { refreshOnce } from './lib/refresh';
import { accessCookieName, refreshCookieName, sessionCookies, wantsSecureCookies } from './lib/session-cookies';
import { SLUG_PATTERN } from './lib/slug';

/**
 * Keeps storefront sessions alive: when a tenant's access-token cookie has expired (its max-age is the
 * token's lifetime) but the refresh-token cookie is still there, trade it for a new session before the
 * page renders, and hand the new access token to this very request as well as to the browser.
 */
export async function proxy(request: NextRequest) {
  const match = /^\/[sm]\/([^/]+)/.exec(request.nextUrl.pathname);
  const slug = match ? safeDecode(match[1]) : null;
  if (!slug || !SLUG_PATTERN.test(slug)) return NextResponse.next();

  const accessName = accessCookieName(slug);
  const refreshName = refreshCookieName(slug);
  const refreshToken = request.cookies.get(refreshName)?.value;
  if (request.cookies.has(accessName) || !refreshToken) return NextResponse.next();

  const outcome = await refreshOnce(slug, refreshToken, request.headers.get('x-forwarded-for'));
  if (outcome.kind === 'unavailable') return NextResponse.next();
  if (outcome.kind === 'ended') {
    request.cookies.delete(refreshName);
    const response = NextResponse.next({ request: { headers: request.headers } });
    response.cookies.delete({ name: refreshName, path: '/' });
    return response;
  }

  const secure = wantsSecureCookies(request.headers.get('x-forwarded-proto'), request.nextUrl.protocol);
  const cookies = sessionCookies(slug, outcome.session, secure);
  for (const cookie of cookies) request.cookies.set(cookie.name, cookie.value);
  const response = NextResponse.next({ request: { headers: request.headers } });
  for (const cookie of cookies) response.cookies.set(cookie.name, cookie.value, cookie.options);
  return response;
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export const config = {
  matcher: ['/s/:slug/:path*', '/m/:slug/:path*'],
};
