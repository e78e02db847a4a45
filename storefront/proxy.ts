import { request as httpRequest } from 'node:http';
import { NextResponse, type NextRequest } from 'next/server';
import { clientIpFrom } from './lib/client-ip';
import { tenantForDomain } from './lib/domains';
import { BASE_HEADER, hostnameOf, isPlatformHost } from './lib/host';
import { isCacheableRequest, isReplayable, PageCache, replayableHeaders, type RenderedPage } from './lib/page-cache';
import { refreshOnce } from './lib/refresh';
import { accessCookieName, bindingCookieName, refreshCookieName, sessionCookies, wantsSecureCookies, type SessionCookie } from './lib/session-cookies';
import { attributionCookies } from './lib/shop/attribution';
import { cookieOptions } from './lib/shop/cookies';
import { OFFLINE_COPY_HEADER } from './lib/shop/offline/header';
import { SLUG_PATTERN } from './lib/slug';
import type { StorefrontKind } from './lib/tenant-kind';

/**
 * Marks a rewritten request as ours; the secret never leaves this process (request headers only). It is
 * the edge's (server.js), which lets these requests to ourselves through as already sanitized.
 */
const HOP_HEADER = 'x-ww-hop';
const HOP_SECRET = process.env.STOREFRONT_EDGE_SECRET || crypto.randomUUID();
/** Marks the proxy's own request that renders a page for the page cache (same secret, never sent out). */
const FILL_HEADER = 'x-ww-fill';
/** This server's own address (set by scripts/storefront.ts); without it pages are not cached. */
const SELF_URL = process.env.STOREFRONT_SELF_URL;
const pageCache = new PageCache();

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

  // The same page for every signed-out visitor: the page cache may share it, a shopper's phone may keep it.
  const shared = isShareable(request, target);
  const cached = shared ? await fromPageCache(request, target) : null;
  if (cached) return cached;

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
  if (shared) response.headers.set(OFFLINE_COPY_HEADER, 'shared');
  return response;
}

/**
 * A signed-out visitor's plain GET of a catalogue page (lib/page-cache.ts): rendered the same for every
 * such visitor, so the page cache may share it and the shop's service worker may keep it (decision 0053).
 */
function isShareable(request: NextRequest, target: Target): boolean {
  const hasSession = request.cookies.has(accessCookieName(target.slug)) || request.cookies.has(refreshCookieName(target.slug));
  const pathInTenant = target.rewriteTo ? request.nextUrl.pathname : request.nextUrl.pathname.slice(target.base.length);
  return isCacheableRequest({ method: request.method, headers: request.headers, hasSession }, pathInTenant);
}

/**
 * A signed-out visitor's catalogue page (isShareable) from the page cache (lib/page-cache.ts, decision
 * 0018), with the visitor's own attribution cookies; null when the cache is off, or the render failed
 * (the page is then rendered the usual way).
 */
async function fromPageCache(request: NextRequest, target: Target): Promise<NextResponse | null> {
  if (!SELF_URL || request.headers.get(FILL_HEADER) === HOP_SECRET) return null;
  const { pathname, search } = request.nextUrl;

  // The same host value resolveTarget chose the tenant by (a trusted proxy's X-Forwarded-Host was made
  // the Host by the edge; anyone else's was dropped), so one tenant's page never answers for another's host.
  const host = request.headers.get('host') ?? '';
  const proto = request.headers.get('x-forwarded-proto') ?? '';
  try {
    const { page, state } = await pageCache.get(`${proto}|${host}|${pathname}${search}`, () => renderForCache(SELF_URL, `${pathname}${search}`, request.headers));
    if (!isReplayable(page)) return null;
    const response = new NextResponse(Buffer.from(page.body), { status: page.status, headers: [...page.headers, ['x-page-cache', state]] });
    response.headers.set(OFFLINE_COPY_HEADER, 'shared'); // once: the render through this proxy had it too
    const secure = wantsSecureCookies(request.headers.get('x-forwarded-proto'), request.nextUrl.protocol);
    for (const cookie of attributionCookies(request, target.slug)) response.cookies.set(cookie.name, cookie.value, cookieOptions(secure, cookie.maxAge));
    return response;
  } catch (error) {
    console.error('[storefront] page cache render failed', error);
    return null;
  }
}

/** Renders a page by asking this server for it, as a signed-out visitor from the same host and scheme. */
function renderForCache(selfUrl: string, path: string, incoming: Headers): Promise<RenderedPage> {
  const headers: Record<string, string> = { [FILL_HEADER]: HOP_SECRET, accept: 'text/html', 'accept-encoding': 'identity' };
  // The visitor's address too (the edge's, already sanitized): the render's gateway requests are charged to
  // the visitor whose miss caused it, not to this server's own address, which all visitors would share.
  for (const name of ['host', 'x-forwarded-proto', 'x-forwarded-for']) {
    const value = incoming.get(name);
    if (value) headers[name] = value;
  }
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, selfUrl), { method: 'GET', headers, timeout: 30_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const pairs = Object.entries(res.headers).flatMap(([name, value]) => (value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v): [string, string] => [name, v])));
        resolve({ status: res.statusCode ?? 500, headers: replayableHeaders(pairs), body: new Uint8Array(Buffer.concat(chunks)) });
      });
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`rendering ${path} timed out`)));
    req.on('error', reject);
    req.end();
  });
}

async function resolveTarget(request: NextRequest): Promise<Target | null> {
  const hostname = hostnameOf(request.headers.get('host'));
  if (hostname && !isPlatformHost(hostname)) {
    const tenant = await tenantForDomain(hostname, clientIpFrom(request.headers));
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

  const binding = request.cookies.get(bindingCookieName(slug))?.value ?? null;
  const outcome = await refreshOnce(slug, refreshToken, clientIpFrom(request.headers), binding);
  // Refused: the token was just renewed for another browser; render signed out and leave the cookies.
  if (outcome.kind === 'unavailable' || outcome.kind === 'refused') return null;
  if (outcome.kind === 'ended') {
    request.cookies.delete(refreshName);
    return 'ended';
  }
  const secure = wantsSecureCookies(request.headers.get('x-forwarded-proto'), request.nextUrl.protocol);
  const cookies = sessionCookies(slug, outcome.session, secure, binding ?? undefined);
  for (const cookie of cookies) request.cookies.set(cookie.name, cookie.value);
  return cookies;
}

/**
 * The same request on another path of this server (nextUrl keeps the query and the server's own origin).
 * Always plain http: Next takes nextUrl's scheme from X-Forwarded-Proto, but this server speaks http
 * behind a TLS proxy, and a rewrite it forwards to itself over https failed (a 500 on custom domains).
 */
function internalUrl(request: NextRequest, pathname: string): URL {
  const url = request.nextUrl.clone();
  url.pathname = pathname;
  url.protocol = 'http:';
  return url;
}

function withoutBase(incoming: Headers): Headers {
  const headers = new Headers(incoming);
  headers.delete(BASE_HEADER);
  headers.delete(HOP_HEADER);
  headers.delete(FILL_HEADER);
  // The host is the Host header (see fromPageCache); a forwarded one here came from the client (the edge
  // drops them, `next dev` does not) and must not reach absolute links.
  headers.delete('x-forwarded-host');
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
  // Product photos (`/media/...`, app/media) are the same on every host: never rewritten to a tenant's path.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|media/).*)'],
};
