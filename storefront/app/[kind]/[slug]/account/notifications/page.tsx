import { PreferencesPage, preferencesMetadata } from '../../../../../components/shop/notifications/PreferencesPage';
import { shopParams, type ShopRouteParams, type ShopSearchParams } from '../../../../../lib/shop-route';

type Props = { params: ShopRouteParams; searchParams: ShopSearchParams };

export const metadata = preferencesMetadata;

export default async function Page({ params, searchParams }: Props) {
  const { kind, slug } = await shopParams(params);
  return <PreferencesPage kind={kind} slug={slug} params={await searchParams} />;
}
