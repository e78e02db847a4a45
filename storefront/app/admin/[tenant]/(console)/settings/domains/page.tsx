import type { Metadata } from 'next';
import { DomainsPage } from '../../../../../../components/admin/pages/DomainsPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { t } from '../../../../../../lib/messages';

export const metadata: Metadata = { title: t('admin.domains.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <DomainsPage slug={(await params).tenant} params={await searchParams} />;
}
