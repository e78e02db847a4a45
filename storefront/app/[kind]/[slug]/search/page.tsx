import type { Metadata } from 'next';
import { SearchPage, searchMetadata } from '../../../../components/pages/ListingPages';
import { shopMetadata, shopParams, type ShopRouteParams, type ShopSearchParams } from '../../../../lib/shop-route';

type Props = { params: ShopRouteParams; searchParams: ShopSearchParams };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return shopMetadata(params, async ({ kind, slug }) => searchMetadata(kind, slug, await searchParams));
}

export default async function Page({ params, searchParams }: Props) {
  const { kind, slug } = await shopParams(params);
  return <SearchPage kind={kind} slug={slug} searchParams={await searchParams} />;
}
