import type { Metadata } from 'next';
import { PromotionsPage } from '../../../../../../components/admin/pages/PromotionsPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { pt } from '../../../../../../lib/promotions/messages';

export const metadata: Metadata = { title: pt('promotions.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <PromotionsPage slug={(await params).tenant} params={await searchParams} />;
}
