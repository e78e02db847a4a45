import type { Metadata } from 'next';
import { SettingsPage } from '../../../../../../../components/admin/whatsapp/SettingsPage';
import type { SearchParams } from '../../../../../../../components/admin/pages/params';
import { wt } from '../../../../../../../lib/admin/whatsapp-messages';

export const metadata: Metadata = { title: wt('settings.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <SettingsPage slug={(await params).tenant} params={await searchParams} />;
}
