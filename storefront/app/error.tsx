'use client';

import { useEffect } from 'react';
import { errorText } from '../lib/error-messages';

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main className="message-page" role="alert">
      <h1>{errorText['errorPage.title']}</h1>
      <p>{errorText['errorPage.body']}</p>
      <button type="button" onClick={() => retry()}>
        {errorText['errorPage.retry']}
      </button>
    </main>
  );
}
