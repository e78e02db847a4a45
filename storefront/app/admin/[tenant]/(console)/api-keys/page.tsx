import type { Metadata } from 'next';
import { ApiKeysPage } from '../../../../../components/admin/pages/ApiKeysPage';
import type { SearchParams } from '../../../../../components/admin/pages/params';
import { t } from '../../../../../lib/messages';

export const metadata: Metadata = { title: t('admin.apiKeys.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <ApiKeysPage slug={(await params).tenant} params={await searchParams} />;
}
