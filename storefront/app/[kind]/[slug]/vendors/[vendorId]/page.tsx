import type { Metadata } from 'next';
import { VendorPage, vendorMetadata } from '../../../../../components/pages/ListingPages';
import { marketplaceMetadata, marketplaceParams, type ShopRouteParams, type ShopSearchParams } from '../../../../../lib/shop-route';

type Props = { params: ShopRouteParams<{ vendorId: string }>; searchParams: ShopSearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return marketplaceMetadata(params, ({ slug, vendorId }) => vendorMetadata(slug, vendorId));
}

export default async function Page({ params, searchParams }: Props) {
  const { slug, vendorId } = await marketplaceParams(params);
  return <VendorPage slug={slug} vendorId={vendorId} searchParams={await searchParams} />;
}
