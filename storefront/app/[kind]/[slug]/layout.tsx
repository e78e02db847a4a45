import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { StoreLayout, storeLayoutMetadata, storeLayoutViewport } from '../../../components/pages/StoreLayout';
import { shopMetadata, shopParams, type ShopRouteParams } from '../../../lib/shop-route';

type Props = { children: ReactNode; params: ShopRouteParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return shopMetadata(params, ({ kind, slug }) => storeLayoutMetadata(kind, slug));
}

export async function generateViewport({ params }: Pick<Props, 'params'>): Promise<Viewport> {
  const { slug } = await params;
  return storeLayoutViewport(slug);
}

export default async function Layout({ children, params }: Props) {
  const { kind, slug } = await shopParams(params);
  return (
    <StoreLayout kind={kind} slug={slug}>
      {children}
    </StoreLayout>
  );
}
