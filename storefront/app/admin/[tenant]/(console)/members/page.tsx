import type { Metadata } from 'next';
import { MembersPage } from '../../../../../components/admin/pages/MembersPage';
import type { SearchParams } from '../../../../../components/admin/pages/params';
import { t } from '../../../../../lib/messages';

export const metadata: Metadata = { title: t('admin.members.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <MembersPage slug={(await params).tenant} params={await searchParams} />;
}
