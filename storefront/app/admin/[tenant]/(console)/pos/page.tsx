import type { Metadata } from 'next';
import { TillsPage } from '../../../../../components/admin/pos/TillsPage';
import type { SearchParams } from '../../../../../components/admin/pages/params';
import { pt } from '../../../../../lib/admin/pos-messages';

export const metadata: Metadata = { title: pt('title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <TillsPage slug={(await params).tenant} params={await searchParams} />;
}
