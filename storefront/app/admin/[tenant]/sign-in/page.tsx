import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '../../../../components/SignInForm';
import { adminBase, isAdminPath } from '../../../../lib/admin/access';
import { getViewer } from '../../../../lib/admin/session';
import { signIn } from '../../../../lib/auth-actions';
import { t } from '../../../../lib/messages';
import { getTenant } from '../../../../lib/tenant';
import { notFound } from 'next/navigation';
import { SIGN_IN_TEXT, textFor } from '../../../../lib/client-text';

export const metadata: Metadata = { title: t('admin.signIn.title') };

type Props = { params: Promise<{ tenant: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Back-office sign-in: the storefront's sign-in action and form (e-mail, password, then the authenticator
 * code when the account has two-factor authentication), back to the page asked for. The session is the
 * tenant's one pair of cookies (decision 0005).
 */
export default async function AdminSignInPage({ params, searchParams }: Props) {
  const { tenant: slug } = await params;
  const query = await searchParams;
  const raw = query.next;
  const requested = Array.isArray(raw) ? raw[0] : raw;
  const next = isAdminPath(slug, requested) ? requested : adminBase(slug);
  const tenant = await getTenant(slug);
  if (!tenant) notFound();
  const viewer = await getViewer(slug);
  if (viewer && viewer !== 'expired') redirect(next);
  return (
    <main id="main" className="admin-main admin-door">
      <section className="card narrow" aria-labelledby="sign-in-title">
        <p className="admin-brand">
          <span className="admin-tenant">{tenant.name}</span>
          <span className="admin-kind">{t('admin.title')}</span>
        </p>
        <h1 id="sign-in-title">{t('admin.signIn.title')}</h1>
        {query.closed === '1' && (
          <p role="status" className="notice-ok">
            {t('admin.account.closed')}
          </p>
        )}
        {query.reset === '1' && (
          <p role="status" className="notice-ok">
            {t('accountLink.reset.done')}
          </p>
        )}
        {query.joined === '1' && (
          <p role="status" className="notice-ok">
            {t('admin.invitations.joined')}
          </p>
        )}
        <p>{t('admin.signIn.intro', { name: tenant.name })}</p>
        <SignInForm action={signIn.bind(null, 's', tenant.slug, next)} text={textFor(SIGN_IN_TEXT)} />
        <p>
          <a href={`${adminBase(tenant.slug)}/forgot-password`}>{t('accountLink.forgotLink')}</a>
        </p>
      </section>
    </main>
  );
}
