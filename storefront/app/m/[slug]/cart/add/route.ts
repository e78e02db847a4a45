import { addToCartRoute } from '../../../../../lib/shop/add-to-cart-route';

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return addToCartRoute('m', (await params).slug, request);
}
