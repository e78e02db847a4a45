import type { Metadata } from 'next';
import { TrialBalancePage } from '../../../../../../components/admin/ledger/TrialBalancePage';
import { mt } from '../../../../../../lib/admin/mlas-messages';

export const metadata: Metadata = { title: mt('trial.title') };

export default async function Page({ params }: { params: Promise<{ tenant: string }> }) {
  return <TrialBalancePage slug={(await params).tenant} />;
}
