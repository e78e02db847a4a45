import type { Metadata } from 'next';
import { ExpensesPage } from '../../../../../../components/admin/ledger/ExpensesPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { ext } from '../../../../../../lib/expenses/messages';

export const metadata: Metadata = { title: ext('title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <ExpensesPage slug={(await params).tenant} params={await searchParams} />;
}
