import type { Metadata } from 'next';
import { VendorsPage, vendorsMetadata } from '../../../../components/pages/VendorsPage';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return vendorsMetadata((await params).slug);
}

export default async function Page({ params, searchParams }: Props) {
  const { after } = await searchParams;
  return <VendorsPage slug={(await params).slug} after={typeof after === 'string' && after ? after : null} />;
}
