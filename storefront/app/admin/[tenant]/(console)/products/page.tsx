import type { Metadata } from 'next';
import { ProductsPage } from '../../../../../components/admin/pages/ProductsPage';
import type { SearchParams } from '../../../../../components/admin/pages/params';
import { t } from '../../../../../lib/messages';

export const metadata: Metadata = { title: t('admin.products.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <ProductsPage slug={(await params).tenant} params={await searchParams} />;
}
