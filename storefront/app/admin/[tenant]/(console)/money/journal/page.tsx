import type { Metadata } from 'next';
import { JournalPage } from '../../../../../../components/admin/ledger/JournalPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { mt } from '../../../../../../lib/admin/mlas-messages';

export const metadata: Metadata = { title: mt('journal.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <JournalPage slug={(await params).tenant} params={await searchParams} />;
}
