import type { Metadata } from 'next';
import { CategoryPage, categoryMetadata } from '../../../../../components/pages/ListingPages';

type Props = { params: Promise<{ slug: string; category: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { slug, category } = await params;
  return categoryMetadata('m', slug, category, await searchParams);
}

export default async function Page({ params, searchParams }: Props) {
  const { slug, category } = await params;
  return <CategoryPage kind="m" slug={slug} category={category} searchParams={await searchParams} />;
}
