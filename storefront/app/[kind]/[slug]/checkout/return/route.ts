import type { NextRequest } from 'next/server';
import { paymentReturn } from '../../../../../lib/shop/payment-return';
import { shopParams, type ShopRouteParams } from '../../../../../lib/shop-route';

export async function GET(request: NextRequest, { params }: { params: ShopRouteParams }) {
  const { kind, slug } = await shopParams(params);
  return paymentReturn(kind, slug, request);
}
