import { SLUG_PATTERN } from '../../../../lib/slug';
import { tillServiceWorker } from '../../../../lib/pos/service-worker';

/**
 * The till's service worker, one per tenant, controlling /pos/<tenant> only (Service-Worker-Allowed lets the
 * scope be the page's own path, which has no trailing slash). Never cached by the HTTP cache, so a new
 * deployment's worker is found at once.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  if (!SLUG_PATTERN.test(tenant)) return new Response('Not found', { status: 404 });
  return new Response(tillServiceWorker(tenant), {
    headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache', 'service-worker-allowed': `/pos/${tenant}` },
  });
}
