import type { Metadata } from 'next';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { VehiclesPage } from '../../../../../../components/admin/transport/VehiclesPage';
import { tt } from '../../../../../../lib/transport/messages';

export const metadata: Metadata = { title: tt('admin.vehicles.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <VehiclesPage slug={(await params).tenant} params={await searchParams} />;
}
