import type { Metadata } from 'next';
import { TripPage, tripMetadata } from '../../../../../components/transport/TripPage';
import { shopMetadata, shopParams, type ShopRouteParams } from '../../../../../lib/shop-route';

type Props = { params: ShopRouteParams<{ tripId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return shopMetadata(params, ({ slug, tripId }) => tripMetadata(slug, tripId));
}

export default async function Page({ params }: Props) {
  const { kind, slug, tripId } = await shopParams(params);
  return <TripPage kind={kind} slug={slug} tripId={tripId} />;
}
