import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { StoreLayout, storeLayoutMetadata } from '../../../components/pages/StoreLayout';

type Props = { children: ReactNode; params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return storeLayoutMetadata((await params).slug);
}

export default async function Layout({ children, params }: Props) {
  return (
    <StoreLayout kind="s" slug={(await params).slug}>
      {children}
    </StoreLayout>
  );
}
