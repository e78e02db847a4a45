import { sitemapResponse } from '../../../../lib/crawl';
import { shopParams, type ShopRouteParams } from '../../../../lib/shop-route';

export async function GET(_request: Request, { params }: { params: ShopRouteParams }) {
  const { kind, slug } = await shopParams(params);
  return sitemapResponse(kind, slug);
}
