import type { Metadata } from 'next';
import { SimulatorPage } from '../../../../../../../components/admin/whatsapp/SimulatorPage';
import { wt } from '../../../../../../../lib/admin/whatsapp-messages';

export const metadata: Metadata = { title: wt('simulator.title') };

export default async function Page({ params }: { params: Promise<{ tenant: string }> }) {
  return <SimulatorPage slug={(await params).tenant} />;
}
