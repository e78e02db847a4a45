import type { Metadata } from 'next';
import { VendorsPage, vendorsMetadata } from '../../../../components/pages/VendorsPage';
import { marketplaceMetadata, marketplaceParams, type ShopRouteParams, type ShopSearchParams } from '../../../../lib/shop-route';

type Props = { params: ShopRouteParams; searchParams: ShopSearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return marketplaceMetadata(params, ({ slug }) => vendorsMetadata(slug));
}

export default async function Page({ params, searchParams }: Props) {
  const { slug } = await marketplaceParams(params);
  const { after } = await searchParams;
  return <VendorsPage slug={slug} after={typeof after === 'string' && after ? after : null} />;
}
