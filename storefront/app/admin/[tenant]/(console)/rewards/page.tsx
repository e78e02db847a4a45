import type { Metadata } from 'next';
import { RewardsPage } from '../../../../../components/admin/pages/RewardsPage';
import type { SearchParams } from '../../../../../components/admin/pages/params';
import { rt } from '../../../../../lib/rewards/messages';

export const metadata: Metadata = { title: rt('rewards.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <RewardsPage slug={(await params).tenant} params={await searchParams} />;
}
