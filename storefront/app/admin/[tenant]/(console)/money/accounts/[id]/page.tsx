import type { Metadata } from 'next';
import { StatementPage } from '../../../../../../../components/admin/money/StatementPage';
import type { SearchParams } from '../../../../../../../components/admin/pages/params';
import { t } from '../../../../../../../lib/messages';

export const metadata: Metadata = { title: t('admin.money.statement') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string; id: string }>; searchParams: SearchParams }) {
  const { tenant, id } = await params;
  return <StatementPage slug={tenant} accountId={id} params={await searchParams} />;
}
