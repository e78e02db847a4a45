import type { Metadata } from 'next';
import { InvoicesPage } from '../../../../../../components/invoices/InvoicesPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { invt } from '../../../../../../lib/invoices/messages';

export const metadata: Metadata = { title: invt('invoices.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <InvoicesPage slug={(await params).tenant} params={await searchParams} />;
}
