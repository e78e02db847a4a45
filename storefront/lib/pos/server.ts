import 'server-only';
import { cookies } from 'next/headers';
import { wantsSecureCookies } from '../session-cookies';
import { SLUG_PATTERN } from '../slug';

// What the till's route handlers (app/pos/[tenant]/api/*) share: the device-key cookie, and the checks every
// request passes. Route handlers, not server actions: a shell the service worker cached outlives deployments,
// and a server action's id goes stale with the deployment that made it.

/** httpOnly, scoped to the till's own path: page scripts never see the key, other pages are never sent it. */
export const deviceCookieName = (tenant: string) => `ww_pos_${tenant}`;
const ONE_YEAR_S = 365 * 24 * 60 * 60;

export function deviceCookieOptions(tenant: string, request: Request) {
  const secure = wantsSecureCookies(request.headers.get('x-forwarded-proto'), new URL(request.url).protocol);
  return { httpOnly: true, sameSite: 'strict' as const, secure, path: `/pos/${tenant}`, maxAge: ONE_YEAR_S };
}

export const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { 'cache-control': 'no-store' } });

/**
 * The checks before any till route runs: a known-looking tenant slug, JSON, from this site's own pages (the
 * Origin, when the browser sends one, names this host; the cookie is SameSite=Strict anyway).
 */
export function refused(tenant: string, request: Request): Response | null {
  if (!SLUG_PATTERN.test(tenant)) return json({ error: 'NOT_FOUND' }, 404);
  if (!(request.headers.get('content-type') ?? '').startsWith('application/json')) return json({ error: 'BAD_REQUEST' }, 415);
  const origin = request.headers.get('origin');
  if (origin) {
    const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
    let ok = false;
    try {
      ok = new URL(origin).host === host;
    } catch {
      ok = false;
    }
    if (!ok) return json({ error: 'FORBIDDEN' }, 403);
  }
  return null;
}

/** The device key from the cookie, or null. */
export async function deviceKey(tenant: string): Promise<string | null> {
  return (await cookies()).get(deviceCookieName(tenant))?.value ?? null;
}

/** A till route's tenant and device key, or the response that refuses the request. */
export async function deviceRequest(request: Request, params: Promise<{ tenant: string }>): Promise<{ tenant: string; key: string } | Response> {
  const { tenant } = await params;
  const no = refused(tenant, request);
  if (no) return no;
  const key = await deviceKey(tenant);
  return key ? { tenant, key } : json({ error: 'NOT_PAIRED' }, 401);
}
