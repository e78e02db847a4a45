import type { CSSProperties } from 'react';
import { signIn, signOut } from '../lib/auth-actions';
import { t } from '../lib/messages';
import { getSignedInUser } from '../lib/session';
import { safeColor, safeImageUrl, type StorefrontKind, type Tenant } from '../lib/tenant';
import { SignInForm } from './SignInForm';

interface Props {
  kind: StorefrontKind;
  tenant: Tenant;
}

/** Home page of one store (`/s/<slug>`) or marketplace (`/m/<slug>`). */
export async function TenantHome({ kind, tenant }: Props) {
  const user = await getSignedInUser(tenant.slug);
  const brand = safeColor(tenant.primaryColor);
  const logo = safeImageUrl(tenant.logoUrl);
  const style = brand ? ({ '--brand': brand } as CSSProperties) : undefined;
  const kindLabel = tenant.kind === 'MARKETPLACE' ? t('store.kind.MARKETPLACE') : t('store.kind.STORE');

  return (
    <div className="tenant" style={style} data-tenant={tenant.slug}>
      <header className="tenant-header">
        {logo && (
          // Plain <img>: tenant logos live on arbitrary hosts, and next/image would need each allow-listed.
          // eslint-disable-next-line @next/next/no-img-element
          <img className="tenant-logo" src={logo} alt={t('store.logoAlt', { name: tenant.name })} height={48} />
        )}
        <div>
          <h1 className="tenant-name">{tenant.name}</h1>
          <p className="tenant-kind">{kindLabel}</p>
        </div>
      </header>
      <main className="tenant-main">
        {user ? (
          <section className="card" aria-label={t('signIn.signedInAs', { name: user.name })}>
            <p className="signed-in">{t('signIn.signedInAs', { name: user.name })}</p>
            <form action={signOut.bind(null, kind, tenant.slug)}>
              <button type="submit" className="secondary">
                {t('signIn.signOut')}
              </button>
            </form>
          </section>
        ) : (
          <section className="card" aria-labelledby="sign-in-title">
            <h2 id="sign-in-title">{t('signIn.title')}</h2>
            <SignInForm action={signIn.bind(null, kind, tenant.slug)} />
          </section>
        )}
      </main>
    </div>
  );
}
