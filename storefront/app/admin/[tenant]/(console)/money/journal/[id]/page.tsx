import type { Metadata } from 'next';
import { JournalEntryPage } from '../../../../../../../components/admin/ledger/JournalEntryPage';
import type { SearchParams } from '../../../../../../../components/admin/pages/params';
import { mt } from '../../../../../../../lib/admin/mlas-messages';

export const metadata: Metadata = { title: mt('journal.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string; id: string }>; searchParams: SearchParams }) {
  const { tenant, id } = await params;
  return <JournalEntryPage slug={tenant} entryId={id} params={await searchParams} />;
}
