import type { Metadata } from 'next';
import { InboxPage } from '../../../../../../components/admin/whatsapp/InboxPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { wt } from '../../../../../../lib/admin/whatsapp-messages';

export const metadata: Metadata = { title: wt('inbox.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <InboxPage slug={(await params).tenant} params={await searchParams} />;
}
