import type { Metadata } from 'next';
import { AgentPage } from '../../../../../../../components/admin/mlas/AgentPage';
import type { SearchParams } from '../../../../../../../components/admin/pages/params';
import { mt } from '../../../../../../../lib/admin/mlas-messages';

export const metadata: Metadata = { title: mt('agents.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string; id: string }>; searchParams: SearchParams }) {
  const { tenant, id } = await params;
  return <AgentPage slug={tenant} agentId={id} params={await searchParams} />;
}
