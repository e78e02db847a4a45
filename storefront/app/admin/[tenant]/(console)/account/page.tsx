import type { Metadata } from 'next';
import { AccountPage } from '../../../../../components/admin/pages/AccountPage';
import { t } from '../../../../../lib/messages';

export const metadata: Metadata = { title: t('admin.account.title') };

export default async function Page({ params }: { params: Promise<{ tenant: string }> }) {
  return <AccountPage slug={(await params).tenant} />;
}
