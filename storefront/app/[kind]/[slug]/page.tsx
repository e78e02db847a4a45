import type { Metadata } from 'next';
import { HomePage, homeMetadata } from '../../../components/pages/HomePage';
import { shopMetadata, shopParams, type ShopRouteParams } from '../../../lib/shop-route';

type Props = { params: ShopRouteParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return shopMetadata(params, ({ kind, slug }) => homeMetadata(kind, slug));
}

export default async function Page({ params }: Props) {
  const { kind, slug } = await shopParams(params);
  return <HomePage kind={kind} slug={slug} />;
}
