import type { Metadata } from 'next';
import { SettingsPage } from '../../../../../components/admin/pages/SettingsPage';
import { st } from '../../../../../lib/settings/messages';

export const metadata: Metadata = { title: st('settings.title') };

export default async function Page({ params }: { params: Promise<{ tenant: string }> }) {
  return <SettingsPage slug={(await params).tenant} />;
}
