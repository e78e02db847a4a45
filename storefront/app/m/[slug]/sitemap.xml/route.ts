import { sitemapResponse } from '../../../../lib/crawl';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return sitemapResponse('m', (await params).slug);
}
