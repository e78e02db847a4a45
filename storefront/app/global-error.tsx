'use client';

import { t } from '../lib/messages';
import './globals.css';

/** Last resort when the root layout itself fails: must render its own <html>. */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body>
        <main className="message-page" role="alert">
          <h1>{t('errorPage.title')}</h1>
          <p>{t('errorPage.body')}</p>
          <button type="button" onClick={() => retry()}>
            {t('errorPage.retry')}
          </button>
        </main>
      </body>
    </html>
  );
}
