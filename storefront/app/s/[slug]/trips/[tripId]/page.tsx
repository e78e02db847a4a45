import type { Metadata } from 'next';
import { TripPage, tripMetadata } from '../../../../../components/transport/TripPage';

type Props = { params: Promise<{ slug: string; tripId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, tripId } = await params;
  return tripMetadata(slug, tripId);
}

export default async function Page({ params }: Props) {
  const { slug, tripId } = await params;
  return <TripPage kind="s" slug={slug} tripId={tripId} />;
}
