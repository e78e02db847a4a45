import type { Metadata } from 'next';
import { ProductImportPage } from '../../../../../../components/admin/pages/ProductImportPage';
import { t } from '../../../../../../lib/messages';

export const metadata: Metadata = { title: t('admin.import.title') };

export default async function Page({ params }: { params: Promise<{ tenant: string }> }) {
  return <ProductImportPage slug={(await params).tenant} />;
}
