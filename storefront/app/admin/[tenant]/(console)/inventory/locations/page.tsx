import type { Metadata } from 'next';
import { LocationsPage } from '../../../../../../components/admin/pages/LocationsPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { st } from '../../../../../../lib/settings/messages';

export const metadata: Metadata = { title: st('locations.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <LocationsPage slug={(await params).tenant} params={await searchParams} />;
}
