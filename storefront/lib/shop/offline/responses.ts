import 'server-only';
import { createHash } from 'node:crypto';
import { brandPalette } from '../../colour';
import { t, type MessageKey } from '../../messages';
import { storeBase } from '../../site';
import { getStorefrontTenant, safeColor, type StorefrontKind, type Tenant } from '../../tenant';
import { OFFLINE_COPY_HEADER } from './header';
import { iconPng, iconSvg, PNG_ICON_SIZES } from './icons';
import { OFFLINE_PAGE_SOURCE } from './page-source';
import { OFFLINE_WORKER_SOURCE } from './worker-source';

// What the shop's offline shell serves (decision 0053): its service worker, its page script, its web app
// manifest and icons, each per shop under the shop's prefix (`/s/<slug>/…`, or the root of its custom
// domain), so the worker's scope is the shop and nothing else (never /admin or /pos).

const NOT_FOUND = () => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
/** Changes whenever either script does, so browsers install the new worker and drop its old shell. */
const VERSION = createHash('sha256').update(OFFLINE_WORKER_SOURCE).update(OFFLINE_PAGE_SOURCE).digest('hex').slice(0, 12);
const DEFAULT_COLOUR = '#0b6e4f';

/** The strings the page script shows. */
const PAGE_TEXT = {
  offline: 'shop.offline.offline',
  copy: 'shop.offline.copy',
  queued: 'shop.offline.queued',
  notKept: 'shop.offline.notKept',
  sent: 'shop.offline.sent',
  refused: 'shop.offline.refused',
  unknownReason: 'shop.offline.unknownReason',
  item: 'shop.offline.item',
  viewCart: 'shop.offline.viewCart',
  savedPages: 'shop.offline.savedPages',
} satisfies Record<string, MessageKey>;

async function shop(kind: StorefrontKind, slug: string): Promise<{ tenant: Tenant; base: string } | null> {
  const [tenant, base] = await Promise.all([getStorefrontTenant(kind, slug), storeBase(kind, slug)]);
  return tenant ? { tenant, base } : null;
}

function script(config: object, source: string, headers: Record<string, string> = {}): Response {
  // JSON in a script: `<` escaped, though this is a script file of its own, never inlined in HTML.
  const prelude = `var CONFIG = ${JSON.stringify(config).replace(/</g, '\\u003c')};\n`;
  return new Response(prelude + source, { headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache', ...headers } });
}

/** `<shop>/sw.js`: the worker, allowed the shop's prefix as its scope (the home page has no trailing slash). */
export async function serviceWorkerResponse(kind: StorefrontKind, slug: string): Promise<Response> {
  const found = await shop(kind, slug);
  if (!found) return NOT_FOUND();
  const config = { base: found.base, slug: found.tenant.slug, version: VERSION, header: OFFLINE_COPY_HEADER };
  return script(config, OFFLINE_WORKER_SOURCE, { 'service-worker-allowed': found.base || '/' });
}

/** `<shop>/offline.js`: the page script with the shop's prefix and strings. */
export async function pageScriptResponse(kind: StorefrontKind, slug: string): Promise<Response> {
  const found = await shop(kind, slug);
  if (!found) return NOT_FOUND();
  const text = Object.fromEntries(Object.entries(PAGE_TEXT).map(([name, key]) => [name, t(key)]));
  return script({ base: found.base, slug: found.tenant.slug, text }, OFFLINE_PAGE_SOURCE);
}

function colours(tenant: Tenant): { brand: string; onBrand: string } {
  const palette = brandPalette(safeColor(tenant.primaryColor) ?? DEFAULT_COLOUR);
  return { brand: palette.brand, onBrand: palette.onBrand };
}

/** A short name for the home screen: the tenant's name when short enough, else its first words. */
export function shortNameOf(name: string): string {
  if (name.length <= 12) return name;
  const words = name.split(/\s+/);
  let short = words[0];
  for (const word of words.slice(1)) {
    if (`${short} ${word}`.length > 12) break;
    short = `${short} ${word}`;
  }
  return short.slice(0, 12);
}

/** `<shop>/manifest.webmanifest`: installs the shop as an app that opens on its home page. */
export async function manifestResponse(kind: StorefrontKind, slug: string): Promise<Response> {
  const found = await shop(kind, slug);
  if (!found) return NOT_FOUND();
  const { tenant, base } = found;
  const { brand } = colours(tenant);
  const kindKey = tenant.kind === 'MARKETPLACE' ? 'MARKETPLACE' : 'STORE';
  const manifest = {
    id: `${base}/`,
    name: tenant.name,
    short_name: shortNameOf(tenant.name),
    description: t(`store.description.${kindKey}`, { name: tenant.name }),
    start_url: base || '/',
    scope: base || '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: brand,
    lang: 'en',
    icons: [
      ...PNG_ICON_SIZES.map((size) => ({ src: `${base}/app-icon/${size}.png`, sizes: `${size}x${size}`, type: 'image/png', purpose: 'any maskable' })),
      { src: `${base}/app-icon/any.svg`, sizes: 'any', type: 'image/svg+xml' },
    ],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/manifest+json; charset=utf-8', 'cache-control': 'public, max-age=3600' } });
}

/** `<shop>/app-icon/<192|512>.png` or `<shop>/app-icon/any.svg`. */
export async function iconResponse(kind: StorefrontKind, slug: string, file: string): Promise<Response> {
  const tenant = await getStorefrontTenant(kind, slug);
  if (!tenant) return NOT_FOUND();
  const { brand, onBrand } = colours(tenant);
  const headers = { 'cache-control': 'public, max-age=3600' };
  if (file === 'any.svg') return new Response(iconSvg(brand, onBrand, tenant.name), { headers: { ...headers, 'content-type': 'image/svg+xml' } });
  const size = PNG_ICON_SIZES.find((s) => file === `${s}.png`);
  if (!size) return NOT_FOUND();
  return new Response(new Uint8Array(iconPng(size, brand, onBrand)), { headers: { ...headers, 'content-type': 'image/png' } });
}
