import { heartbeatResponse } from '../../../../../../lib/transport/routes';
import { shopParams, type ShopRouteParams } from '../../../../../../lib/shop-route';

export async function POST(request: Request, { params }: { params: ShopRouteParams<{ tripId: string }> }) {
  const { slug, tripId } = await shopParams(params);
  return heartbeatResponse(slug, tripId, request);
}
