import 'server-only';
import { getCategoryTree, sitemapProducts, type CategoryNode } from './catalog';
import { publicOrigin, storeBase } from './site';
import { getStorefrontTenant, type StorefrontKind } from './tenant';

// sitemap.xml and robots.txt of one tenant, as route handlers under /s/<slug>/ and /m/<slug>/: Next's
// robots metadata file exists only at the app root, while these must be per tenant (a custom domain's
// /robots.txt and /sitemap.xml are rewritten here by proxy.ts).

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

function flatten(tree: CategoryNode[]): CategoryNode[] {
  return tree.flatMap((c) => [c, ...flatten(c.children ?? [])]);
}

const NOT_FOUND = () => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });

export async function sitemapResponse(kind: StorefrontKind, slug: string): Promise<Response> {
  const tenant = await getStorefrontTenant(kind, slug);
  if (!tenant) return NOT_FOUND();
  const [origin, base, tree, products] = await Promise.all([publicOrigin(), storeBase(kind, slug), getCategoryTree(slug), sitemapProducts(slug)]);
  const url = (path: string) => escapeXml(origin + (base + path || '/'));
  const entries = [
    `<url><loc>${url('')}</loc></url>`,
    ...flatten(tree).map((c) => `<url><loc>${url(`/c/${encodeURIComponent(c.slug)}`)}</loc></url>`),
    ...(kind === 'm' ? [`<url><loc>${url('/vendors')}</loc></url>`] : []),
    ...products.map((p) => `<url><loc>${url(`/p/${encodeURIComponent(p.slug)}`)}</loc><lastmod>${escapeXml(p.updatedAt)}</lastmod></url>`),
  ];
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=600' } });
}

/** Crawl rules: everything but sign-in, account and search result pages; where the sitemap is. */
export async function robotsResponse(kind: StorefrontKind, slug: string): Promise<Response> {
  const tenant = await getStorefrontTenant(kind, slug);
  if (!tenant) return NOT_FOUND();
  const [origin, base] = await Promise.all([publicOrigin(), storeBase(kind, slug)]);
  const text = [
    'User-agent: *',
    'Allow: /',
    ...disallowed(base),
    `Sitemap: ${origin}${base}/sitemap.xml`,
    '',
  ].join('\n');
  return new Response(text, { headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=3600' } });
}

/** Paths crawlers should leave alone under a tenant's base (search results: endless combinations). */
export function disallowed(base: string): string[] {
  return [`Disallow: ${base}/search`, `Disallow: ${base}/sign-in`, `Disallow: ${base}/sell`];
}
