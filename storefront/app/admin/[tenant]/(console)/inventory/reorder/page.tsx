import type { Metadata } from 'next';
import { ReorderPage } from '../../../../../../components/admin/pages/ReorderPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { st } from '../../../../../../lib/settings/messages';

export const metadata: Metadata = { title: st('reorder.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <ReorderPage slug={(await params).tenant} params={await searchParams} />;
}
