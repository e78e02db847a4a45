import { CheckoutPage, checkoutMetadata } from '../../../../../../components/transport/CheckoutPage';

type Props = { params: Promise<{ slug: string; tripId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata = checkoutMetadata;

export default async function Page({ params, searchParams }: Props) {
  const { slug, tripId } = await params;
  const { error, field } = await searchParams;
  return <CheckoutPage kind="s" slug={slug} tripId={tripId} error={typeof error === 'string' ? error : null} errorField={typeof field === 'string' ? field : null} />;
}
