import { exportMyData } from '../../../../../lib/shop/export';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return exportMyData('s', (await params).slug);
}
