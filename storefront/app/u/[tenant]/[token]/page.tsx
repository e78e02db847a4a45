import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ns } from '../../../../lib/shop/notification-messages';
import { confirmUnsubscribe } from '../../../../lib/shop/notification-actions';
import { addressOfToken, isUnsubscribeOutcome, UNSUBSCRIBE_TOKEN_PATTERN } from '../../../../lib/shop/unsubscribe';
import { getTenant, storefrontKindOf, tenantPath } from '../../../../lib/tenant';

// The unsubscribe link of a marketing message, /u/<tenant>/<token> (decision 0066). Opening it only asks
// ("Stop marketing messages from <shop>?"): mail scanners and link previews open links, and must not
// unsubscribe anyone. The person's button (a server action, no sign-in: the token is the proof) acts and
// comes back here with the outcome; a mail client's one-click (RFC 8058) POSTs to ./one-click. Order
// updates and receipts are not marketing and keep coming. Never indexed.

type Props = { params: Promise<{ tenant: string; token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: ns('unsubscribe.title'), robots: { index: false, follow: false }, referrer: 'no-referrer' };

export default async function UnsubscribePage({ params, searchParams }: Props) {
  const { tenant: slug, token } = await params;
  const tenant = await getTenant(slug);
  if (!tenant) notFound();
  const shop = tenant.name;
  const kind = storefrontKindOf(tenant);
  const home = kind ? tenantPath(kind, slug) : null;
  const given = (await searchParams).outcome;
  const outcome = !UNSUBSCRIBE_TOKEN_PATTERN.test(token) ? 'failed' : isUnsubscribeOutcome(given) ? given : null;
  const address = outcome === null ? addressOfToken(token) : null;
  return (
    <main className="message-page narrow" data-outcome={outcome ?? 'asking'}>
      <h1>{ns('unsubscribe.title')}</h1>
      {outcome === null ? (
        <form action={confirmUnsubscribe.bind(null, slug, token)} className="stacked-form" aria-labelledby="unsubscribe-question">
          <h2 id="unsubscribe-question">{ns('unsubscribe.question', { shop })}</h2>
          {address && <p>{ns('unsubscribe.address', { address })}</p>}
          <p className="hint">{ns('unsubscribe.keep')}</p>
          <div className="form-actions">
            <button type="submit">{ns('unsubscribe.confirm')}</button>
          </div>
        </form>
      ) : outcome === 'done' ? (
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
