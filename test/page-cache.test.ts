// The storefront's page cache (storefront/lib/page-cache.ts): which requests it may answer, freshness,
// stale-while-revalidate, one render per page at a time, and its bounds. A clock is passed in.
import { isCacheableRequest, isReplayable, PageCache, replayableHeaders, type RenderedPage } from '../storefront/lib/page-cache';

const page = (text: string, status = 200): RenderedPage => ({ status, headers: [['content-type', 'text/html']], body: new TextEncoder().encode(text) });
const textOf = (p: RenderedPage) => new TextDecoder().decode(p.body);
const OPTIONS = { freshMs: 5_000, staleMs: 60_000, maxEntries: 3, maxBodyBytes: 100 };

describe('which requests', () => {
  const get = (headers: Record<string, string> = {}, hasSession = false) => ({ method: 'GET', headers: new Headers(headers), hasSession });
  it.each(['', '/', '/c/shoes', '/p/ankara-dress', '/search', '/vendors', '/vendors/aba-made'])('a signed-out GET of %j is cached', (path) => {
    expect(isCacheableRequest(get(), path)).toBe(true);
  });
  it.each(['/cart', '/checkout', '/account', '/orders/1', '/sign-in', '/sell', '/trips', '/trips/1', '/sitemap.xml', '/p/a/b'])('%j is not', (path) => {
    expect(isCacheableRequest(get(), path)).toBe(false);
  });
  it('a visitor with a session, a POST, a server action or a client navigation is rendered for them', () => {
    expect(isCacheableRequest(get({}, true), '/p/x')).toBe(false);
    expect(isCacheableRequest({ ...get(), method: 'POST' }, '/p/x')).toBe(false);
    expect(isCacheableRequest(get({ 'next-action': 'abc' }), '/p/x')).toBe(false);
    expect(isCacheableRequest(get({ rsc: '1' }), '/p/x')).toBe(false);
    expect(isCacheableRequest(get({ 'next-router-prefetch': '1' }), '/p/x')).toBe(false);
    expect(isCacheableRequest(get({ authorization: 'Bearer x' }), '/p/x')).toBe(false);
  });
  it('pages and not-found pages are replayed; redirects and errors are rendered by Next', () => {
    expect([200, 404, 307, 308, 500].map((status) => isReplayable(page('x', status)))).toEqual([true, true, false, false, false]);
  });
  it('cookies, connection headers and Next’s router instructions are never replayed', () => {
    expect(replayableHeaders([['Set-Cookie', 'a=b'], ['content-type', 'text/html'], ['Content-Length', '9'], ['date', 'x'], ['x-middleware-rewrite', 'http://localhost/m/x'], ['vary', 'rsc']])).toEqual([
      ['content-type', 'text/html'],
      ['vary', 'rsc'],
    ]);
  });
});

describe('the cache', () => {
  let now = 0;
  let renders = 0;
  let cache: PageCache;
  const render = (text: string) => async () => {
    renders += 1;
    return page(text);
  };
  beforeEach(() => {
    now = 1_000_000;
    renders = 0;
    cache = new PageCache(OPTIONS, () => now);
  });

  it('serves a fresh page without rendering, then the stale one while one refresh runs', async () => {
    expect((await cache.get('k', render('v1'))).state).toBe('miss');
    now += 4_999;
    const hit = await cache.get('k', render('v2'));
    expect([hit.state, textOf(hit.page), renders]).toEqual(['hit', 'v1', 1]);
    now += 1;
    const stale = await cache.get('k', render('v2'));
    expect([stale.state, textOf(stale.page)]).toEqual(['stale', 'v1']);
    await new Promise((r) => setImmediate(r));
    const refreshed = await cache.get('k', render('v3'));
    expect([refreshed.state, textOf(refreshed.page), renders]).toEqual(['hit', 'v2', 2]);
  });

  it('a page older than the stale bound is rendered before answering', async () => {
    await cache.get('k', render('v1'));
    now += 60_000;
    const r = await cache.get('k', render('v2'));
    expect([r.state, textOf(r.page)]).toEqual(['miss', 'v2']);
  });

  it('concurrent misses share one render', async () => {
    let release!: () => void;
    const slow = async () => {
      renders += 1;
      await new Promise<void>((r) => (release = r));
      return page('once');
    };
    const waiting = Array.from({ length: 20 }, () => cache.get('k', slow));
    await new Promise((r) => setImmediate(r));
    release();
    const results = await Promise.all(waiting);
    expect(renders).toBe(1);
    expect(new Set(results.map((r) => textOf(r.page)))).toEqual(new Set(['once']));
  });

  it('keeps only 200s within the size bound, and at most maxEntries pages', async () => {
    await cache.get('404', async () => page('missing', 404));
    await cache.get('big', async () => page('x'.repeat(101)));
    expect(cache.size).toBe(0);
    for (const k of ['a', 'b', 'c', 'd']) await cache.get(k, render(k));
    expect(cache.size).toBe(3);
    expect((await cache.get('a', render('a2'))).state).toBe('miss');
    expect((await cache.get('d', render('d2'))).state).toBe('hit');
  });

  it('a failed render reaches its callers and is not kept; the next request renders again', async () => {
    await expect(cache.get('k', async () => Promise.reject(new Error('gateway down')))).rejects.toThrow('gateway down');
    expect((await cache.get('k', render('v1'))).state).toBe('miss');
  });
});
