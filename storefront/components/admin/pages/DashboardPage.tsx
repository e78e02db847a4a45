import { redirect } from 'next/navigation';
import { adminBase, sectionPath } from '../../../lib/admin/access';
import { productCounts } from '../../../lib/admin/dashboard';
import { formatDateTime, formatNumber, formatSigned, label } from '../../../lib/admin/format';
import { AdminStockOverviewQuery } from '../../../lib/admin/dashboard-operations';
import { adminQuery, requireViewer, type Viewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { BarChart } from '../BarChart';
import { CommerceTiles } from '../orders/CommerceTiles';
import { ReadinessChecklist } from '../ReadinessChecklist';

/**
 * What the viewer can act on now: products by status (with a chart), low-stock alerts and the latest
 * stock movements for managers; sales, orders, top products and payouts due in `CommerceTiles`.
 */
export async function DashboardPage({ slug }: { slug: string }) {
  const viewer = await requireViewer(slug, adminBase(slug));
  const { access } = viewer;
  if (access.needsTwoFactor) return <NeedsTwoFactor viewer={viewer} />;
  if (access.sections.length === 0) return <NoAccess viewer={viewer} />;
  // A rider's back office is their deliveries (decision 0093): signing in lands there.
  if (!access.sections.includes('dashboard') && access.sections.includes('deliveries')) redirect(sectionPath(slug, 'deliveries'));

  const showProducts = access.sections.includes('products');
  const vendorId = access.manager ? null : (access.vendor?.id ?? null);
  const [counts, stock] = await Promise.all([
    showProducts ? productCounts(slug, vendorId) : null,
    access.sections.includes('inventory') ? adminQuery(slug, AdminStockOverviewQuery, { alerts: 5, movements: 8 }) : null,
  ]);

  return (
    <div className="dashboard">
      <h1>{t('admin.dashboard.title')}</h1>
      <p>{t('admin.dashboard.welcome', { name: viewer.user.name, tenant: viewer.tenant.name })}</p>
      {access.vendor && access.vendor.status !== 'APPROVED' && (
        <p className="notice" role="status">
          {label(`admin.dashboard.vendorStatus.${access.vendor.status}`).replace('{vendor}', access.vendor.name)}
        </p>
      )}
      <ReadinessChecklist slug={slug} viewer={viewer} counts={counts} />
      <CommerceTiles slug={slug} viewer={viewer} />
      <div className="dashboard-grid">
        {counts && (
          <section className="card" aria-labelledby="products-heading">
            <h2 id="products-heading">{t(vendorId ? 'admin.dashboard.yourProducts' : 'admin.dashboard.products')}</h2>
            <p className="big-number" data-testid="product-count">{formatNumber(counts.total)}</p>
            <BarChart
              id="status-chart"
              title={t('admin.dashboard.byStatus')}
              description={t('admin.dashboard.byStatusDesc', { active: counts.ACTIVE, draft: counts.DRAFT, archived: counts.ARCHIVED })}
              labelHeading={t('admin.products.status')}
              valueHeading={t('admin.dashboard.count')}
              bars={(['ACTIVE', 'DRAFT', 'ARCHIVED'] as const).map((s) => ({ label: label(`admin.status.${s}`), value: counts[s] }))}
            />
            {!counts.exact && <p className="hint">{t('admin.dashboard.countsApproximate')}</p>}
            <p>
              <a href={sectionPath(slug, 'products')}>{t('admin.dashboard.manageProducts')}</a>
            </p>
          </section>
        )}
        {stock && (
          <section className="card" aria-labelledby="alerts-heading">
            <h2 id="alerts-heading">{t('admin.dashboard.lowStock')}</h2>
            {stock.stockAlerts.edges.length === 0 ? (
              <p>{t('admin.dashboard.noAlerts')}</p>
            ) : (
              <ul className="plain-list">
                {stock.stockAlerts.edges.map(({ node }) => (
                  <li key={node.id}>
                    <strong>{node.sku}</strong> · {node.location.name}: {t('admin.inventory.availableCount', { count: node.available })}
                    {node.threshold !== null && ` (${t('admin.inventory.threshold', { count: node.threshold })})`}
                  </li>
                ))}
              </ul>
            )}
            <p>
              <a href={`${sectionPath(slug, 'inventory')}/alerts`}>{t('admin.dashboard.allAlerts')}</a>
            </p>
          </section>
        )}
        {stock && (
          <section className="card wide" aria-labelledby="movements-heading">
            <h2 id="movements-heading">{t('admin.dashboard.recentMovements')}</h2>
            {stock.stockMovements.edges.length === 0 ? (
              <p>{t('admin.inventory.noMovements')}</p>
            ) : (
              <div className="table-scroll">
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('admin.inventory.when')}</th>
                      <th scope="col">{t('admin.inventory.sku')}</th>
                      <th scope="col">{t('admin.inventory.location')}</th>
                      <th scope="col">{t('admin.inventory.reason')}</th>
                      <th scope="col" className="num">
                        {t('admin.inventory.change')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {stock.stockMovements.edges.map(({ node }) => (
                      <tr key={node.id}>
                        <td>{formatDateTime(node.occurredAt)}</td>
                        <td>{node.sku}</td>
                        <td>{node.location.name}</td>
                        <td>{label(`admin.reason.${node.reason}`)}</td>
                        <td className="num">{formatSigned(node.quantity)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <p>
              <a href={`${sectionPath(slug, 'inventory')}/movements`}>{t('admin.dashboard.allMovements')}</a>
            </p>
          </section>
        )}
        <AccountCard viewer={viewer} />
      </div>
    </div>
  );
}

function AccountCard({ viewer }: { viewer: Viewer }) {
  return (
    <section className="card" aria-labelledby="account-heading">
      <h2 id="account-heading">{t('admin.dashboard.account')}</h2>
      <dl className="details">
        <div>
          <dt>{t('admin.dashboard.email')}</dt>
          <dd>{viewer.user.email}</dd>
        </div>
        <div>
          <dt>{t('admin.dashboard.roles')}</dt>
          <dd>{viewer.roles.map((r) => label(`admin.role.${r}`)).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('admin.dashboard.twoFactor')}</dt>
          <dd>{t(viewer.user.twoFactorEnabled ? 'admin.dashboard.twoFactorOn' : 'admin.dashboard.twoFactorOff')}</dd>
        </div>
      </dl>
    </section>
  );
}

function NeedsTwoFactor({ viewer }: { viewer: Viewer }) {
  return (
    <section className="card narrow" aria-labelledby="mfa-title">
      <h1 id="mfa-title">{t('admin.twoFactor.title')}</h1>
      <p>{t('admin.twoFactor.body', { name: viewer.user.name })}</p>
      <p>
        <a className="button" href={`${adminBase(viewer.tenant.slug)}/account`}>
          {t('admin.twoFactor.setUp')}
        </a>
      </p>
    </section>
  );
}

function NoAccess({ viewer }: { viewer: Viewer }) {
  return (
    <section className="card narrow" aria-labelledby="no-access-title">
      <h1 id="no-access-title">{t('admin.noAccess.title')}</h1>
      <p>{t('admin.noAccess.body', { name: viewer.user.name, tenant: viewer.tenant.name })}</p>
    </section>
  );
}
