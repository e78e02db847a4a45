import type { Metadata } from 'next';
import { SellPage, sellMetadata } from '../../../../components/pages/SellPage';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sellMetadata((await params).slug);
}

export default async function Page({ params }: Props) {
  return <SellPage slug={(await params).slug} />;
}
