import type { Metadata } from 'next';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { ListingsPage } from '../../../../../../components/admin/transport/ListingsPage';
import { tt } from '../../../../../../lib/transport/messages';

export const metadata: Metadata = { title: tt('admin.listings.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <ListingsPage slug={(await params).tenant} params={await searchParams} />;
}
