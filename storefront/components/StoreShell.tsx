import type { CSSProperties, ReactNode } from 'react';
import type { CategoryNode } from '../lib/catalog';
import { brandPalette } from '../lib/colour';
import { signOut } from '../lib/auth-actions';
import { t } from '../lib/messages';
import { rt as rewardsText } from '../lib/rewards/messages';
import { rt as returnsText } from '../lib/returns/messages';
import type { SignedInUser } from '../lib/session';
import { safeColor, safeImageUrl, type StorefrontKind, type Tenant } from '../lib/tenant';

interface Props {
  kind: StorefrontKind;
  tenant: Tenant;
  base: string;
  categories: CategoryNode[];
  user: SignedInUser | null;
  /** The tenant runs or lists bus routes (transport): the menu links to trip search. */
  sellsTrips?: boolean;
  /** Trips only (a bus operator or motor park without a catalogue): no cart, product search or vendors. */
  travel?: boolean;
  children: ReactNode;
}

/** Header, category menu and footer around every page of a store or marketplace, in its branding. */
export function StoreShell({ kind, tenant, base, categories, user, sellsTrips = false, travel = false, children }: Props) {
  const colour = safeColor(tenant.primaryColor);
  const palette = colour ? brandPalette(colour) : null;
  const style = palette ? ({ '--brand': palette.brand, '--on-brand': palette.onBrand, '--ink': palette.ink } as CSSProperties) : undefined;
  const logo = safeImageUrl(tenant.logoUrl);
  const home = base || '/';

  return (
    <div className="tenant" style={style} data-tenant={tenant.slug}>
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="tenant-header">
        <div className="header-row">
          <a className="brand" href={home} aria-label={t('store.homeLink', { name: tenant.name })}>
            {logo && (
              // Plain <img>: tenant logos live on arbitrary hosts, and next/image would need each allow-listed.
              // eslint-disable-next-line @next/next/no-img-element
              <img className="tenant-logo" src={logo} alt="" width={96} height={48} />
            )}
            <span className="tenant-name">{tenant.name}</span>
          </a>
          <nav className="account-nav" aria-label={t('nav.account')}>
            {kind === 'm' && !travel && <a href={`${base}/sell`}>{t('nav.sell')}</a>}
            {!travel && <a href={`${base}/cart`}>{t('shop.nav.cart')}</a>}
            {user && <a href={`${base}/account`}>{t('shop.nav.account')}</a>}
            {user ? (
              <form action={signOut.bind(null, kind, tenant.slug)} className="inline-form">
                <span className="signed-in">{t('signIn.signedInAs', { name: user.name })}</span>
                <button type="submit" className="link-button">
                  {t('signIn.signOut')}
                </button>
              </form>
            ) : (
              <a href={`${base}/sign-in`}>{t('nav.signIn')}</a>
            )}
          </nav>
        </div>
        {!travel && (
          <form className="search-form" role="search" action={`${base}/search`} method="get">
            <label htmlFor="site-search" className="visually-hidden">
              {t('search.label')}
            </label>
            <input id="site-search" type="search" name="q" placeholder={t('search.label')} autoComplete="off" enterKeyHint="search" />
            <button type="submit">{t('search.submit')}</button>
          </form>
        )}
      </header>
      <nav className="category-nav" aria-label={t('nav.categories')}>
        <ul>
          {categories.map((c) => (
            <li key={c.id}>
              <a href={`${base}/c/${encodeURIComponent(c.slug)}`}>{c.name}</a>
            </li>
          ))}
          {sellsTrips && (
            <li>
              <a href={`${base}/trips`}>{t('nav.trips')}</a>
            </li>
          )}
          {kind === 'm' && !travel && (
            <li>
              <a href={`${base}/vendors`}>{t('nav.vendors')}</a>
            </li>
          )}
        </ul>
      </nav>
      <main id="main" className="tenant-main" tabIndex={-1}>
        {/* The offline shell's notices (offline, a saved copy, an "Add to cart" kept for later; decision 0053). */}
        <div id="ww-notices" className="offline-notices" />
        {children}
      </main>
      <footer className="tenant-footer">
        {!travel && (
          <p>
            <a href={`${base}/gift-card`}>{rewardsText('shopRewards.footerLink')}</a>
          </p>
        )}
        {!travel && (
          <p>
            <a href={`${base}/orders/find`}>{returnsText('shop.find.footerLink')}</a>
          </p>
        )}
        <p>{t('store.copyright', { year: new Date().getFullYear(), name: tenant.name })}</p>
        <p>{t('site.poweredBy')}</p>
      </footer>
      {/* Registers the shop's service worker and shows the notices; the page works without it. */}
      <script src={`${base}/offline.js`} async />
    </div>
  );
}
