import { PhoneSignInPage, phoneSignInMetadata } from '../../../../../components/shop/pages/PhoneSignInPage';
import { shopParams, type ShopRouteParams, type ShopSearchParams } from '../../../../../lib/shop-route';

type Props = { params: ShopRouteParams; searchParams: ShopSearchParams };

export const metadata = phoneSignInMetadata;

export default async function Page({ params, searchParams }: Props) {
  const { kind, slug } = await shopParams(params);
  return <PhoneSignInPage kind={kind} slug={slug} query={await searchParams} />;
}
