import type { Metadata } from 'next';
import type { SearchParams } from '../../../../../../../components/admin/pages/params';
import { RouteEditPage } from '../../../../../../../components/admin/transport/RouteEditPage';
import { tt } from '../../../../../../../lib/transport/messages';

export const metadata: Metadata = { title: tt('admin.routes.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string; id: string }>; searchParams: SearchParams }) {
  const { tenant, id } = await params;
  return <RouteEditPage slug={tenant} routeId={id} params={await searchParams} />;
}
