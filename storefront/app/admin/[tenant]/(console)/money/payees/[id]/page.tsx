import type { Metadata } from 'next';
import { PayeeBankPage } from '../../../../../../../components/admin/money/PayeeBankPage';
import type { SearchParams } from '../../../../../../../components/admin/pages/params';
import { t } from '../../../../../../../lib/messages';

export const metadata: Metadata = { title: t('admin.payoutBank.pageTitle') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string; id: string }>; searchParams: SearchParams }) {
  const { tenant, id } = await params;
  return <PayeeBankPage slug={tenant} vendorId={id} params={await searchParams} />;
}
