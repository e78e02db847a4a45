import type { Metadata } from 'next';
import { SearchPage, searchMetadata } from '../../../../components/pages/ListingPages';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return searchMetadata('m', (await params).slug, await searchParams);
}

export default async function Page({ params, searchParams }: Props) {
  return <SearchPage kind="m" slug={(await params).slug} searchParams={await searchParams} />;
}
