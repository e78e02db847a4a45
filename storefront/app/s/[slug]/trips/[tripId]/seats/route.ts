import { seatMapResponse } from '../../../../../../lib/transport/routes';

type Params = { params: Promise<{ slug: string; tripId: string }> };

export async function GET(_request: Request, { params }: Params) {
  const { slug, tripId } = await params;
  return seatMapResponse(slug, tripId);
}
