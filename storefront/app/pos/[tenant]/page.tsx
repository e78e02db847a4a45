import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { Till } from '../../../components/pos/Till';
import { pt } from '../../../lib/pos/messages';
import { SLUG_PATTERN } from '../../../lib/slug';
import './till.css';

// The till app's shell (issue 13). The same HTML for every device and cashier (no cookie is read here): the
// service worker keeps it for offline reloads, and everything device-specific comes from IndexedDB and the
// till's route handlers (api/*).

type Props = { params: Promise<{ tenant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tenant } = await params;
  return {
    title: pt('title'),
    manifest: `/pos/${encodeURIComponent(tenant)}/manifest.webmanifest`,
    robots: { index: false, follow: false },
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b6e4f' };

export default async function TillPage({ params }: Props) {
  const { tenant } = await params;
  if (!SLUG_PATTERN.test(tenant)) notFound();
  return <Till tenant={tenant} />;
}
