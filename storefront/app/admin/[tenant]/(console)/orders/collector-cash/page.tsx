import type { Metadata } from 'next';
import { CollectorCashPage } from '../../../../../../components/admin/pay-on-delivery/CollectorCashPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { t } from '../../../../../../lib/messages';

export const metadata: Metadata = { title: t('admin.pod.cashTitle') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <CollectorCashPage slug={(await params).tenant} params={await searchParams} />;
}
