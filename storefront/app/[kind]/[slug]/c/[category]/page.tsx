import type { Metadata } from 'next';
import { CategoryPage, categoryMetadata } from '../../../../../components/pages/ListingPages';
import { shopMetadata, shopParams, type ShopRouteParams, type ShopSearchParams } from '../../../../../lib/shop-route';

type Props = { params: ShopRouteParams<{ category: string }>; searchParams: ShopSearchParams };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return shopMetadata(params, async ({ kind, slug, category }) => categoryMetadata(kind, slug, category, await searchParams));
}

export default async function Page({ params, searchParams }: Props) {
  const { kind, slug, category } = await shopParams(params);
  return <CategoryPage kind={kind} slug={slug} category={category} searchParams={await searchParams} />;
}
