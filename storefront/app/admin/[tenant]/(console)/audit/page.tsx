import type { Metadata } from 'next';
import { AuditPage } from '../../../../../components/admin/pages/AuditPage';
import type { SearchParams } from '../../../../../components/admin/pages/params';
import { t } from '../../../../../lib/messages';

export const metadata: Metadata = { title: t('admin.audit.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <AuditPage slug={(await params).tenant} params={await searchParams} />;
}
