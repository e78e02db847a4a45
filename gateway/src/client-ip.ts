/**
 * Who the client is, by address, for rate limits, the audit log and MLAS's self-referral check
 * (decision 0021). Callers never choose it:
 * - the socket's address, unless that peer is one of TRUSTED_PROXIES: then Express walks X-Forwarded-For
 *   from the right past trusted proxies (`trust proxy`), and X-Forwarded-Host/-Proto are believed too;
 * - the storefront, which calls the gateway on its shoppers' behalf, vouches for the shopper's address in
 *   CLIENT_IP_HEADER: `<ip>;<unix seconds>;<hex HMAC-SHA256 of "<ip>;<seconds>">` under the storefront
 *   secret (`config.storefrontSecret`), valid for PROOF_TTL_SECONDS. A plain X-Forwarded-For from the
 *   storefront (or anyone else not trusted) is ignored.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import type { Request } from 'express';
import { config } from '@webwaka/protocol';

export const CLIENT_IP_HEADER = 'x-webwaka-client-ip';
const PROOF_TTL_SECONDS = 120;

/** The `trust proxy` setting for Express: the configured proxies, or nobody. */
export const trustProxySetting = (proxies: string[] = config.trustedProxies): string[] | false => (proxies.length > 0 ? proxies : false);

/** The address a valid storefront proof vouches for, or null (absent, malformed, expired or forged). */
export function verifyClientIpProof(value: string | undefined, secret = config.storefrontSecret, now = Date.now()): string | null {
  if (!value) return null;
  const m = /^([0-9A-Fa-f:.]{2,45});(\d{1,12});([0-9a-f]{64})$/.exec(value.trim());
  if (!m || !isIP(m[1])) return null;
  const [, ip, seconds, signature] = m;
  if (Math.abs(now / 1000 - Number(seconds)) > PROOF_TTL_SECONDS) return null;
  const expected = createHmac('sha256', secret).update(`${ip};${seconds}`).digest();
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected) ? ip : null;
}

/** The client's address: proven by the storefront, else what Express derived from the socket and trusted proxies. */
export function clientIpOf(req: Request): string | null {
  const header = req.headers[CLIENT_IP_HEADER];
  const vouched = verifyClientIpProof(Array.isArray(header) ? header[0] : header);
  return vouched ?? req.ip ?? req.socket.remoteAddress ?? null;
}

/**
 * Forwarded host names are believed only from a trusted proxy: auth.ts resolves an anonymous caller's
 * tenant from X-Forwarded-Host ?? Host, so from anyone else the header is dropped before it is read.
 */
export function dropUntrustedForwarding(req: Request): void {
  const trust = req.app.get('trust proxy fn') as (addr: string, i: number) => boolean;
  if (trust(req.socket.remoteAddress ?? '', 0)) return;
  delete req.headers['x-forwarded-host'];
  delete req.headers['x-forwarded-proto'];
}
