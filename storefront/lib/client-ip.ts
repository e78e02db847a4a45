// The shopper's address, as the storefront's edge (edge.js) derived it, and the proof the gateway
// believes it by (decision 0021). No Next request APIs here, so proxy.ts can use it.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';

/** Set by edge.js on every request it sanitized, to STOREFRONT_EDGE_SECRET (per process). */
export const EDGE_HEADER = 'x-ww-edge';
/** What the gateway reads the proven client address from (gateway/src/client-ip.ts). */
export const CLIENT_IP_HEADER = 'x-webwaka-client-ip';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The client's address, or null when the request did not come through edge.js (`next dev`, or `next
 * start` without server.js): then X-Forwarded-For may be whatever the client sent, and nothing is claimed.
 */
export function clientIpFrom(headers: Headers): string | null {
  const secret = process.env.STOREFRONT_EDGE_SECRET;
  const marker = headers.get(EDGE_HEADER);
  if (!secret || !marker || !sameSecret(marker, secret)) return null;
  const ip = headers.get('x-forwarded-for')?.trim() ?? '';
  return isIP(ip) ? ip : null;
}

/**
 * `<ip>;<unix seconds>;<hex HMAC-SHA256 of "<ip>;<seconds>">` under STOREFRONT_SECRET (the gateway derives
 * the same key, `config.storefrontSecret`); null without a secret, when the gateway will see the
 * storefront's own address.
 */
export function clientIpProof(ip: string, now = Date.now(), secret = process.env.STOREFRONT_SECRET): string | null {
  if (!secret || !isIP(ip)) return null;
  const seconds = Math.floor(now / 1000);
  return `${ip};${seconds};${createHmac('sha256', secret).update(`${ip};${seconds}`).digest('hex')}`;
}
