import type { Metadata } from 'next';
import { AccountPage } from '../../../../../components/admin/pages/AccountPage';
import { t } from '../../../../../lib/messages';

export const metadata: Metadata = { title: t('admin.account.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const done = (await searchParams).done;
  return <AccountPage slug={(await params).tenant} done={typeof done === 'string' ? done : undefined} />;
}
