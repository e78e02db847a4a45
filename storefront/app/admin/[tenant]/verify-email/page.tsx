import type { Metadata } from 'next';
import { VerifyEmail } from '../../../../components/account/AccountLinkPages';
import { AdminDoor } from '../../../../components/account/AdminDoor';
import { param } from '../../../../components/shop/messages';
import { adminBase } from '../../../../lib/admin/access';
import { t } from '../../../../lib/messages';

export const metadata: Metadata = { title: t('accountLink.verify.title'), robots: { index: false, follow: false }, referrer: 'no-referrer' };

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminVerifyEmailPage({ params, searchParams }: Props) {
  const { tenant: slug } = await params;
  const token = param((await searchParams).token);
  return <AdminDoor slug={slug}>{(tenant) => <VerifyEmail surface="admin" slug={tenant.slug} base={adminBase(tenant.slug)} token={token} continueHref={adminBase(tenant.slug)} />}</AdminDoor>;
}
