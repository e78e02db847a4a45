import type { ReactNode } from 'react';
import { adminBase, SECTIONS, sectionPath } from '../../lib/admin/access';
import { adminSignOut } from '../../lib/admin/auth-actions';
import type { Viewer } from '../../lib/admin/session';
import { label } from '../../lib/admin/format';
import { t } from '../../lib/messages';
import { NavLinks } from './NavLinks';

/**
 * Header, role-aware navigation and main landmark around every back-office page. Sections appear only when
 * the viewer's roles allow them (lib/admin/access.ts).
 */
export function AdminShell({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  const slug = viewer.tenant.slug;
  const links = SECTIONS.filter((s) => viewer.access.sections.includes(s)).map((s) => ({ href: sectionPath(slug, s), label: label(`admin.nav.${s}`), exact: s === 'dashboard' }));
  return (
    <div className="admin-shell" data-tenant={slug}>
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="admin-header">
        <div className="admin-header-row">
          <p className="admin-brand">
            <span className="admin-tenant">{viewer.tenant.name}</span>
            <span className="admin-kind">{t('admin.title')}</span>
          </p>
          <form action={adminSignOut.bind(null, slug)} className="inline-form">
            <span className="signed-in">{t('admin.signedInAs', { name: viewer.user.name, roles: viewer.roles.map((r) => label(`admin.role.${r}`)).join(', ') })}</span>{' '}
            <a href={`${adminBase(slug)}/account`}>{t('admin.nav.account')}</a>
            <a href={`${adminBase(slug)}/shops`}>{t('admin.nav.shops')}</a>
            <button type="submit" className="link-button">
              {t('signIn.signOut')}
            </button>
          </form>
        </div>
        {links.length > 0 && <NavLinks links={links} label={t('admin.nav.label')} />}
      </header>
      <main id="main" className="admin-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
