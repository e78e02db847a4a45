import 'server-only';
import { gatewayRequest } from '../gateway';
import { forwardedFor } from '../request';
import { UnsubscribeMutation } from './notification-operations';

// The unsubscribe link of a marketing message (decision 0066): opening it (GET) only asks; the person's
// button (a server action) or a mail client's RFC 8058 one-click POST acts. Both come here.

/** Tokens are URL-safe text of sensible length; anything else is not one of ours. */
export const UNSUBSCRIBE_TOKEN_PATTERN = /^[A-Za-z0-9._~-]{8,1000}$/;

export type UnsubscribeOutcome = 'done' | 'failed' | 'unavailable';
export const isUnsubscribeOutcome = (v: unknown): v is UnsubscribeOutcome => v === 'done' || v === 'failed' || v === 'unavailable';

/** Turns the shop's marketing off for the address the token names (anonymous: the token is the proof). */
export async function unsubscribeByToken(slug: string, token: string): Promise<UnsubscribeOutcome> {
  if (!UNSUBSCRIBE_TOKEN_PATTERN.test(token)) return 'failed';
  const result = await gatewayRequest(UnsubscribeMutation, { token }, { tenant: slug, forwardedFor: await forwardedFor() });
  const payload = result.data?.unsubscribe;
  return payload?.ok ? 'done' : payload ? 'failed' : 'unavailable';
}

/**
 * The address a token names, to show whom the question is about (its payload is `[tenant, "email:…"]`
 * in base64url; the signature is checked by notifications when the person confirms). Null when unreadable.
 */
export function addressOfToken(token: string): string | null {
  try {
    const [, subject] = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8')) as [string, string];
    const address = typeof subject === 'string' ? subject.replace(/^(email|phone):/, '') : '';
    return address && address.length <= 254 ? address : null;
  } catch {
    return null;
  }
}
