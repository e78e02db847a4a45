import type { Metadata } from 'next';
import { ShippingPage } from '../../../../../../components/admin/pages/ShippingPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { st } from '../../../../../../lib/settings/messages';

export const metadata: Metadata = { title: st('shipping.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <ShippingPage slug={(await params).tenant} params={await searchParams} />;
}
