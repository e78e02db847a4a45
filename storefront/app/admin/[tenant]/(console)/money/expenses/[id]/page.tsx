import type { Metadata } from 'next';
import { ExpensePage } from '../../../../../../../components/admin/ledger/ExpensePage';
import type { SearchParams } from '../../../../../../../components/admin/pages/params';
import { ext } from '../../../../../../../lib/expenses/messages';

export const metadata: Metadata = { title: ext('title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string; id: string }>; searchParams: SearchParams }) {
  const { tenant, id } = await params;
  return <ExpensePage slug={tenant} id={id} params={await searchParams} />;
}
