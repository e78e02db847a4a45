import type { Metadata } from 'next';
import { OwnVendorStatementPage } from '../../../../../../components/admin/ledger/OwnVendorStatementPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { t } from '../../../../../../lib/messages';

export const metadata: Metadata = { title: t('admin.reports.kind.vendors') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <OwnVendorStatementPage slug={(await params).tenant} params={await searchParams} />;
}
