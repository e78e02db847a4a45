import type { Metadata } from 'next';
import { AgentProfilePage } from '../../../../../../components/admin/mlas/AgentProfilePage';
import { mt } from '../../../../../../lib/admin/mlas-messages';

export const metadata: Metadata = { title: mt('profile.title') };

export default async function Page({ params }: { params: Promise<{ tenant: string }> }) {
  return <AgentProfilePage slug={(await params).tenant} />;
}
