import type { Metadata } from 'next';
import { ReceiptsPage } from '../../../../../../components/admin/pos/ReceiptsPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { pt } from '../../../../../../lib/admin/pos-messages';

export const metadata: Metadata = { title: pt('receipts.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <ReceiptsPage slug={(await params).tenant} params={await searchParams} />;
}
