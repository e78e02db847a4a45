import { NextResponse, type NextRequest } from 'next/server';
import { isAdminPath, adminBase } from '../../../../lib/admin/access';
import { clientIpFrom } from '../../../../lib/client-ip';
import { refreshOnce } from '../../../../lib/refresh';
import { accessCookieName, bindingCookieName, refreshCookieName, sessionCookies, wantsSecureCookies } from '../../../../lib/session-cookies';
import { SLUG_PATTERN } from '../../../../lib/slug';

/**
 * Renews an expired back-office session, then goes back to `next`. Back-office pages come here when the
 * access-token cookie has expired but the refresh token is still there (proxy.ts does the same for
 * storefront paths before rendering). Refresh tokens are single-use: refreshOnce shares one renewal
 * between requests that arrive together.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  if (!SLUG_PATTERN.test(tenant)) return new NextResponse('Not found', { status: 404 });
  const requested = request.nextUrl.searchParams.get('next');
  const next = isAdminPath(tenant, requested) ? requested : adminBase(tenant);
  const signIn = `${adminBase(tenant)}/sign-in?next=${encodeURIComponent(next)}`;
  const refreshToken = request.cookies.get(refreshCookieName(tenant))?.value;
  if (request.cookies.has(accessCookieName(tenant))) return NextResponse.redirect(new URL(next, request.url), 303);
  if (!refreshToken) return NextResponse.redirect(new URL(signIn, request.url), 303);

  const binding = request.cookies.get(bindingCookieName(tenant))?.value ?? null;
  const outcome = await refreshOnce(tenant, refreshToken, clientIpFrom(request.headers), binding);
  if (outcome.kind === 'unavailable') return new NextResponse('Service unavailable', { status: 503, headers: { 'retry-after': '5' } });
  // Renewed for another browser a moment ago: no tokens here, and the cookies stay as they are.
  if (outcome.kind === 'refused') return NextResponse.redirect(new URL(signIn, request.url), 303);
  if (outcome.kind === 'ended') {
    const response = NextResponse.redirect(new URL(signIn, request.url), 303);
    response.cookies.delete({ name: refreshCookieName(tenant), path: '/' });
    return response;
  }
  const response = NextResponse.redirect(new URL(next, request.url), 303);
  const secure = wantsSecureCookies(request.headers.get('x-forwarded-proto'), request.nextUrl.protocol);
  for (const cookie of sessionCookies(tenant, outcome.session, secure, binding ?? undefined)) response.cookies.set(cookie.name, cookie.value, cookie.options);
  return response;
}
