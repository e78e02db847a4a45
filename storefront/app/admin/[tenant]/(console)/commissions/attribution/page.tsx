import type { Metadata } from 'next';
import { AttributionPage } from '../../../../../../components/admin/mlas/AttributionPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { mt } from '../../../../../../lib/admin/mlas-messages';

export const metadata: Metadata = { title: mt('attribution.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <AttributionPage slug={(await params).tenant} params={await searchParams} />;
}
