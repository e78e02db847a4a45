import { trackingResponse } from '../../../../../../lib/rider-location/data';
import { shopParams, type ShopRouteParams } from '../../../../../../lib/shop-route';

export async function GET(request: Request, { params }: { params: ShopRouteParams<{ orderId: string }> }) {
  const { slug, orderId } = await shopParams(params);
  return trackingResponse(slug, orderId, request);
}
