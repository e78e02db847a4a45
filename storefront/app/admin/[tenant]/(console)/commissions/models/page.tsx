import type { Metadata } from 'next';
import { RevenueModelsPage } from '../../../../../../components/admin/mlas/RevenueModelsPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { mt } from '../../../../../../lib/admin/mlas-messages';

export const metadata: Metadata = { title: mt('models.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <RevenueModelsPage slug={(await params).tenant} params={await searchParams} />;
}
