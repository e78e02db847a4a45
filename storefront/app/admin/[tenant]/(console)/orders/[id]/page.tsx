import type { Metadata } from 'next';
import { OrderDetailPage } from '../../../../../../components/admin/orders/OrderDetailPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { t } from '../../../../../../lib/messages';

export const metadata: Metadata = { title: t('admin.orders.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string; id: string }>; searchParams: SearchParams }) {
  const { tenant, id } = await params;
  return <OrderDetailPage slug={tenant} orderId={id} params={await searchParams} />;
}
