import type { Metadata } from 'next';
import { CouponsPage } from '../../../../../components/admin/pages/CouponsPage';
import type { SearchParams } from '../../../../../components/admin/pages/params';
import { ct } from '../../../../../lib/coupons/messages';

export const metadata: Metadata = { title: ct('coupons.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <CouponsPage slug={(await params).tenant} params={await searchParams} />;
}
