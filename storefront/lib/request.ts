import 'server-only';
import { headers } from 'next/headers';

/**
 * The incoming request's X-Forwarded-For (Next fills it with the socket address when absent), passed on
 * to the gateway. In production put the storefront behind a proxy that sets this header itself.
 */
export async function forwardedFor(): Promise<string | null> {
  return (await headers()).get('x-forwarded-for');
}
