import type { Metadata } from 'next';
import { PayoutBatchPage } from '../../../../../../../components/admin/money/PayoutBatchPage';
import type { SearchParams } from '../../../../../../../components/admin/pages/params';
import { t } from '../../../../../../../lib/messages';

export const metadata: Metadata = { title: t('admin.money.payouts') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string; id: string }>; searchParams: SearchParams }) {
  const { tenant, id } = await params;
  return <PayoutBatchPage slug={tenant} batchId={id} params={await searchParams} />;
}
