import { OfflinePage, offlineMetadata } from '../../../../components/shop/pages/OfflinePage';
import { shopParams, type ShopRouteParams } from '../../../../lib/shop-route';

type Props = { params: ShopRouteParams };

export const metadata = offlineMetadata;

export default async function Page({ params }: Props) {
  const { kind, slug } = await shopParams(params);
  return <OfflinePage kind={kind} slug={slug} />;
}
