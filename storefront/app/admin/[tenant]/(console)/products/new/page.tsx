import type { Metadata } from 'next';
import { ProductNewPage } from '../../../../../../components/admin/pages/ProductNewPage';
import { one, type SearchParams } from '../../../../../../components/admin/pages/params';
import { t } from '../../../../../../lib/messages';

export const metadata: Metadata = { title: t('admin.products.new') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <ProductNewPage slug={(await params).tenant} rowsParam={one(await searchParams, 'rows')} />;
}
