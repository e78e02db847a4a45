import type { MetadataRoute } from 'next';
import { disallowed } from '../lib/crawl';

/**
 * robots.txt of the platform host, where every tenant lives under /s/<slug> and /m/<slug> (a custom
 * domain's /robots.txt is the tenant's own, see lib/crawl.ts). Each tenant's sitemap is
 * /s/<slug>/sitemap.xml or /m/<slug>/sitemap.xml, to submit to search engines per tenant.
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      disallow: ['/s/*', '/m/*'].flatMap((base) => disallowed(base).map((line) => line.replace(/^Disallow: /, ''))),
    },
  };
}
