import type { Metadata } from 'next';
import { ProductPage, productMetadata } from '../../../../../components/pages/ProductPage';

type Props = { params: Promise<{ slug: string; product: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, product } = await params;
  return productMetadata('s', slug, product);
}

export default async function Page({ params, searchParams }: Props) {
  const { slug, product } = await params;
  const { variant } = await searchParams;
  return <ProductPage kind="s" slug={slug} product={product} variant={typeof variant === 'string' ? variant : null} />;
}
