import { TripSearchPage, tripSearchMetadata } from '../../../../components/transport/TripSearchPage';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata = tripSearchMetadata;

export default async function Page({ params, searchParams }: Props) {
  return <TripSearchPage kind="s" slug={(await params).slug} searchParams={await searchParams} />;
}
