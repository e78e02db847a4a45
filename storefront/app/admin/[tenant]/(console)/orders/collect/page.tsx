import type { Metadata } from 'next';
import { CollectPage } from '../../../../../../components/admin/pay-on-delivery/CollectPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { t } from '../../../../../../lib/messages';

export const metadata: Metadata = { title: t('admin.pod.collectTitle') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <CollectPage slug={(await params).tenant} params={await searchParams} />;
}
