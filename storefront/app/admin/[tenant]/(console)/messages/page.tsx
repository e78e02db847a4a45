import type { Metadata } from 'next';
import { MessagesPage } from '../../../../../components/admin/notifications/MessagesPage';
import type { SearchParams } from '../../../../../components/admin/pages/params';
import { nt } from '../../../../../lib/admin/notification-messages';

export const metadata: Metadata = { title: nt('title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <MessagesPage slug={(await params).tenant} params={await searchParams} />;
}
