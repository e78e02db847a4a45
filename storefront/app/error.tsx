'use client';

import { useEffect } from 'react';
import { t } from '../lib/messages';

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main className="message-page" role="alert">
      <h1>{t('errorPage.title')}</h1>
      <p>{t('errorPage.body')}</p>
      <button type="button" onClick={() => retry()}>
        {t('errorPage.retry')}
      </button>
    </main>
  );
}
