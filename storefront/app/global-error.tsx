'use client';

import { errorText } from '../lib/error-messages';
import './globals.css';

/** Last resort when the root layout itself fails: must render its own <html>. */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body>
        <main className="message-page" role="alert">
          <h1>{errorText['errorPage.title']}</h1>
          <p>{errorText['errorPage.body']}</p>
          <button type="button" onClick={() => retry()}>
            {errorText['errorPage.retry']}
          </button>
        </main>
      </body>
    </html>
  );
}
