// Referral attribution for proxy.ts: every storefront visitor gets a stable anonymous visitor id, and a
// `?ref=CODE` on any store URL is kept (per tenant) so the cart created later carries it to commerce
// (referralCode + visitorId) and from there to the commission split. The touch is also reported to mlas
// (`recordReferralTouch`) once per new code, without holding up the page.
import type { NextRequest } from 'next/server';
import { clientIpFrom } from '../client-ip';
import { gatewayRequest } from '../gateway';
import { cleanReferralCode, cleanVisitorId, REFERRAL_MAX_AGE_S, referralCookieName, VISITOR_COOKIE, VISITOR_MAX_AGE_S } from './cookies';
import { ShopRecordReferralTouchMutation } from './operations';

export interface AttributionCookie {
  name: string;
  value: string;
  maxAge: number;
}

/** Cookies to set for this request (none when both are already right). */
export function attributionCookies(request: NextRequest, slug: string): AttributionCookie[] {
  const set: AttributionCookie[] = [];
  let visitorId = cleanVisitorId(request.cookies.get(VISITOR_COOKIE)?.value);
  if (!visitorId) {
    visitorId = crypto.randomUUID();
    set.push({ name: VISITOR_COOKIE, value: visitorId, maxAge: VISITOR_MAX_AGE_S });
  }
  const code = cleanReferralCode(request.nextUrl.searchParams.get('ref'));
  if (code && request.cookies.get(referralCookieName(slug))?.value !== code) {
    set.push({ name: referralCookieName(slug), value: code, maxAge: REFERRAL_MAX_AGE_S });
    void reportTouch(slug, code, visitorId, clientIpFrom(request.headers));
  }
  return set;
}

async function reportTouch(slug: string, code: string, visitorId: string, forwardedFor: string | null): Promise<void> {
  try {
    const result = await gatewayRequest(ShopRecordReferralTouchMutation, { code, visitorId }, { tenant: slug, forwardedFor });
    if (result.errors.length > 0) console.warn('[storefront] referral touch not recorded:', result.errors[0].message);
  } catch (error) {
    console.warn('[storefront] referral touch not recorded (gateway unavailable)', error);
  }
}
