import type { Metadata } from 'next';
import { BulkPricePage } from '../../../../../../components/admin/pages/BulkPricePage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { t } from '../../../../../../lib/messages';

export const metadata: Metadata = { title: t('admin.bulk.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <BulkPricePage slug={(await params).tenant} params={await searchParams} />;
}
