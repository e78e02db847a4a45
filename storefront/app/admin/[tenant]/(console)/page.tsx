import type { Metadata } from 'next';
import { DashboardPage } from '../../../../components/admin/pages/DashboardPage';
import { t } from '../../../../lib/messages';

export const metadata: Metadata = { title: t('admin.nav.dashboard') };

export default async function Page({ params }: { params: Promise<{ tenant: string }> }) {
  return <DashboardPage slug={(await params).tenant} />;
}
