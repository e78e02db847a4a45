import { AddressesPage, addressesMetadata } from '../../../../../components/shop/pages/AddressesPage';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata = addressesMetadata;

export default async function Page({ params, searchParams }: Props) {
  return <AddressesPage kind="s" slug={(await params).slug} params={await searchParams} />;
}
