import { adminBase } from '../../../lib/admin/access';
import { switchTenantAction } from '../../../lib/admin/domain-actions';
import { AdminMyTenantsQuery } from '../../../lib/admin/domain-operations';
import { label } from '../../../lib/admin/format';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { ActionForm } from '../ActionForm';

/**
 * "One person, several shops": the organisations the user works in, each opened with one press (identity's
 * switchTenant; no password or code while the second factor is recent). Customer-only memberships have no
 * back office, so they are not listed.
 */
export async function ShopsPage({ slug }: { slug: string }) {
  await requireViewer(slug, `${adminBase(slug)}/shops`);
  const { myTenants } = await adminQuery(slug, AdminMyTenantsQuery, {});
  const shops = myTenants.filter((m) => m.roles.some((r) => r !== 'CUSTOMER'));
  return (
    <div>
      <h1>{t('admin.shops.title')}</h1>
      <p className="hint">{t('admin.shops.intro')}</p>
      {shops.length <= 1 ? (
        <p className="empty">{t('admin.shops.none')}</p>
      ) : (
        <ul className="card-list" data-testid="shops">
          {shops.map(({ tenant, roles }) => (
            <li key={tenant.id} className="card" data-shop={tenant.slug}>
              <h2>{tenant.name}</h2>
              <p className="hint">{roles.map((r) => label(`admin.role.${r}`)).join(', ')}</p>
              {tenant.slug === slug ? (
                <p>
                  <strong>{t('admin.shops.current')}</strong>
                </p>
              ) : (
                <ActionForm
                  action={switchTenantAction.bind(null, slug, tenant.slug)}
                  label={t('admin.shops.open', { name: tenant.name })}
                  groups={[]}
                  submitLabel={t('admin.shops.switch')}
                  pendingLabel={t('admin.saving')}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
