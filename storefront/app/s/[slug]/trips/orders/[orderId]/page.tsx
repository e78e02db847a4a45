import { TripOrderPage, tripOrderMetadata } from '../../../../../../components/transport/TripOrderPage';

type Props = { params: Promise<{ slug: string; orderId: string }> };

export const metadata = tripOrderMetadata;

export default async function Page({ params }: Props) {
  const { slug, orderId } = await params;
  return <TripOrderPage kind="s" slug={slug} orderId={orderId} />;
}
