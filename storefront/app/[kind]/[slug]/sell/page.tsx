import type { Metadata } from 'next';
import { SellPage, sellMetadata } from '../../../../components/pages/SellPage';
import { marketplaceMetadata, marketplaceParams, type ShopRouteParams } from '../../../../lib/shop-route';

type Props = { params: ShopRouteParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return marketplaceMetadata(params, ({ slug }) => sellMetadata(slug));
}

export default async function Page({ params }: Props) {
  return <SellPage slug={(await marketplaceParams(params)).slug} />;
}
