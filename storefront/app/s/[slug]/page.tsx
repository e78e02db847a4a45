import type { Metadata } from 'next';
import { HomePage, homeMetadata } from '../../../components/pages/HomePage';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return homeMetadata('s', (await params).slug);
}

export default async function Page({ params }: Props) {
  return <HomePage kind="s" slug={(await params).slug} />;
}
