import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { t } from '../../lib/messages';
import './admin.css';

// The back office is for the people running a tenant: never indexed, never cached.
export const metadata: Metadata = {
  title: { default: t('admin.title'), template: `%s · ${t('admin.title')}` },
  robots: { index: false, follow: false },
};

export default function AdminRootLayout({ children }: { children: ReactNode }) {
  return <div className="admin">{children}</div>;
}
