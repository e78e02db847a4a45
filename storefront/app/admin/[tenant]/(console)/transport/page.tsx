import type { Metadata } from 'next';
import type { SearchParams } from '../../../../../components/admin/pages/params';
import { RoutesPage } from '../../../../../components/admin/transport/RoutesPage';
import { tt } from '../../../../../lib/transport/messages';

export const metadata: Metadata = { title: tt('admin.routes.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <RoutesPage slug={(await params).tenant} params={await searchParams} />;
}
