import type { Metadata } from 'next';
import type { SearchParams } from '../../../../../../../components/admin/pages/params';
import { RouteEditPage } from '../../../../../../../components/admin/transport/RouteEditPage';
import { tt } from '../../../../../../../lib/transport/messages';

export const metadata: Metadata = { title: tt('admin.routes.newTitle') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <RouteEditPage slug={(await params).tenant} routeId={null} params={await searchParams} />;
}
