import { BookingPage, bookingMetadata } from '../../../../../../components/transport/BookingPage';

type Props = { params: Promise<{ slug: string; bookingId: string }> };

export const metadata = bookingMetadata;

export default async function Page({ params }: Props) {
  const { slug, bookingId } = await params;
  return <BookingPage kind="s" slug={slug} bookingId={bookingId} />;
}
