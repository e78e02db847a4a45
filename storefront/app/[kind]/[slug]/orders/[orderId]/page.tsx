import { OrderPage, orderMetadata } from '../../../../../components/shop/pages/OrderPage';
import { shopParams, type ShopRouteParams, type ShopSearchParams } from '../../../../../lib/shop-route';

type Props = { params: ShopRouteParams<{ orderId: string }>; searchParams: ShopSearchParams };

export const metadata = orderMetadata;

export default async function Page({ params, searchParams }: Props) {
  const { kind, slug, orderId } = await shopParams(params);
  return <OrderPage kind={kind} slug={slug} orderId={orderId} params={await searchParams} />;
}
