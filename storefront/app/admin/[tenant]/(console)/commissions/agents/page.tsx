import type { Metadata } from 'next';
import { AgentsPage } from '../../../../../../components/admin/mlas/AgentsPage';
import { mt } from '../../../../../../lib/admin/mlas-messages';

export const metadata: Metadata = { title: mt('agents.title') };

export default async function Page({ params }: { params: Promise<{ tenant: string }> }) {
  return <AgentsPage slug={(await params).tenant} />;
}
