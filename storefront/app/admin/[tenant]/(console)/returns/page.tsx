import type { Metadata } from 'next';
import type { SearchParams } from '../../../../../components/admin/pages/params';
import { ReturnsPage } from '../../../../../components/admin/returns/ReturnsPages';
import { rt } from '../../../../../lib/returns/messages';

export const metadata: Metadata = { title: rt('admin.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <ReturnsPage slug={(await params).tenant} params={await searchParams} />;
}
