import type { Metadata } from 'next';
import { AlertsPage } from '../../../../../../components/admin/pages/AlertsPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { t } from '../../../../../../lib/messages';

export const metadata: Metadata = { title: t('admin.inventory.alerts') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <AlertsPage slug={(await params).tenant} params={await searchParams} />;
}
