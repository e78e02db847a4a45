import type { Metadata } from 'next';
import { ProductPage, productMetadata } from '../../../../../components/pages/ProductPage';
import { shopMetadata, shopParams, type ShopRouteParams, type ShopSearchParams } from '../../../../../lib/shop-route';

type Props = { params: ShopRouteParams<{ product: string }>; searchParams: ShopSearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return shopMetadata(params, ({ kind, slug, product }) => productMetadata(kind, slug, product));
}

export default async function Page({ params, searchParams }: Props) {
  const { kind, slug, product } = await shopParams(params);
  const { variant } = await searchParams;
  return <ProductPage kind={kind} slug={slug} product={product} variant={typeof variant === 'string' ? variant : null} />;
}
