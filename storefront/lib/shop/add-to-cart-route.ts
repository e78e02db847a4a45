import 'server-only';
import type { StorefrontKind } from '../tenant-kind';
import { addToCart } from './cart-lines';

/**
 * POST `<shop>/cart/add`: the product page's "Add to cart" form. A route rather than a server action, so
 * the product page loads no server-action client (its JavaScript budget; decision 0013). Works without
 * JavaScript: the browser follows the 303 to the cart. A post from another site is refused; the cart
 * cookie is SameSite=Lax anyway, so such a post could not reach the visitor's cart.
 */
export async function addToCartRoute(kind: StorefrontKind, slug: string, request: Request): Promise<Response> {
  if (!sameOrigin(request)) return new Response('Forbidden', { status: 403 });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return new Response('Bad request', { status: 400 });
  }
  const location = await addToCart(kind, slug, form);
  return new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } });
}

/** The Origin header (when the browser sends one) names the host the form was posted to. */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return !origin;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
