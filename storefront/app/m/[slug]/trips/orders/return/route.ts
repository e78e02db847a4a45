import type { NextRequest } from 'next/server';
import { tripOrderReturn } from '../../../../../../lib/transport/order-return';

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  return tripOrderReturn('m', (await params).slug, request);
}
