import { CloseAccountPage, closeAccountMetadata } from '../../../../../components/shop/pages/CloseAccountPage';
import { shopParams, type ShopRouteParams, type ShopSearchParams } from '../../../../../lib/shop-route';

type Props = { params: ShopRouteParams; searchParams: ShopSearchParams };

export const metadata = closeAccountMetadata;

export default async function Page({ params, searchParams }: Props) {
  const { kind, slug } = await shopParams(params);
  return <CloseAccountPage kind={kind} slug={slug} query={await searchParams} />;
}
