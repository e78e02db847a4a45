// Cookie names and options for storefront sessions. No Next request APIs here, so both the proxy and
// server actions can use it.
import type { SessionFieldsFragment } from '../gql/graphql';

export type Session = SessionFieldsFragment;

/**
 * Sessions belong to one tenant (a customer of one store is not signed in to another, and the gateway
 * trusts the token's tenant over `x-tenant`), so each tenant gets its own pair of cookies. Slugs are
 * limited to cookie-name-safe characters (SLUG_PATTERN).
 */
export function accessCookieName(slug: string): string {
  return `ww_at_${slug}`;
}
export function refreshCookieName(slug: string): string {
  return `ww_rt_${slug}`;
}
/**
 * A random value set beside the tokens at sign-in and kept across renewals: only the browser that holds
 * the session has it, so a refresh token replayed from elsewhere cannot share a renewal (lib/refresh.ts).
 */
export function bindingCookieName(slug: string): string {
  return `ww_sb_${slug}`;
}
export const newSessionBinding = (): string => crypto.randomUUID();

const FALLBACK_ACCESS_MAX_AGE_S = 15 * 60;
const FALLBACK_REFRESH_MAX_AGE_S = 30 * 24 * 60 * 60;

function secondsUntil(iso: string, fallback: number): number {
  const at = Date.parse(iso);
  return Number.isFinite(at) ? Math.max(1, Math.floor((at - Date.now()) / 1000)) : fallback;
}

/**
 * Whether to mark cookies Secure: COOKIE_SECURE=true|false decides; otherwise only when the request
 * reached us over https (directly or per x-forwarded-proto), so plain-http development still works.
 */
export function wantsSecureCookies(forwardedProto: string | null | undefined, protocol?: string): boolean {
  const override = process.env.COOKIE_SECURE;
  if (override === 'true' || override === '1') return true;
  if (override === 'false' || override === '0') return false;
  const proto = forwardedProto?.split(',')[0]?.trim() || protocol?.replace(/:$/, '');
  return proto === 'https';
}

export interface SessionCookie {
  name: string;
  value: string;
  options: { httpOnly: true; sameSite: 'lax'; path: '/'; secure: boolean; maxAge: number };
}

/**
 * The httpOnly cookies that hold a session, each living as long as its token, and the session's binding
 * (a new one at sign-in; the browser's own on renewal) as long as the refresh token.
 */
export function sessionCookies(slug: string, session: Session, secure: boolean, binding: string = newSessionBinding()): SessionCookie[] {
  const base = { httpOnly: true, sameSite: 'lax', path: '/', secure } as const;
  return [
    {
      name: bindingCookieName(slug),
      value: binding,
      options: { ...base, maxAge: secondsUntil(session.refreshTokenExpiresAt, FALLBACK_REFRESH_MAX_AGE_S) },
    },
    {
      name: accessCookieName(slug),
      value: session.accessToken,
      options: { ...base, maxAge: secondsUntil(session.accessTokenExpiresAt, FALLBACK_ACCESS_MAX_AGE_S) },
    },
    {
      name: refreshCookieName(slug),
      value: session.refreshToken,
      options: { ...base, maxAge: secondsUntil(session.refreshTokenExpiresAt, FALLBACK_REFRESH_MAX_AGE_S) },
    },
  ];
}
