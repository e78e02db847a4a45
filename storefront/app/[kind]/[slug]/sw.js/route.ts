import { serviceWorkerResponse } from '../../../../lib/shop/offline/responses';
import { shopParams, type ShopRouteParams } from '../../../../lib/shop-route';

export async function GET(_request: Request, { params }: { params: ShopRouteParams }) {
  const { kind, slug } = await shopParams(params);
  return serviceWorkerResponse(kind, slug);
}
