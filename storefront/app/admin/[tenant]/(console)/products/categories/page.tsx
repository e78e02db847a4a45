import type { Metadata } from 'next';
import { CategoriesPage } from '../../../../../../components/admin/pages/CategoriesPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { t } from '../../../../../../lib/messages';

export const metadata: Metadata = { title: t('admin.categories.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <CategoriesPage slug={(await params).tenant} params={await searchParams} />;
}
