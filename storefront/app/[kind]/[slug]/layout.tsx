import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { StoreLayout, storeLayoutMetadata } from '../../../components/pages/StoreLayout';
import { shopMetadata, shopParams, type ShopRouteParams } from '../../../lib/shop-route';

type Props = { children: ReactNode; params: ShopRouteParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return shopMetadata(params, ({ slug }) => storeLayoutMetadata(slug));
}

export default async function Layout({ children, params }: Props) {
  const { kind, slug } = await shopParams(params);
  return (
    <StoreLayout kind={kind} slug={slug}>
      {children}
    </StoreLayout>
  );
}
