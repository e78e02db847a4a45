import type { Metadata } from 'next';
import { CashiersPage } from '../../../../../../components/admin/pos/CashiersPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { pt } from '../../../../../../lib/admin/pos-messages';

export const metadata: Metadata = { title: pt('cashiers.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <CashiersPage slug={(await params).tenant} params={await searchParams} />;
}
