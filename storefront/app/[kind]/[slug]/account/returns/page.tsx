import { ReturnsPage, returnsMetadata } from '../../../../../components/shop/pages/ReturnsPage';
import { shopParams, type ShopRouteParams, type ShopSearchParams } from '../../../../../lib/shop-route';

type Props = { params: ShopRouteParams; searchParams: ShopSearchParams };

export const metadata = returnsMetadata;

export default async function Page({ params, searchParams }: Props) {
  const { kind, slug } = await shopParams(params);
  return <ReturnsPage kind={kind} slug={slug} params={await searchParams} />;
}
