import type { Metadata } from 'next';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { TripsPage } from '../../../../../../components/admin/transport/TripsPage';
import { tt } from '../../../../../../lib/transport/messages';

export const metadata: Metadata = { title: tt('admin.trips.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <TripsPage slug={(await params).tenant} params={await searchParams} />;
}
