import type { Metadata } from 'next';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { SubscriptionsAdminPage } from '../../../../../../components/admin/subscriptions/SubscriptionsPage';
import { sm } from '../../../../../../lib/shop/subscription-messages';

export const metadata: Metadata = { title: sm('admin.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <SubscriptionsAdminPage slug={(await params).tenant} params={await searchParams} />;
}
