import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { signIn } from '../../lib/auth-actions';
import { t } from '../../lib/messages';
import { getSignedInUser } from '../../lib/session';
import type { StorefrontKind } from '../../lib/tenant';
import { SignInForm } from '../SignInForm';
import { pageContext } from './context';
import { SIGN_IN_TEXT, textFor } from '../../lib/client-text';
import { pm } from '../../lib/shop/phone-sign-in-messages';

/** `next` from the query string when it is a path on this site (the action checks it again). */
function returnPath(next: string | string[] | undefined): string | null {
  const value = Array.isArray(next) ? next[0] : next;
  return value && /^\/(?![/\\])[^\s]*$/.test(value) ? value : null;
}

/** Sign-in for shoppers, vendors and staff of this tenant; back to `next` afterwards. */
export async function SignInPage({ kind, slug, next, reset = false }: { kind: StorefrontKind; slug: string; next: string | string[] | undefined; reset?: boolean }) {
  const ctx = await pageContext(kind, slug);
  const target = returnPath(next);
  if (await getSignedInUser(slug)) redirect(target ?? (ctx.base || '/'));
  return (
    <section className="card narrow" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('signIn.title')}</h1>
      {reset && (
        <p role="status" className="notice-ok">
          {t('accountLink.reset.done')}
        </p>
      )}
      <SignInForm action={signIn.bind(null, kind, ctx.tenant.slug, target)} text={textFor(SIGN_IN_TEXT)} />
      <p>
        <a href={`${ctx.base}/forgot-password`}>{t('accountLink.forgotLink')}</a>
      </p>
      <p>
        <a href={`${ctx.base}/sign-in/phone${target ? `?next=${encodeURIComponent(target)}` : ''}`}>{pm('phone.link')}</a>
      </p>
      <p>
        {t('shop.signUp.new')} <a href={`${ctx.base}/sign-up${target ? `?next=${encodeURIComponent(target)}` : ''}`}>{t('shop.signUp.title')}</a>
      </p>
    </section>
  );
}

export const signInMetadata: Metadata = { title: t('signIn.title'), robots: { index: false, follow: false } };
