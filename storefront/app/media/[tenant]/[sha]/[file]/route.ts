import { gatewayUrl } from '../../../../../lib/config';

/**
 * Product photos on the shop's own host (decision 0049): `/media/<tenant>/<sha256>/<width>.<format>` is
 * fetched from the gateway, which serves it from the media store, and passed on with its year-long
 * immutable cache header, so pages can use site-relative photo URLs on every domain.
 */
const FILE = /^\d{2,4}\.(avif|webp|jpg)$/;
const PASSED = ['content-type', 'content-length', 'cache-control', 'etag', 'x-content-type-options'];

export async function GET(_request: Request, { params }: { params: Promise<{ tenant: string; sha: string; file: string }> }) {
  const { tenant, sha, file } = await params;
  if (!/^[0-9a-f-]{36}$/.test(tenant) || !/^[0-9a-f]{64}$/.test(sha) || !FILE.test(file)) return new Response(null, { status: 404 });
  const upstream = await fetch(`${gatewayUrl().replace(/\/graphql$/, '')}/media/${tenant}/${sha}/${file}`, { signal: AbortSignal.timeout(15_000) }).catch(() => null);
  if (!upstream) return new Response(null, { status: 502, headers: { 'cache-control': 'no-store' } });
  const headers = new Headers();
  for (const name of PASSED) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.ok ? upstream.body : null, { status: upstream.status, headers });
}
