import { pt } from '../../../../lib/pos/messages';
import { SLUG_PATTERN } from '../../../../lib/slug';

/** The till's web app manifest: installs /pos/<tenant> as a standalone app. */
export async function GET(_request: Request, { params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  if (!SLUG_PATTERN.test(tenant)) return new Response('Not found', { status: 404 });
  const base = `/pos/${tenant}`;
  const manifest = {
    name: `${pt('title')} · ${tenant}`,
    short_name: pt('title'),
    id: base,
    start_url: base,
    scope: base,
    display: 'standalone',
    orientation: 'any',
    background_color: '#ffffff',
    theme_color: '#0b6e4f',
    icons: [{ src: `${base}/icon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/manifest+json', 'cache-control': 'public, max-age=3600' } });
}
