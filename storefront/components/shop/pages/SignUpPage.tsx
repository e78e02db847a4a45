import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { t } from '../../../lib/messages';
import { getSignedInUser } from '../../../lib/session';
import { signUp } from '../../../lib/shop/account-actions';
import type { StorefrontKind } from '../../../lib/tenant';
import { pageContext } from '../../pages/context';
import { SignUpForm } from '../SignUpForm';
import { param } from '../messages';
import { SIGN_UP_TEXT, textFor } from '../../../lib/client-text';

/** `next` when it is a path on this site (the action checks it again). */
function returnPath(next: string): string | null {
  return next && /^\/(?![/\\])[^\s]*$/.test(next) ? next : null;
}

/** Create a customer account at this store; signed in afterwards, the guest cart kept. */
export async function SignUpPage({ kind, slug, params }: { kind: StorefrontKind; slug: string; params: Record<string, string | string[] | undefined> }) {
  const ctx = await pageContext(kind, slug);
  const target = returnPath(param(params.next));
  if (await getSignedInUser(slug)) redirect(target ?? `${ctx.base}/account`);
  const signInHref = `${ctx.base}/sign-in${target ? `?next=${encodeURIComponent(target)}` : ''}`;
  return (
    <section className="card narrow" aria-labelledby="sign-up-title">
      <h1 id="sign-up-title">{t('shop.signUp.title')}</h1>
      <SignUpForm action={signUp.bind(null, kind, ctx.tenant.slug, target)} text={textFor(SIGN_UP_TEXT)} />
      <p>
        {t('shop.signUp.haveAccount')} <a href={signInHref}>{t('nav.signIn')}</a>
      </p>
    </section>
  );
}

export const signUpMetadata: Metadata = { title: t('shop.signUp.title'), robots: { index: false, follow: false } };
