import { addToCartRoute } from '../../../../../lib/shop/add-to-cart-route';

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return addToCartRoute('s', (await params).slug, request);
}
