/**
 * Storefront pages (issue 5): time to first byte of server-rendered pages at a given concurrency. `fetch`
 * resolves when the response headers arrive, which for a streamed Next.js page is its first byte; the body
 * is then read to the end so each connection does the whole page. Shoppers are signed out unless a session
 * cookie is passed in `headers`: signed-out catalogue pages can come from the storefront's page cache
 * (decision 0018) and the gateway's per-tenant cache, as they do in production; signed-in ones are
 * rendered for each request.
 */
const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0);
const round = (x: number) => Math.round(x * 10) / 10;

export async function pageTtfb(opts: { name: string; urls: string[]; concurrency: number; durationS: number; headers?: Record<string, string> }) {
  const ttfb: number[] = [];
  let errors = 0;
  let next = 0;
  const deadline = performance.now() + opts.durationS * 1000;
  await Promise.all(
    Array.from({ length: opts.concurrency }, async () => {
      while (performance.now() < deadline) {
        // Connections take the URLs in turn, so a list of many pages is visited evenly.
        const url = opts.urls[next++ % opts.urls.length];
        const started = performance.now();
        try {
          const res = await fetch(url, { redirect: 'manual', headers: opts.headers });
          ttfb.push(performance.now() - started);
          await res.arrayBuffer();
          if (res.status !== 200) errors += 1;
        } catch {
          errors += 1;
        }
      }
    }),
  );
  ttfb.sort((a, b) => a - b);
  return { scenario: `page-ttfb:${opts.name}`, connections: opts.concurrency, pagesPerSec: round(ttfb.length / opts.durationS), ttfbP50ms: round(percentile(ttfb, 50)), ttfbP95ms: round(percentile(ttfb, 95)), ttfbP99ms: round(percentile(ttfb, 99)), errors, total: ttfb.length };
}
