import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { formatDateTime } from '../../../lib/admin/format';
import { getSignedInUser } from '../../../lib/session';
import { closeAccount } from '../../../lib/shop/close-account-actions';
import { closeError, pm } from '../../../lib/shop/phone-sign-in-messages';
import type { StorefrontKind } from '../../../lib/tenant';
import { pageContext } from '../../pages/context';
import '../shop.css';

// "Close your account" at a shop (decision 0079). An account with an e-mail confirms with its password; a
// phone-only account (decision 0062) has none, so it asks for a code texted to its own number first.

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function CloseAccountPage({ kind, slug, query }: { kind: StorefrontKind; slug: string; query: Record<string, string | string[] | undefined> }) {
  const ctx = await pageContext(kind, slug);
  const closed = first(query.closed);
  if (closed !== undefined) {
    const date = closed && !Number.isNaN(Date.parse(closed)) ? formatDateTime(closed) : '';
    return (
      <section className="card narrow" aria-labelledby="close-title">
        <h1 id="close-title">{pm('phone.close.title')}</h1>
        <p role="status">{pm('phone.close.done', { date })}</p>
      </section>
    );
  }
  const user = await getSignedInUser(slug);
  if (!user) redirect(`${ctx.base}/sign-in?next=${encodeURIComponent(`${ctx.base}/account/close`)}`);
  const phoneOnly = !user.email && !!user.phone;
  const sent = first(query.sent);
  const errorCode = first(query.error);
  const error = errorCode && /^[A-Z_]{1,40}$/.test(errorCode) ? closeError(errorCode) : null;
  const action = closeAccount.bind(null, kind, ctx.tenant.slug);
  return (
    <section className="card narrow" aria-labelledby="close-title">
      <h1 id="close-title">{pm('phone.close.title')}</h1>
      {error && (
        <p role="alert" className="alert" id="close-error">
          {error}
        </p>
      )}
      <p>{pm('phone.close.intro', { store: ctx.tenant.name })}</p>
      {phoneOnly && !sent ? (
        <form action={action} data-testid="close-send-code">
          <p>{pm('phone.close.codeIntro', { digits: user.phone!.slice(-4) })}</p>
          <input type="hidden" name="intent" value="send" />
          <button type="submit">{pm('phone.close.sendCode')}</button>
        </form>
      ) : (
        <form action={action} className="sign-in" data-testid="close-confirm" aria-describedby={error ? 'close-error' : undefined}>
          <input type="hidden" name="intent" value="close" />
          {phoneOnly ? (
            <>
              {sent !== '1' && <p role="status">{pm('phone.close.sent', { sentTo: sent! })}</p>}
              <div className="field">
                <label htmlFor="close-code">{pm('phone.close.code')}</label>
                <input id="close-code" name="code" type="text" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9 ]{6,7}" maxLength={7} required autoFocus />
              </div>
            </>
          ) : (
            <div className="field">
              <label htmlFor="close-password">{pm('phone.close.password')}</label>
              <input id="close-password" name="password" type="password" autoComplete="current-password" required />
            </div>
          )}
          <button type="submit" className="danger">
            {pm('phone.close.confirm')}
          </button>
        </form>
      )}
      {phoneOnly && sent && (
        <form action={action}>
          <input type="hidden" name="intent" value="send" />
          <button type="submit" className="link-button">
            {pm('phone.close.sendCode')}
          </button>
        </form>
      )}
    </section>
  );
}

export const closeAccountMetadata: Metadata = { title: pm('phone.close.title'), robots: { index: false, follow: false } };
