// A short-lived cache of anonymous catalogue pages, kept by the proxy (decision 0018).
//
// A catalogue page (home, category, product, search, vendors) is the same HTML for every signed-out
// visitor of a tenant: the header changes only with sign-in, and everything personal (cart, checkout,
// account) lives on other pages. Rendering it costs tens of milliseconds of CPU on the same cores as the
// API, so under load shoppers queue behind identical renders. The proxy therefore keeps each such page for
// a few seconds per host and URL: one render serves every anonymous visitor meanwhile, concurrent misses
// wait for the same render, and a page past its freshness is served while one refresh runs behind it.
// Signed-in visitors, non-GET requests, Next's own client requests and every other page are rendered as
// before. The cache lives in the storefront process; the gateway's anonymous cache (decision 0008) sits
// under it, so a catalogue change shows within both TTLs.

export interface RenderedPage {
  status: number;
  headers: [string, string][];
  body: Uint8Array;
}

interface CachedPage extends RenderedPage {
  storedAt: number;
}

export interface PageCacheOptions {
  /** Served as is for this long. */
  freshMs: number;
  /** After that, served while one refresh runs, up to this age; older entries are rendered anew first. */
  staleMs: number;
  maxEntries: number;
  maxBodyBytes: number;
}

export const DEFAULT_PAGE_CACHE: PageCacheOptions = {
  freshMs: Number(process.env.STOREFRONT_PAGE_CACHE_FRESH_MS ?? 5_000),
  staleMs: 60_000,
  maxEntries: 500,
  maxBodyBytes: 512 * 1024,
};

/** The catalogue pages of a tenant, below its prefix (`/s/<slug>` or `/m/<slug>`). */
const CATALOGUE = /^(?:\/?|\/c\/[^/]+|\/p\/[^/]+|\/search|\/vendors|\/vendors\/[^/]+)$/;

/** Response headers never replayed to another visitor. */
const PRIVATE_HEADERS = new Set(['set-cookie', 'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'date']);

/**
 * Whether this request may be answered from the cache: a plain GET of a catalogue page (not Next's client
 * navigation or a server action), with no session of the tenant. `pathInTenant` is the path below the
 * tenant's prefix.
 */
export function isCacheableRequest(request: { method: string; headers: Headers; hasSession: boolean }, pathInTenant: string): boolean {
  if (request.method !== 'GET' || request.hasSession) return false;
  const h = request.headers;
  if (h.has('rsc') || h.has('next-action') || h.has('next-router-prefetch') || h.has('next-router-state-tree') || h.has('authorization')) return false;
  return CATALOGUE.test(pathInTenant);
}

/**
 * Headers of a rendered page that may be replayed to anyone. Next's `x-middleware-*` headers are
 * instructions to its own router (a rewrite, say), which a proxy response would otherwise carry out again.
 */
export function replayableHeaders(headers: Iterable<[string, string]>): [string, string][] {
  return [...headers].filter(([name]) => !PRIVATE_HEADERS.has(name.toLowerCase()) && !name.toLowerCase().startsWith('x-middleware-'));
}

/**
 * Whether a render may be replayed from the proxy: a page or a not-found page. Redirects and errors are
 * left to Next (a proxy response's relative Location is not followed as a page's is), so those requests
 * render as usual.
 */
export const isReplayable = (page: RenderedPage) => page.status === 200 || page.status === 404;

/**
 * Pages by key with freshness, stale-while-revalidate, one render per key at a time, and a bound on
 * entries (least recently stored first out). Only 200 responses within the size bound are kept.
 */
export class PageCache {
  private readonly entries = new Map<string, CachedPage>();
  private readonly rendering = new Map<string, Promise<RenderedPage>>();

  constructor(
    private readonly options: PageCacheOptions = DEFAULT_PAGE_CACHE,
    private readonly now: () => number = Date.now,
  ) {}

  /** The page for `key`: from the cache when fresh enough, else from `render` (shared by concurrent callers). */
  async get(key: string, render: () => Promise<RenderedPage>): Promise<{ page: RenderedPage; state: 'hit' | 'stale' | 'miss' }> {
    const entry = this.entries.get(key);
    const age = entry ? this.now() - entry.storedAt : Infinity;
    if (entry && age < this.options.freshMs) return { page: entry, state: 'hit' };
    if (entry && age < this.options.staleMs) {
      // Refresh behind the answer; a failed refresh leaves the stale page until it ages out.
      this.renderOnce(key, render).catch(() => undefined);
      return { page: entry, state: 'stale' };
    }
    return { page: await this.renderOnce(key, render), state: 'miss' };
  }

  get size(): number {
    return this.entries.size;
  }

  private renderOnce(key: string, render: () => Promise<RenderedPage>): Promise<RenderedPage> {
    const running = this.rendering.get(key);
    if (running) return running;
    const promise = render()
      .then((page) => {
        this.store(key, page);
        return page;
      })
      .finally(() => this.rendering.delete(key));
    this.rendering.set(key, promise);
    return promise;
  }

  private store(key: string, page: RenderedPage) {
    if (page.status !== 200 || page.body.byteLength > this.options.maxBodyBytes) return;
    this.entries.delete(key);
    this.entries.set(key, { ...page, storedAt: this.now() });
    while (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}
