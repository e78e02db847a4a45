import type { Metadata } from 'next';
import { MessagePage } from '../../../../../../components/admin/notifications/MessagesPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { nt } from '../../../../../../lib/admin/notification-messages';

export const metadata: Metadata = { title: nt('message.details') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string; id: string }>; searchParams: SearchParams }) {
  const { tenant, id } = await params;
  return <MessagePage slug={tenant} id={id} params={await searchParams} />;
}
