import type { Metadata } from 'next';
import { ShipmentsPage } from '../../../../../../components/admin/shipments/ShipmentsPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { st } from '../../../../../../lib/shipments/messages';

export const metadata: Metadata = { title: st('title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <ShipmentsPage slug={(await params).tenant} params={await searchParams} />;
}
