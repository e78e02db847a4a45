import type { Metadata } from 'next';
import { t } from '../../../lib/messages';
import type { StorefrontKind } from '../../../lib/tenant';
import { pageContext } from '../../pages/context';
import '../shop.css';

export const offlineMetadata: Metadata = { title: t('shop.offline.title'), robots: { index: false, follow: false } };

/**
 * `<shop>/offline`: what the shop's service worker shows, offline, for a page this phone never kept
 * (decision 0053). The worker keeps it when it installs, fetched without cookies, so it names no one.
 */
export async function OfflinePage({ kind, slug }: { kind: StorefrontKind; slug: string }) {
  const ctx = await pageContext(kind, slug);
  return (
    <section className="card narrow" aria-labelledby="offline-title">
      <h1 id="offline-title">{t('shop.offline.title')}</h1>
      <p>{t('shop.offline.notSaved')}</p>
      <p>
        <a href={ctx.base || '/'}>{t('shop.offline.home')}</a>
      </p>
      {/* The page script lists the pages kept on this phone here (lib/shop/offline/page-source.ts). */}
      <div id="ww-saved-pages" />
    </section>
  );
}
