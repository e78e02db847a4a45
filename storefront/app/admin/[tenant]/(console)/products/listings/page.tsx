import type { Metadata } from 'next';
import { ListingsPage } from '../../../../../../components/admin/pages/ListingsPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { ct } from '../../../../../../lib/admin/catalog-messages';

export const metadata: Metadata = { title: ct('listings.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <ListingsPage slug={(await params).tenant} params={await searchParams} />;
}
