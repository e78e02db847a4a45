import type { Metadata } from 'next';
import { ConversationPage } from '../../../../../../../components/admin/whatsapp/ConversationPage';
import { wt } from '../../../../../../../lib/admin/whatsapp-messages';

export const metadata: Metadata = { title: wt('inbox.title') };

export default async function Page({ params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant, id } = await params;
  return <ConversationPage slug={tenant} id={id} />;
}
