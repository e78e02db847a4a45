import type { Metadata } from 'next';
import { BrandingPage } from '../../../../../../components/admin/pages/BrandingPage';
import { t } from '../../../../../../lib/messages';

export const metadata: Metadata = { title: t('admin.branding.title') };

export default async function Page({ params }: { params: Promise<{ tenant: string }> }) {
  return <BrandingPage slug={(await params).tenant} />;
}
