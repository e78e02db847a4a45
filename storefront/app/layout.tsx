import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { t } from '../lib/messages';
import './globals.css';

export const metadata: Metadata = {
  title: { default: t('site.title'), template: `%s · ${t('site.title')}` },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#0b6e4f',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
