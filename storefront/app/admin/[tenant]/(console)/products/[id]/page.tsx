import type { Metadata } from 'next';
import { ProductEditPage } from '../../../../../../components/admin/pages/ProductEditPage';
import { one, type SearchParams } from '../../../../../../components/admin/pages/params';
import { t } from '../../../../../../lib/messages';

export const metadata: Metadata = { title: t('admin.products.edit') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string; id: string }>; searchParams: SearchParams }) {
  const { tenant, id } = await params;
  return <ProductEditPage slug={tenant} id={id} saved={one(await searchParams, 'saved')} />;
}
