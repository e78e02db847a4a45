import type { Metadata } from 'next';
import { CommissionsPage } from '../../../../../components/admin/money/CommissionsPage';
import type { SearchParams } from '../../../../../components/admin/pages/params';
import { t } from '../../../../../lib/messages';

export const metadata: Metadata = { title: t('admin.money.commissions.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <CommissionsPage slug={(await params).tenant} params={await searchParams} />;
}
