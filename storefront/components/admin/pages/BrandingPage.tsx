import { redirect } from 'next/navigation';
import { adminBase } from '../../../lib/admin/access';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { updateBrandingAction } from '../../../lib/admin/tenant-actions';
import { AdminBrandingQuery } from '../../../lib/admin/tenant-operations';
import { t } from '../../../lib/messages';
import { ActionForm } from '../ActionForm';

/** The tenant's name, logo and main colour (identity's updateTenant, administrators only). */
export async function BrandingPage({ slug }: { slug: string }) {
  const path = `${adminBase(slug)}/settings/branding`;
  const viewer = await requireViewer(slug, path);
  if (!viewer.access.admin) redirect(adminBase(slug));
  const { currentTenant } = await adminQuery(slug, AdminBrandingQuery, {});
  if (!currentTenant) redirect(adminBase(slug));
  return (
    <div>
      <h1>{t('admin.branding.title')}</h1>
      <p className="hint">{t('admin.branding.intro')}</p>
      <section className="card" aria-labelledby="branding-heading">
        <h2 id="branding-heading">{t('admin.branding.form')}</h2>
        {currentTenant.logoUrl && (
          // A remote logo the administrator chose; plain <img> (no optimiser hop for one small picture).
          // eslint-disable-next-line @next/next/no-img-element
          <img className="brand-logo" src={currentTenant.logoUrl} alt={t('admin.branding.logoAlt', { name: currentTenant.name })} height={48} />
        )}
        <ActionForm
          action={updateBrandingAction.bind(null, slug)}
          label={t('admin.branding.form')}
          groups={[
            {
              fields: [
                { name: 'name', label: t('admin.tenants.name'), required: true, defaultValue: currentTenant.name, autoComplete: 'organization' },
                { name: 'logoUrl', label: t('admin.branding.logo'), type: 'url', hint: t('admin.branding.logoHint'), defaultValue: currentTenant.logoUrl ?? '' },
                { name: 'primaryColor', label: t('admin.tenants.colour'), hint: t('admin.tenants.colourHint'), defaultValue: currentTenant.primaryColor ?? '', placeholder: '#0B6E4F' },
              ],
            },
          ]}
          submitLabel={t('admin.branding.save')}
          pendingLabel={t('admin.saving')}
        />
      </section>
    </div>
  );
}
