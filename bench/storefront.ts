/**
 * Storefront pages (issue 5): time to first byte of server-rendered pages at a given concurrency. `fetch`
 * resolves when the response headers arrive, which for a streamed Next.js page is its first byte; the body
 * is then read to the end so each connection does the whole page. Anonymous shoppers, so catalogue reads
 * can come from the gateway's per-tenant cache as they do in production.
 */
const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0);
const round = (x: number) => Math.round(x * 10) / 10;

export async function pageTtfb(opts: { name: string; url: string; concurrency: number; durationS: number }) {
  const ttfb: number[] = [];
  let errors = 0;
  const deadline = performance.now() + opts.durationS * 1000;
  await Promise.all(
    Array.from({ length: opts.concurrency }, async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        try {
          const res = await fetch(opts.url, { redirect: 'manual' });
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
