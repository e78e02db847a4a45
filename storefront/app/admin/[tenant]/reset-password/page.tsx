import type { Metadata } from 'next';
import { ResetPassword } from '../../../../components/account/AccountLinkPages';
import { AdminDoor } from '../../../../components/account/AdminDoor';
import { param } from '../../../../components/shop/messages';
import { adminBase } from '../../../../lib/admin/access';
import { t } from '../../../../lib/messages';

export const metadata: Metadata = { title: t('accountLink.reset.title'), robots: { index: false, follow: false }, referrer: 'no-referrer' };

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminResetPasswordPage({ params, searchParams }: Props) {
  const { tenant: slug } = await params;
  const token = param((await searchParams).token);
  return <AdminDoor slug={slug}>{(tenant) => <ResetPassword surface="admin" slug={tenant.slug} base={adminBase(tenant.slug)} token={token} />}</AdminDoor>;
}
