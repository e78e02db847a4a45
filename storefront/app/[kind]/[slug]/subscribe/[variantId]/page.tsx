import { SubscribePage, subscribeMetadata } from '../../../../../components/shop/subscriptions/SubscribePage';
import { shopParams, type ShopRouteParams, type ShopSearchParams } from '../../../../../lib/shop-route';

type Props = { params: ShopRouteParams<{ variantId: string }>; searchParams: ShopSearchParams };

export const metadata = subscribeMetadata;

export default async function Page({ params, searchParams }: Props) {
  const { kind, slug, variantId } = await shopParams(params);
  return <SubscribePage kind={kind} slug={slug} variantId={variantId} params={await searchParams} />;
}
