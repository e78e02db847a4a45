import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { gatewayRequest } from '../../../../lib/gateway';
import { forwardedFor } from '../../../../lib/request';
import { ns } from '../../../../lib/shop/notification-messages';
import { UnsubscribeMutation } from '../../../../lib/shop/notification-operations';
import { getTenant, storefrontKindOf, tenantPath } from '../../../../lib/tenant';

// The one-click unsubscribe link of a marketing message, /u/<tenant>/<token>: opening it stops that shop's
// offers and news to the person the token names (unsubscribe, anonymous: the token is the proof), with no
// sign-in, and says so. Order updates and receipts are not marketing and keep coming. Never indexed.

type Props = { params: Promise<{ tenant: string; token: string }> };

export const metadata: Metadata = { title: ns('unsubscribe.title'), robots: { index: false, follow: false }, referrer: 'no-referrer' };

/** Tokens are URL-safe text of sensible length; anything else is not one of ours. */
const TOKEN_PATTERN = /^[A-Za-z0-9._~-]{8,1000}$/;

export default async function UnsubscribePage({ params }: Props) {
  const { tenant: slug, token } = await params;
  const tenant = await getTenant(slug);
  if (!tenant) notFound();
  const shop = tenant.name;
  const kind = storefrontKindOf(tenant);
  const home = kind ? tenantPath(kind, slug) : null;
  let outcome: 'done' | 'failed' | 'unavailable' = 'failed';
  if (TOKEN_PATTERN.test(token)) {
    const result = await gatewayRequest(UnsubscribeMutation, { token }, { tenant: slug, forwardedFor: await forwardedFor() });
    const payload = result.data?.unsubscribe;
    outcome = payload?.ok ? 'done' : payload ? 'failed' : 'unavailable';
  }
  return (
    <main className="message-page" data-outcome={outcome}>
      <h1>{ns('unsubscribe.title')}</h1>
      {outcome === 'done' ? (
        <>
          <p role="status">{ns('unsubscribe.done', { shop })}</p>
          <p>{ns('unsubscribe.doneHint')}</p>
        </>
      ) : outcome === 'failed' ? (
        <>
          <p role="alert">{ns('unsubscribe.failed')}</p>
          <p>{ns('unsubscribe.failedHint')}</p>
        </>
      ) : (
        <p role="alert">{ns('unsubscribe.unavailable')}</p>
      )}
      {home && (
        <>
          <p>
            <a href={`${home}/account/notifications`}>{ns('unsubscribe.account')}</a>
          </p>
          <p>
            <a href={home}>{ns('unsubscribe.shop', { shop })}</a>
          </p>
        </>
      )}
    </main>
  );
}
