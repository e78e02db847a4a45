import type { Metadata } from 'next';
import { ShopSettingsPage } from '../../../../../../components/admin/pages/ShopSettingsPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { st } from '../../../../../../lib/settings/messages';

export const metadata: Metadata = { title: st('shop.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <ShopSettingsPage slug={(await params).tenant} params={await searchParams} />;
}
