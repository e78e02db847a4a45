import { addToCartRoute } from '../../../../../lib/shop/add-to-cart-route';
import { shopParams, type ShopRouteParams } from '../../../../../lib/shop-route';

export async function POST(request: Request, { params }: { params: ShopRouteParams }) {
  const { kind, slug } = await shopParams(params);
  return addToCartRoute(kind, slug, request);
}
