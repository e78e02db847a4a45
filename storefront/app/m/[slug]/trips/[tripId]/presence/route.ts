import { heartbeatResponse } from '../../../../../../lib/transport/routes';

type Params = { params: Promise<{ slug: string; tripId: string }> };

export async function POST(request: Request, { params }: Params) {
  const { slug, tripId } = await params;
  return heartbeatResponse(slug, tripId, request);
}
