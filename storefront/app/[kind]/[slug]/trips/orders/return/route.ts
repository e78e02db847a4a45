import type { NextRequest } from 'next/server';
import { tripOrderReturn } from '../../../../../../lib/transport/order-return';
import { shopParams, type ShopRouteParams } from '../../../../../../lib/shop-route';

export async function GET(request: NextRequest, { params }: { params: ShopRouteParams }) {
  const { kind, slug } = await shopParams(params);
  return tripOrderReturn(kind, slug, request);
}
