import type { Metadata } from 'next';
import { PaymentsPage } from '../../../../../../components/admin/pages/PaymentsPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { st } from '../../../../../../lib/settings/messages';

export const metadata: Metadata = { title: st('payments.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <PaymentsPage slug={(await params).tenant} params={await searchParams} />;
}
