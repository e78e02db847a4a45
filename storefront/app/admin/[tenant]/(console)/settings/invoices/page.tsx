import type { Metadata } from 'next';
import { InvoiceSettingsPage } from '../../../../../../components/invoices/InvoiceSettingsPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { invt } from '../../../../../../lib/invoices/messages';

export const metadata: Metadata = { title: invt('invoices.settings.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <InvoiceSettingsPage slug={(await params).tenant} params={await searchParams} />;
}
