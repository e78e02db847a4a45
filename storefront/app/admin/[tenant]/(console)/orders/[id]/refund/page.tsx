import type { Metadata } from 'next';
import { RefundConfirmPage } from '../../../../../../../components/admin/orders/RefundConfirmPage';
import type { SearchParams } from '../../../../../../../components/admin/pages/params';
import { t } from '../../../../../../../lib/messages';

export const metadata: Metadata = { title: t('admin.orders.refundConfirmTitle') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string; id: string }>; searchParams: SearchParams }) {
  const { tenant, id } = await params;
  return <RefundConfirmPage slug={tenant} orderId={id} params={await searchParams} />;
}
