import { BookingPage, bookingMetadata } from '../../../../../../components/transport/BookingPage';
import { shopParams, type ShopRouteParams } from '../../../../../../lib/shop-route';

type Props = { params: ShopRouteParams<{ bookingId: string }> };

export const metadata = bookingMetadata;

export default async function Page({ params }: Props) {
  const { kind, slug, bookingId } = await shopParams(params);
  return <BookingPage kind={kind} slug={slug} bookingId={bookingId} />;
}
