import type { Metadata } from 'next';
import { MailboxPage } from '../../../../../components/admin/notifications/MailboxPage';
import type { SearchParams } from '../../../../../components/admin/pages/params';
import { nt } from '../../../../../lib/admin/notification-messages';

export const metadata: Metadata = { title: nt('mailbox.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <MailboxPage slug={(await params).tenant} params={await searchParams} />;
}
