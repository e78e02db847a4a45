import type { Metadata } from 'next';
import { SessionsPage } from '../../../../../../components/admin/pos/SessionsPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { pt } from '../../../../../../lib/admin/pos-messages';

export const metadata: Metadata = { title: pt('sessions.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <SessionsPage slug={(await params).tenant} params={await searchParams} />;
}
