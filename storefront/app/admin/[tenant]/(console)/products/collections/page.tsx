import type { Metadata } from 'next';
import { CollectionsPage } from '../../../../../../components/admin/pages/CollectionsPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { ct } from '../../../../../../lib/admin/catalog-messages';

export const metadata: Metadata = { title: ct('collections.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <CollectionsPage slug={(await params).tenant} params={await searchParams} />;
}
