import type { Metadata } from 'next';
import { CashPage } from '../../../../../components/admin/cash/CashPage';
import type { SearchParams } from '../../../../../components/admin/pages/params';
import { t } from '../../../../../lib/messages';

export const metadata: Metadata = { title: t('admin.cash.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <CashPage slug={(await params).tenant} params={await searchParams} />;
}
