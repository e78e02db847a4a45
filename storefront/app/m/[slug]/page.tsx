import type { Metadata } from 'next';
import { StorefrontPage, storefrontMetadata } from '../../../components/StorefrontPage';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return storefrontMetadata((await params).slug);
}

export default async function Page({ params }: Props) {
  return <StorefrontPage kind="m" slug={(await params).slug} />;
}
