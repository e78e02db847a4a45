import type { Metadata } from 'next';
import { PrivacyPage } from '../../../../../../../components/admin/whatsapp/PrivacyPage';
import type { SearchParams } from '../../../../../../../components/admin/pages/params';
import { wt } from '../../../../../../../lib/admin/whatsapp-messages';

export const metadata: Metadata = { title: wt('privacy.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <PrivacyPage slug={(await params).tenant} params={await searchParams} />;
}
