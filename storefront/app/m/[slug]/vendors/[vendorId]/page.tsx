import type { Metadata } from 'next';
import { VendorPage, vendorMetadata } from '../../../../../components/pages/ListingPages';

type Props = { params: Promise<{ slug: string; vendorId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, vendorId } = await params;
  return vendorMetadata(slug, vendorId);
}

export default async function Page({ params, searchParams }: Props) {
  const { slug, vendorId } = await params;
  return <VendorPage slug={slug} vendorId={vendorId} searchParams={await searchParams} />;
}
