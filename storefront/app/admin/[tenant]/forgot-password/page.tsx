import type { Metadata } from 'next';
import { ForgotPassword } from '../../../../components/account/AccountLinkPages';
import { AdminDoor } from '../../../../components/account/AdminDoor';
import { adminBase } from '../../../../lib/admin/access';
import { t } from '../../../../lib/messages';

export const metadata: Metadata = { title: t('accountLink.forgot.title'), robots: { index: false, follow: false } };

export default async function AdminForgotPasswordPage({ params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  return <AdminDoor slug={slug}>{(tenant) => <ForgotPassword surface="admin" slug={tenant.slug} base={adminBase(tenant.slug)} tenantName={tenant.name} />}</AdminDoor>;
}
