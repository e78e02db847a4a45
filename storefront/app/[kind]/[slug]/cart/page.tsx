import { CartPage, cartMetadata } from '../../../../components/shop/pages/CartPage';
import { shopParams, type ShopRouteParams, type ShopSearchParams } from '../../../../lib/shop-route';

type Props = { params: ShopRouteParams; searchParams: ShopSearchParams };

export const metadata = cartMetadata;

export default async function Page({ params, searchParams }: Props) {
  const { kind, slug } = await shopParams(params);
  return <CartPage kind={kind} slug={slug} params={await searchParams} />;
}
