import { FindOrderPage, findOrderMetadata } from '../../../../../components/shop/pages/FindOrderPage';
import { shopParams, type ShopRouteParams, type ShopSearchParams } from '../../../../../lib/shop-route';

type Props = { params: ShopRouteParams; searchParams: ShopSearchParams };

export const metadata = findOrderMetadata;

export default async function Page({ params, searchParams }: Props) {
  const { kind, slug } = await shopParams(params);
  return <FindOrderPage kind={kind} slug={slug} params={await searchParams} />;
}
