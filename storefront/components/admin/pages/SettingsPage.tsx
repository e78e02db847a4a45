import { sectionPath } from '../../../lib/admin/access';
import { requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { invt } from '../../../lib/invoices/messages';
import { st } from '../../../lib/settings/messages';
import { st as shipmentText } from '../../../lib/shipments/messages';

/**
 * Settings (issue 14): one place for the shop's settings, for administrators — checkout, shipping (not for a
 * travel business, which ships nothing), payment providers, custom domains and branding.
 */
export async function SettingsPage({ slug }: { slug: string }) {
  const base = sectionPath(slug, 'settings');
  const viewer = await requireViewer(slug, base, 'settings');
  const pages = [
    { href: `${base}/shop`, title: st('settings.shop'), hint: st('settings.shopHint') },
    ...(viewer.access.travel ? [] : [{ href: `${base}/shipping`, title: st('settings.shipping'), hint: st('settings.shippingHint') }]),
    ...(viewer.access.travel ? [] : [{ href: `${base}/carriers`, title: shipmentText('kwik.settingsLink'), hint: shipmentText('kwik.settingsHint') }]),
    { href: `${base}/payments`, title: st('settings.payments'), hint: st('settings.paymentsHint') },
    { href: `${base}/domains`, title: t('admin.nav.domains'), hint: st('settings.domainsHint') },
    { href: `${base}/branding`, title: t('admin.branding.title'), hint: st('settings.brandingHint') },
    { href: `${base}/invoices`, title: invt('invoices.settings.title'), hint: invt('invoices.settings.intro') },
  ];
  return (
    <div>
      <h1>{st('settings.title')}</h1>
      <p className="hint">{st('settings.intro')}</p>
      <ul className="card-list" data-testid="settings-pages">
        {pages.map((p) => (
          <li key={p.href} className="card">
            <h2>
              <a href={p.href}>{p.title}</a>
            </h2>
            <p className="hint">{p.hint}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The way back to the settings list, above each settings page's heading. */
export function SettingsBack({ slug }: { slug: string }) {
  return (
    <p>
      <a href={sectionPath(slug, 'settings')}>← {st('settings.back')}</a>
    </p>
  );
}
