import type { Metadata } from 'next';
import { MoneyPage } from '../../../../../components/admin/money/MoneyPage';
import type { SearchParams } from '../../../../../components/admin/pages/params';
import { t } from '../../../../../lib/messages';

export const metadata: Metadata = { title: t('admin.money.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <MoneyPage slug={(await params).tenant} params={await searchParams} />;
}
