import type { Metadata } from 'next';
import { VendorsPage } from '../../../../../components/admin/pages/VendorsPage';
import type { SearchParams } from '../../../../../components/admin/pages/params';
import { t } from '../../../../../lib/messages';

export const metadata: Metadata = { title: t('admin.vendors.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <VendorsPage slug={(await params).tenant} params={await searchParams} />;
}
