import type { Metadata } from 'next';
import { ProvidersPage } from '../../../../../../components/admin/notifications/ProvidersPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { nt } from '../../../../../../lib/admin/notification-messages';

export const metadata: Metadata = { title: nt('providers.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <ProvidersPage slug={(await params).tenant} params={await searchParams} />;
}
