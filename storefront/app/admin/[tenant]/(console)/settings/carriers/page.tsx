import type { Metadata } from 'next';
import { KwikSettingsPage } from '../../../../../../components/admin/shipments/KwikSettingsPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { st } from '../../../../../../lib/shipments/messages';

export const metadata: Metadata = { title: st('kwik.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <KwikSettingsPage slug={(await params).tenant} params={await searchParams} />;
}
