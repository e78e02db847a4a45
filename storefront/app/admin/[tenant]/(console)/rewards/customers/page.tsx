import type { Metadata } from 'next';
import { CustomerSearchPage } from '../../../../../../components/admin/pages/CustomerSearchPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { rt } from '../../../../../../lib/rewards/messages';

export const metadata: Metadata = { title: rt('rewards.findTitle') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <CustomerSearchPage slug={(await params).tenant} params={await searchParams} />;
}
