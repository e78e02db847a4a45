import type { Metadata } from 'next';
import { ManifestPage } from '../../../../../../../components/admin/transport/ManifestPage';
import { tt } from '../../../../../../../lib/transport/messages';

export const metadata: Metadata = { title: tt('admin.manifest.pageTitle') };

export default async function Page({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant, id } = await params;
  return <ManifestPage slug={tenant} id={id} />;
}
