import type { Metadata } from 'next';
import { CustomerRewardsPage } from '../../../../../../../components/admin/pages/CustomerRewardsPage';
import type { SearchParams } from '../../../../../../../components/admin/pages/params';
import { rt } from '../../../../../../../lib/rewards/messages';

export const metadata: Metadata = { title: rt('rewards.customerTitle') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string; userId: string }>; searchParams: SearchParams }) {
  const { tenant, userId } = await params;
  return <CustomerRewardsPage slug={tenant} userId={decodeURIComponent(userId)} params={await searchParams} />;
}
