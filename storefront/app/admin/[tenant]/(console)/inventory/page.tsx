import type { Metadata } from 'next';
import { InventoryPage } from '../../../../../components/admin/pages/InventoryPage';
import type { SearchParams } from '../../../../../components/admin/pages/params';
import { t } from '../../../../../lib/messages';

export const metadata: Metadata = { title: t('admin.inventory.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <InventoryPage slug={(await params).tenant} params={await searchParams} />;
}
