import type { Metadata } from 'next';
import { ConflictsPage } from '../../../../../../components/admin/pos/ConflictsPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { pt } from '../../../../../../lib/admin/pos-messages';

export const metadata: Metadata = { title: pt('conflicts.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <ConflictsPage slug={(await params).tenant} params={await searchParams} />;
}
