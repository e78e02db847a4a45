import type { Metadata } from 'next';
import { VehicleNewPage } from '../../../../../../../components/admin/transport/VehiclesPage';
import { tt } from '../../../../../../../lib/transport/messages';

export const metadata: Metadata = { title: tt('admin.vehicles.newTitle') };

export default async function Page({ params }: { params: Promise<{ tenant: string }> }) {
  return <VehicleNewPage slug={(await params).tenant} />;
}
