import { redirect } from 'next/navigation';
import { sectionPath } from '../../../lib/admin/access';
import { switchTenantAction } from '../../../lib/admin/domain-actions';
import { formatDateTime, label } from '../../../lib/admin/format';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { createTenantAction, reinstateTenantAction, suspendTenantAction } from '../../../lib/admin/tenant-actions';
import { AdminChildTenantsQuery, AdminTenantBySlugQuery } from '../../../lib/admin/tenant-operations';
import { childKinds } from '../../../lib/admin/tenants';
import { SLUG_PATTERN } from '../../../lib/slug';
import { t } from '../../../lib/messages';
import { ActionForm } from '../ActionForm';
import { one, query } from './params';

/**
 * The businesses beneath this one (PF-1): a platform's partners, a partner's clients, a client's stores and
 * marketplaces. Administrators create them here (becoming their administrators, so "Open" switches into
 * their back office) and walk down the tree (`?of=<slug>`: identity refuses anything outside this branch).
 */
export async function TenantsPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = sectionPath(slug, 'tenants');
  const ofParam = one(params, 'of');
  const of = SLUG_PATTERN.test(ofParam) && ofParam !== slug ? ofParam : null;
  const after = one(params, 'after') || null;
  // Administrators of a tenant that can have businesses beneath it (access.ts); identity refuses the rest anyway.
  const viewer = await requireViewer(slug, `${base}${query({ of, after })}`, 'tenants');
  const kinds = childKinds(viewer.tenant.kind);

  const parent = of ? (await adminQuery(slug, AdminTenantBySlugQuery, { slug: of })).tenantBySlug : null;
  if (of && !parent) redirect(base);
  const { childTenants, myTenants } = await adminQuery(slug, AdminChildTenantsQuery, { under: parent?.id ?? null, after });
  const rows = childTenants.edges.map((e) => e.node);
  const administered = new Set(myTenants.filter((m) => m.roles.some((r) => r !== 'CUSTOMER')).map((m) => m.tenant.id));
  const created = one(params, 'created');
  const done = one(params, 'done');

  return (
    <div>
      <h1>{t('admin.tenants.title')}</h1>
      <p className="hint">{t('admin.tenants.intro')}</p>
      {created && SLUG_PATTERN.test(created) && (
        <p role="status" className="notice-ok">
          {t('admin.tenants.created', { slug: created })}
        </p>
      )}
      {(done === 'suspended' || done === 'reinstated') && (
        <p role="status" className="notice-ok">
          {t(`admin.tenants.done.${done}`)}
        </p>
      )}
      {!parent && (
        <section className="card" aria-labelledby="create-heading">
          <h2 id="create-heading">{t('admin.tenants.create')}</h2>
          <ActionForm
            action={createTenantAction.bind(null, slug, viewer.tenant.kind)}
            label={t('admin.tenants.create')}
            groups={[
              {
                fields: [
                  { name: 'kind', label: t('admin.tenants.kind'), type: 'select', required: true, options: kinds.map((k) => ({ value: k, label: label(`admin.tenantKind.${k}`) })) },
                  { name: 'name', label: t('admin.tenants.name'), required: true, autoComplete: 'organization' },
                  { name: 'slug', label: t('admin.tenants.slug'), hint: t('admin.tenants.slugHint'), required: true, autoComplete: 'off' },
                  { name: 'primaryColor', label: t('admin.tenants.colour'), hint: t('admin.tenants.colourHint'), placeholder: '#0B6E4F' },
                ],
              },
            ]}
            submitLabel={t('admin.tenants.createSubmit')}
            pendingLabel={t('admin.saving')}
          />
        </section>
      )}
      <section aria-labelledby="tenants-heading">
        <h2 id="tenants-heading">{parent ? t('admin.tenants.beneath', { name: parent.name }) : t('admin.tenants.list')}</h2>
        {parent && (
          <p>
            <a href={base}>{t('admin.tenants.backToTop')}</a>
          </p>
        )}
        {rows.length === 0 ? (
          <p className="empty">{t('admin.tenants.none')}</p>
        ) : (
          <ul className="card-list" data-testid="tenants">
            {rows.map((row) => (
              <li key={row.id} className="card" data-tenant={row.slug}>
                <h3>
                  {row.primaryColor && <span className="swatch" aria-hidden="true" style={{ background: row.primaryColor }} />}
                  {row.name}
                </h3>
                <p className="hint">
                  {label(`admin.tenantKind.${row.kind}`)} · {row.slug} · {t('admin.tenants.since', { date: formatDateTime(row.createdAt) })}
                </p>
                {row.suspendedAt && (
                  <p className="notice">
                    <strong>{t('admin.tenants.suspendedSince', { date: formatDateTime(row.suspendedAt) })}</strong>
                  </p>
                )}
                <div className="row-actions">
                  {childKinds(row.kind).length > 0 && <a href={`${base}${query({ of: row.slug })}`}>{t('admin.tenants.open', { name: row.name })}</a>}
                  {row.suspendedAt ? (
                    <ActionForm
                      action={reinstateTenantAction.bind(null, slug, row.id, of)}
                      label={t('admin.tenants.reinstateOne', { name: row.name })}
                      groups={[]}
                      secondary
                      submitLabel={t('admin.tenants.reinstate')}
                      pendingLabel={t('admin.saving')}
                    />
                  ) : (
                    <details className="danger-zone">
                      <summary>{t('admin.tenants.suspend')}</summary>
                      <ActionForm
                        action={suspendTenantAction.bind(null, slug, row.id, of)}
                        label={t('admin.tenants.suspendOne', { name: row.name })}
                        groups={[{ fields: [{ name: 'reason', label: t('admin.tenants.reason'), hint: t('admin.tenants.reasonHint'), required: true, type: 'textarea' }] }]}
                        secondary
                        submitLabel={t('admin.tenants.suspendSubmit')}
                        pendingLabel={t('admin.saving')}
                      />
                    </details>
                  )}
                  {!row.suspendedAt && administered.has(row.id) && (
                    <ActionForm
                      action={switchTenantAction.bind(null, slug, row.slug)}
                      label={t('admin.tenants.switch', { name: row.name })}
                      groups={[]}
                      secondary
                      submitLabel={t('admin.tenants.switchSubmit')}
                      pendingLabel={t('admin.saving')}
                    />
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
        <nav className="pagination" aria-label={t('listing.pagination')}>
          {after && <a href={`${base}${query({ of })}`}>{t('listing.firstPage')}</a>}
          {childTenants.pageInfo.hasNextPage && childTenants.pageInfo.endCursor && (
            <a rel="next" href={`${base}${query({ of, after: childTenants.pageInfo.endCursor })}`}>
              {t('listing.nextPage')}
            </a>
          )}
        </nav>
      </section>
    </div>
  );
}
