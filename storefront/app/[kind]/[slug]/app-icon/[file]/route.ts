import { iconResponse } from '../../../../../lib/shop/offline/responses';
import { shopParams, type ShopRouteParams } from '../../../../../lib/shop-route';

export async function GET(_request: Request, { params }: { params: ShopRouteParams<{ file: string }> }) {
  const { kind, slug, file } = await shopParams(params);
  return iconResponse(kind, slug, file);
}
