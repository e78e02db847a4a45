import type { Metadata } from 'next';
import { PricingPage } from '../../../../../../components/admin/pages/PricingPage';
import type { SearchParams } from '../../../../../../components/admin/pages/params';
import { ct } from '../../../../../../lib/admin/catalog-messages';

export const metadata: Metadata = { title: ct('pricing.title') };

export default async function Page({ params, searchParams }: { params: Promise<{ tenant: string }>; searchParams: SearchParams }) {
  return <PricingPage slug={(await params).tenant} params={await searchParams} />;
}
