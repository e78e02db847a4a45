import type { Metadata } from 'next';
import { OrdersPage } from '../../../../../components/admin/orders/OrdersPage';
import type { SearchParams } from '../../../../../components/admin/pages/params';
import { t } from '../../../../../lib/messages';

export const metadata: Metadata = { title: t('admin.orders.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <OrdersPage slug={(await params).tenant} params={await searchParams} />;
}
