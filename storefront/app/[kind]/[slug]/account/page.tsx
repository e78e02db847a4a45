import { AccountPage, accountMetadata } from '../../../../components/shop/pages/AccountPage';
import { shopParams, type ShopRouteParams, type ShopSearchParams } from '../../../../lib/shop-route';

type Props = { params: ShopRouteParams; searchParams: ShopSearchParams };

export const metadata = accountMetadata;

export default async function Page({ params, searchParams }: Props) {
  const { kind, slug } = await shopParams(params);
  return <AccountPage kind={kind} slug={slug} params={await searchParams} />;
}
