import { SubscriptionsPage, subscriptionsMetadata } from '../../../../../components/shop/subscriptions/SubscriptionsPage';
import { shopParams, type ShopRouteParams, type ShopSearchParams } from '../../../../../lib/shop-route';

type Props = { params: ShopRouteParams; searchParams: ShopSearchParams };

export const metadata = subscriptionsMetadata;

export default async function Page({ params, searchParams }: Props) {
  const { kind, slug } = await shopParams(params);
  return <SubscriptionsPage kind={kind} slug={slug} params={await searchParams} />;
}
