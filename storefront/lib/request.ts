import 'server-only';
import { headers } from 'next/headers';
import { clientIpFrom } from './client-ip';

/**
 * The shopper's address as the storefront's edge derived it from the socket and TRUSTED_PROXIES (never
 * copied from what the client sent), passed on to the gateway with proof (lib/gateway.ts); null when
 * unknown. Named for the `forwardedFor` option it feeds.
 */
export async function forwardedFor(): Promise<string | null> {
  return clientIpFrom(await headers());
}
