import type { Metadata } from 'next';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { ReturnDetailPage } from '../../../../../../components/admin/returns/ReturnsPages';
import { rt } from '../../../../../../lib/returns/messages';

export const metadata: Metadata = { title: rt('admin.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string; id: string }>; searchParams: SearchParams }) {
  const { tenant, id } = await params;
  return <ReturnDetailPage slug={tenant} id={id} params={await searchParams} />;
}
