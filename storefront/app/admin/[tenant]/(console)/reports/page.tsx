import type { Metadata } from 'next';
import type { SearchParams } from '../../../../../components/admin/pages/params';
import { ReportsPage } from '../../../../../components/admin/pages/ReportsPage';
import { t } from '../../../../../lib/messages';

export const metadata: Metadata = { title: t('admin.reports.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <ReportsPage slug={(await params).tenant} params={await searchParams} />;
}
