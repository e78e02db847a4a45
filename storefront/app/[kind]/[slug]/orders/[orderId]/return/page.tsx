import { ReturnRequestPage, returnFormMetadata } from '../../../../../../components/shop/pages/ReturnsPage';
import { shopParams, type ShopRouteParams, type ShopSearchParams } from '../../../../../../lib/shop-route';

type Props = { params: ShopRouteParams<{ orderId: string }>; searchParams: ShopSearchParams };

export const metadata = returnFormMetadata;

export default async function Page({ params, searchParams }: Props) {
  const { kind, slug, orderId } = await shopParams(params);
  return <ReturnRequestPage kind={kind} slug={slug} orderId={orderId} params={await searchParams} />;
}
