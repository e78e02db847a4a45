import { seatMapResponse } from '../../../../../../lib/transport/routes';
import { shopParams, type ShopRouteParams } from '../../../../../../lib/shop-route';

export async function GET(_request: Request, { params }: { params: ShopRouteParams<{ tripId: string }> }) {
  const { slug, tripId } = await shopParams(params);
  return seatMapResponse(slug, tripId);
}
