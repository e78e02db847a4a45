import type { Metadata } from 'next';
import { TemplateEditPage } from '../../../../../../../components/admin/notifications/TemplatesPage';
import type { SearchParams } from '../../../../../../../components/admin/pages/params';
import { nt } from '../../../../../../../lib/admin/notification-messages';

export const metadata: Metadata = { title: nt('templates.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <TemplateEditPage slug={(await params).tenant} params={await searchParams} />;
}
