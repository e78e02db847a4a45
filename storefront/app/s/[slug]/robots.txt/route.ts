import { robotsResponse } from '../../../../lib/crawl';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return robotsResponse('s', (await params).slug);
}
