import 'server-only';
import { gatewayUrl } from '../config';

/**
 * The gateway's origin as browsers reach it: PUBLIC_GATEWAY_URL (or GATEWAY_PUBLIC_URL) when set (the
 * storefront may reach the gateway on an internal address; `npm start` sets http://localhost:<port>),
 * else GATEWAY_URL's origin.
 */
export function gatewayPublicOrigin(): string {
  const configured = process.env.PUBLIC_GATEWAY_URL?.trim() || process.env.GATEWAY_PUBLIC_URL?.trim();
  return new URL(configured || gatewayUrl()).origin;
}

/**
 * Where to send the shopper to pay: the provider's page as an absolute http(s) URL. The sandbox's page
 * is served by the gateway and commerce may name it by path only (no PUBLIC_API_URL), so a path is taken
 * as relative to the gateway's public origin. Anything that is not http(s) is refused (null).
 */
export function absolutePaymentUrl(authorizationUrl: string | null | undefined): string | null {
  if (!authorizationUrl) return null;
  try {
    const url = new URL(authorizationUrl, gatewayPublicOrigin());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}
