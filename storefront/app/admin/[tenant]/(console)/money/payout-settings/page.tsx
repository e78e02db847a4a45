import type { Metadata } from 'next';
import { PayoutSettingsPage } from '../../../../../../components/admin/ledger/PayoutSettingsPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { mt } from '../../../../../../lib/admin/mlas-messages';

export const metadata: Metadata = { title: mt('payouts.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <PayoutSettingsPage slug={(await params).tenant} params={await searchParams} />;
}
