import type { Metadata } from 'next';
import { ShopsPage } from '../../../../../components/admin/pages/ShopsPage';
import { t } from '../../../../../lib/messages';

export const metadata: Metadata = { title: t('admin.shops.title') };

export default async function Page({ params }: { params: Promise<{ tenant: string }> }) {
  return <ShopsPage slug={(await params).tenant} />;
}
