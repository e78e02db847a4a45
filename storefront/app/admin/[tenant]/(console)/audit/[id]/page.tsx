import type { Metadata } from 'next';
import { AuditEventPage } from '../../../../../../components/admin/pages/AuditPage';
import { t } from '../../../../../../lib/messages';

export const metadata: Metadata = { title: t('admin.audit.eventTitle') };

export default async function Page({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant, id } = await params;
  return <AuditEventPage slug={tenant} id={id} />;
}
