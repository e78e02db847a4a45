import { TripSearchPage, tripSearchMetadata } from '../../../../components/transport/TripSearchPage';
import { shopParams, type ShopRouteParams, type ShopSearchParams } from '../../../../lib/shop-route';

type Props = { params: ShopRouteParams; searchParams: ShopSearchParams };

export const metadata = tripSearchMetadata;

export default async function Page({ params, searchParams }: Props) {
  const { kind, slug } = await shopParams(params);
  return <TripSearchPage kind={kind} slug={slug} searchParams={await searchParams} />;
}
