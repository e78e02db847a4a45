import { AddressesPage, addressesMetadata } from '../../../../../components/shop/pages/AddressesPage';
import { shopParams, type ShopRouteParams, type ShopSearchParams } from '../../../../../lib/shop-route';

type Props = { params: ShopRouteParams; searchParams: ShopSearchParams };

export const metadata = addressesMetadata;

export default async function Page({ params, searchParams }: Props) {
  const { kind, slug } = await shopParams(params);
  return <AddressesPage kind={kind} slug={slug} params={await searchParams} />;
}
