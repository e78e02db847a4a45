import type { Metadata } from 'next';
import { ZReportPage } from '../../../../../../../components/admin/pos/SessionsPage';
import { pt } from '../../../../../../../lib/admin/pos-messages';

export const metadata: Metadata = { title: pt('z.pageTitle') };

export default async function Page({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant, id } = await params;
  return <ZReportPage slug={tenant} id={id} />;
}
