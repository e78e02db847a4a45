import type { Metadata } from 'next';
import { CatalogSettingsPage } from '../../../../../../components/admin/pages/CatalogSettingsPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { ct } from '../../../../../../lib/admin/catalog-messages';

export const metadata: Metadata = { title: ct('settings.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <CatalogSettingsPage slug={(await params).tenant} params={await searchParams} />;
}
