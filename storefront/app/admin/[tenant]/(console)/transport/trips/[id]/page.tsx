import type { Metadata } from 'next';
import { one, type SearchParams } from '../../../../../../../components/admin/pages/params';
import { ManifestPage } from '../../../../../../../components/admin/transport/ManifestPage';
import { tt } from '../../../../../../../lib/transport/messages';

export const metadata: Metadata = { title: tt('admin.manifest.pageTitle') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string; id: string }>; searchParams: SearchParams }) {
  const { tenant, id } = await params;
  return <ManifestPage slug={tenant} id={id} done={one(await searchParams, 'done')} />;
}
