import type { Metadata } from 'next';
import { MovementsPage } from '../../../../../../components/admin/pages/MovementsPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { t } from '../../../../../../lib/messages';

export const metadata: Metadata = { title: t('admin.inventory.movements') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <MovementsPage slug={(await params).tenant} params={await searchParams} />;
}
