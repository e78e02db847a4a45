import { TripOrderPage, tripOrderMetadata } from '../../../../../../components/transport/TripOrderPage';
import { shopParams, type ShopRouteParams } from '../../../../../../lib/shop-route';

type Props = { params: ShopRouteParams<{ orderId: string }> };

export const metadata = tripOrderMetadata;

export default async function Page({ params }: Props) {
  const { kind, slug, orderId } = await shopParams(params);
  return <TripOrderPage kind={kind} slug={slug} orderId={orderId} />;
}
