import type { Metadata } from 'next';
import { DeliveriesPage } from '../../../../../../components/admin/shipments/DeliveriesPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { st } from '../../../../../../lib/shipments/messages';

export const metadata: Metadata = { title: st('riderTitle') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <DeliveriesPage slug={(await params).tenant} params={await searchParams} />;
}
