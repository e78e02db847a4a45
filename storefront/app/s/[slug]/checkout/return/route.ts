import type { NextRequest } from 'next/server';
import { paymentReturn } from '../../../../../lib/shop/payment-return';

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  return paymentReturn('s', (await params).slug, request);
}
