import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getSignedInUser } from '../../../lib/session';
import { phoneSignIn } from '../../../lib/shop/phone-sign-in-actions';
import { phoneCookieName } from '../../../lib/shop/phone-sign-in-cookie';
import { phoneError, pm } from '../../../lib/shop/phone-sign-in-messages';
import type { StorefrontKind } from '../../../lib/tenant';
import { pageContext } from '../../pages/context';

// "Sign in with your phone" (issue 15, decision 0062): the number, then the texted code. Plain forms
// posting to one server action, so it works without JavaScript; the number waits in an httpOnly cookie.

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function PhoneSignInPage({ kind, slug, query }: { kind: StorefrontKind; slug: string; query: Record<string, string | string[] | undefined> }) {
  const ctx = await pageContext(kind, slug);
  const nextValue = first(query.next);
  const next = nextValue && /^\/(?![/\\])[^\s]*$/.test(nextValue) ? nextValue : null;
  if (await getSignedInUser(slug)) redirect(next ?? (ctx.base || '/'));
  const phone = (await cookies()).get(phoneCookieName(ctx.tenant.slug))?.value ?? null;
  const step = first(query.step) === 'code' && phone ? 'code' : 'phone';
  const errorCode = first(query.error);
  const error = errorCode && /^[A-Z_]{1,40}$/.test(errorCode) ? phoneError(errorCode) : null;
  const totp = first(query.totp) === '1';
  const action = phoneSignIn.bind(null, kind, ctx.tenant.slug, next);
  return (
    <section className="card narrow" aria-labelledby="phone-title">
      <h1 id="phone-title">{pm('phone.title')}</h1>
      {error && (
        <p role="alert" className="alert" id="phone-error">
          {error}
        </p>
      )}
      {step === 'phone' ? (
        <>
          <p>{pm('phone.intro', { name: ctx.tenant.name })}</p>
          <form action={action} className="sign-in" data-testid="phone-number-form" aria-describedby={error ? 'phone-error' : undefined}>
            <input type="hidden" name="intent" value="send" />
            <div className="field">
              <label htmlFor="phone-number">{pm('phone.number')}</label>
              <input id="phone-number" name="phone" type="tel" inputMode="tel" autoComplete="tel" required aria-describedby="phone-number-hint" />
              <p id="phone-number-hint" className="hint">
                {pm('phone.numberHint')}
              </p>
            </div>
            <button type="submit">{pm('phone.send')}</button>
          </form>
        </>
      ) : (
        <>
          <p role="status">{pm('phone.sent', { phone: phone! })}</p>
          <form action={action} className="sign-in" data-testid="phone-code-form" aria-describedby={error ? 'phone-error' : undefined}>
            <input type="hidden" name="intent" value="verify" />
            <div className="field">
              <label htmlFor="phone-code">{pm('phone.code')}</label>
              <input id="phone-code" name="code" type="text" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9 ]{6,7}" maxLength={7} required autoFocus />
            </div>
            {totp && (
              <div className="field">
                <label htmlFor="phone-totp">{pm('phone.totp')}</label>
                <input id="phone-totp" name="totpCode" type="text" inputMode="numeric" autoComplete="off" pattern="[0-9 \-]{6,12}" required aria-describedby="phone-totp-hint" />
                <p id="phone-totp-hint" className="hint">
                  {pm('phone.totpHint')}
                </p>
              </div>
            )}
            <div className="field">
              <label htmlFor="phone-name">{pm('phone.name')}</label>
              <input id="phone-name" name="name" type="text" autoComplete="name" maxLength={120} />
            </div>
            <button type="submit">{pm('phone.submit')}</button>
          </form>
          <form action={action} className="inline-actions">
            <button type="submit" name="intent" value="resend" className="secondary">
              {pm('phone.resend')}
            </button>{' '}
            <button type="submit" name="intent" value="change" className="secondary">
              {pm('phone.change')}
            </button>
          </form>
        </>
      )}
      <p>
        <a href={`${ctx.base}/sign-in${next ? `?next=${encodeURIComponent(next)}` : ''}`}>{pm('phone.password')}</a>
      </p>
    </section>
  );
}

export const phoneSignInMetadata: Metadata = { title: pm('phone.title'), robots: { index: false, follow: false } };
