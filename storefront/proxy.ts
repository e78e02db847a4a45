import { NextResponse, type NextRequest } from 'next/server';
import { tenantForDomain } from './lib/domains';
import { BASE_HEADER, hostnameOf, isPlatformHost } from './lib/host';
import { refreshOnce } from './lib/refresh';
import { accessCookieName, refreshCookieName, sessionCookies, wantsSecureCookies, type SessionCookie } from './lib/session-cookies';
import { attributionCookies } from './lib/shop/attribution';
import { cookieOptions } from './lib/shop/cookies';
import { SLUG_PATTERN } from './lib/slug';
import type { StorefrontKind } from './lib/tenant-kind';

/** Marks a rewritten request as ours; the secret never leaves this process (request headers only). */
const HOP_HEADER = 'x-ww-hop';
const HOP_SECRET = crypto.randomUUID();

interface Target {
  kind: StorefrontKind;
  slug: string;
  /** Path prefix of the tenant's pages in the browser: `/s/<slug>`, or '' on its custom domain. */
  base: string;
  /** Set on custom domains: the internal path to render (the query string stays as it is). */
  rewriteTo?: string;
}

/**
 * Runs before every page:
 * - works out the tenant: from a custom domain (whitelabel partners; the whole site is rewritten to
 *   `/s/<slug>/…` or `/m/<slug>/…` internally) or from the path on the platform's own host, and tells
 *   the pages their link prefix in BASE_HEADER (whatever the browser sent under that name is dropped);
 * - keeps the visitor id and a `?ref=` referral code in cookies (lib/shop/attribution.ts);
 * - keeps sessions alive: when a tenant's access-token cookie has expired (its max-age is the token's
 *   lifetime) but the refresh-token cookie is still there, trades it for a new session before the page
 *   renders, and hands the new access token to this very request as well as to the browser.
 */
export async function proxy(request: NextRequest) {
  // Our own rewrite coming back: when Next's idea of its origin differs from the request's (`next start
  // -H 127.0.0.1` and a Host of localhost), it forwards a rewrite as a second HTTP request to itself.
  // That request was already resolved and keeps the prefix set then.
  if (request.headers.get(HOP_HEADER) === HOP_SECRET) return NextResponse.next();
  let target: Target | null;
  try {
    target = await resolveTarget(request);
  } catch (error) {
    console.error('[storefront] custom domain lookup failed', error);
    return new NextResponse('Service unavailable', { status: 503, headers: { 'retry-after': '5' } });
  }
  if (!target) return NextResponse.next({ request: { headers: withoutBase(request.headers) } });

  const renewed = await renewSession(request, target.slug);
  const attribution = attributionCookies(request, target.slug);
  for (const cookie of attribution) request.cookies.set(cookie.name, cookie.value);
  // Copied after renewSession, which puts renewed cookies into the request's own headers.
  const headers = withoutBase(request.headers);
  headers.set(BASE_HEADER, target.base || '/');
  if (target.rewriteTo) headers.set(HOP_HEADER, HOP_SECRET);
  const init = { request: { headers } };
  const response = target.rewriteTo ? NextResponse.rewrite(internalUrl(request, target.rewriteTo), init) : NextResponse.next(init);
  if (renewed === 'ended') response.cookies.delete({ name: refreshCookieName(target.slug), path: '/' });
  else if (renewed) for (const cookie of renewed) response.cookies.set(cookie.name, cookie.value, cookie.options);
  const secure = wantsSecureCookies(request.headers.get('x-forwarded-proto'), request.nextUrl.protocol);
  for (const cookie of attribution) response.cookies.set(cookie.name, cookie.value, cookieOptions(secure, cookie.maxAge));
  return response;
}

async function resolveTarget(request: NextRequest): Promise<Target | null> {
  const hostname = hostnameOf(request.headers.get('host'));
  if (hostname && !isPlatformHost(hostname)) {
    const tenant = await tenantForDomain(hostname);
    if (tenant) {
      const { pathname } = request.nextUrl;
      return { ...tenant, base: '', rewriteTo: `/${tenant.kind}/${tenant.slug}${pathname === '/' ? '' : pathname}` };
    }
  }
  const match = /^\/([sm])\/([^/]+)/.exec(request.nextUrl.pathname);
  const slug = match ? safeDecode(match[2]) : null;
  if (!match || !slug || !SLUG_PATTERN.test(slug)) return null;
  const kind = match[1] as StorefrontKind;
  return { kind, slug, base: `/${kind}/${encodeURIComponent(slug)}` };
}

/** New session cookies, 'ended' when the refresh token was refused, null when nothing changed. */
async function renewSession(request: NextRequest, slug: string): Promise<SessionCookie[] | 'ended' | null> {
  const refreshName = refreshCookieName(slug);
  const refreshToken = request.cookies.get(refreshName)?.value;
  if (request.cookies.has(accessCookieName(slug)) || !refreshToken) return null;

  const outcome = await refreshOnce(slug, refreshToken, request.headers.get('x-forwarded-for'));
  if (outcome.kind === 'unavailable') return null;
  if (outcome.kind === 'ended') {
    request.cookies.delete(refreshName);
    return 'ended';
  }
  const secure = wantsSecureCookies(request.headers.get('x-forwarded-proto'), request.nextUrl.protocol);
  const cookies = sessionCookies(slug, outcome.session, secure);
  for (const cookie of cookies) request.cookies.set(cookie.name, cookie.value);
  return cookies;
}

/** The same request on another path of this server (nextUrl keeps the query and the server's own origin). */
function internalUrl(request: NextRequest, pathname: string): URL {
  const url = request.nextUrl.clone();
  url.pathname = pathname;
  return url;
}

function withoutBase(incoming: Headers): Headers {
  const headers = new Headers(incoming);
  headers.delete(BASE_HEADER);
  headers.delete(HOP_HEADER);
  return headers;
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export const config = {
  // Everything but build assets: custom domains rewrite every page, sitemap.xml and robots.txt included.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
