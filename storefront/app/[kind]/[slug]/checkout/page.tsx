import { CheckoutPage, checkoutMetadata } from '../../../../components/shop/pages/CheckoutPage';
import { shopParams, type ShopRouteParams, type ShopSearchParams } from '../../../../lib/shop-route';

type Props = { params: ShopRouteParams; searchParams: ShopSearchParams };

export const metadata = checkoutMetadata;

export default async function Page({ params, searchParams }: Props) {
  const { kind, slug } = await shopParams(params);
  return <CheckoutPage kind={kind} slug={slug} params={await searchParams} />;
}
