import type { Metadata } from 'next';
import { ShipOrderPage } from '../../../../../../../components/admin/shipments/ShipOrderPage';
import { st } from '../../../../../../../lib/shipments/messages';

export const metadata: Metadata = { title: st('shipLink') };

export default async function Page({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant, id } = await params;
  return <ShipOrderPage slug={tenant} orderId={id} />;
}
