import type { Metadata } from 'next';
import { ShipmentDetailPage } from '../../../../../../../components/admin/shipments/ShipmentDetailPage';
import type { SearchParams } from '../../../../../../../components/admin/pages/params';
import { st } from '../../../../../../../lib/shipments/messages';

export const metadata: Metadata = { title: st('title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string; shipmentId: string }>; searchParams: SearchParams }) {
  const { tenant, shipmentId } = await params;
  return <ShipmentDetailPage slug={tenant} shipmentId={shipmentId} params={await searchParams} />;
}
