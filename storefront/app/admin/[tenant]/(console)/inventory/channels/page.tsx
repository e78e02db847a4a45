import type { Metadata } from 'next';
import { ChannelsPage } from '../../../../../../components/admin/pages/ChannelsPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { st } from '../../../../../../lib/settings/messages';

export const metadata: Metadata = { title: st('channels.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <ChannelsPage slug={(await params).tenant} params={await searchParams} />;
}
