import type { Metadata } from 'next';
import type { SearchParams } from '../../../../../components/admin/pages/params';
import { TenantsPage } from '../../../../../components/admin/pages/TenantsPage';
import { t } from '../../../../../lib/messages';

export const metadata: Metadata = { title: t('admin.tenants.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <TenantsPage slug={(await params).tenant} params={await searchParams} />;
}
