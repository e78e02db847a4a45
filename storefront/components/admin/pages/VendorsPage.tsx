import type { VendorStatus } from '../../../gql/graphql';
import { sectionPath } from '../../../lib/admin/access';
import { formatDateTime, label } from '../../../lib/admin/format';
import { AdminVendorApplicationsQuery } from '../../../lib/admin/vendor-operations';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { approveVendorAction, rejectVendorAction, reinstateVendorAction, suspendVendorAction } from '../../../lib/admin/vendor-actions';
import { ct } from '../../../lib/admin/catalog-messages';
import { listingsPath } from '../../../lib/admin/transport';
import { tt } from '../../../lib/transport/messages';
import { t } from '../../../lib/messages';
import { ActionForm } from '../ActionForm';
import { one, query } from './params';

const STATUSES: readonly VendorStatus[] = ['PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED'];

/** The vendor approval queue (oldest first) with each application's details and its trail of decisions. */
export async function VendorsPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = sectionPath(slug, 'vendors');
  const statusParam = one(params, 'status') as VendorStatus;
  const status = STATUSES.includes(statusParam) ? statusParam : 'PENDING';
  const after = one(params, 'after') || null;
  const done = one(params, 'done');
  await requireViewer(slug, `${base}${query({ status: status === 'PENDING' ? null : status, after })}`, 'vendors');
  const { vendorApplications } = await adminQuery(slug, AdminVendorApplicationsQuery, { status, after });

  return (
    <div>
      <h1>{t('admin.vendors.title')}</h1>
      {/* A motor park's operators are listed, not vendors: their listings have a page of their own. */}
      <p>
        <a href={listingsPath(slug)}>{tt('admin.listings.fromVendors')}</a>
      </p>
      {done && (
        <p role="status" className="notice-ok">
          {done === 'suspended' || done === 'reinstated' ? ct(`vendors.done.${done}`) : label(`admin.vendors.done.${done}`)}
        </p>
      )}
      <nav className="tabs" aria-label={t('admin.vendors.byStatus')}>
        <ul>
          {STATUSES.map((s) => (
            <li key={s}>
              <a href={`${base}${query({ status: s === 'PENDING' ? null : s })}`} aria-current={s === status ? 'page' : undefined}>
                {label(`admin.vendorStatus.${s}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {vendorApplications.edges.length === 0 ? (
        <p className="empty">{label(`admin.vendors.empty.${status}`)}</p>
      ) : (
        <ul className="issue-list">
          {vendorApplications.edges.map(({ node: vendor }) => (
            <li key={vendor.id} className="card" aria-labelledby={`vendor-${vendor.id}`}>
              <h2 id={`vendor-${vendor.id}`}>{vendor.name}</h2>
              <dl className="details">
                <div>
                  <dt>{t('admin.vendors.legalName')}</dt>
                  <dd>{vendor.legalName ?? '—'}</dd>
                </div>
                <div>
                  <dt>{t('admin.vendors.tin')}</dt>
                  <dd>{vendor.tin ?? '—'}</dd>
                </div>
                <div>
                  <dt>{t('admin.vendors.email')}</dt>
                  <dd>{vendor.email ?? '—'}</dd>
                </div>
                <div>
                  <dt>{t('admin.vendors.phone')}</dt>
                  <dd>{vendor.phone ?? '—'}</dd>
                </div>
                <div>
                  <dt>{t('admin.vendors.address')}</dt>
                  <dd>{vendor.address ?? '—'}</dd>
                </div>
                <div>
                  <dt>{t('admin.vendors.applied')}</dt>
                  <dd>{formatDateTime(vendor.createdAt)}</dd>
                </div>
              </dl>
              {vendor.documentUrls && vendor.documentUrls.length > 0 && (
                <>
                  <h3>{t('admin.vendors.documents')}</h3>
                  <ul>
                    {vendor.documentUrls.map((url) => (
                      <li key={url}>
                        <a href={url} rel="noopener noreferrer">
                          {url}
                        </a>
                      </li>
                    ))}
                  </ul>
                </>
              )}
              <h3>{t('admin.vendors.trail')}</h3>
              <ol className="trail">
                {(vendor.statusHistory ?? []).map((change) => (
                  <li key={change.id}>
                    {formatDateTime(change.createdAt)}: {change.fromStatus ? `${label(`admin.vendorStatus.${change.fromStatus}`)} → ` : ''}
                    {label(`admin.vendorStatus.${change.toStatus}`)}
                    {change.reason && <> · “{change.reason}”</>}
                  </li>
                ))}
              </ol>
              {vendor.status === 'PENDING' && (
                <div className="decision">
                  <ActionForm
                    action={approveVendorAction.bind(null, slug, vendor.id)}
                    label={t('admin.vendors.approveOne', { name: vendor.name })}
                    groups={[{ fields: [{ name: 'reason', label: t('admin.vendors.approveNote') }] }]}
                    submitLabel={t('admin.vendors.approve')}
                    pendingLabel={t('admin.saving')}
                  />
                  <ActionForm
                    action={rejectVendorAction.bind(null, slug, vendor.id)}
                    label={t('admin.vendors.rejectOne', { name: vendor.name })}
                    groups={[{ fields: [{ name: 'reason', label: t('admin.vendors.rejectReason'), required: true, hint: t('admin.vendors.rejectHint') }] }]}
                    secondary
                    submitLabel={t('admin.vendors.reject')}
                    pendingLabel={t('admin.saving')}
                  />
                </div>
              )}
              {vendor.status === 'APPROVED' && (
                <ActionForm
                  action={suspendVendorAction.bind(null, slug, vendor.id)}
                  label={ct('vendors.suspendOne', { name: vendor.name })}
                  groups={[{ fields: [{ name: 'reason', label: ct('vendors.suspendReason'), required: true, hint: ct('vendors.suspendHint') }] }]}
                  secondary
                  submitLabel={ct('vendors.suspend')}
                  pendingLabel={t('admin.saving')}
                />
              )}
              {vendor.status === 'SUSPENDED' && (
                <ActionForm
                  action={reinstateVendorAction.bind(null, slug, vendor.id)}
                  label={ct('vendors.reinstateOne', { name: vendor.name })}
                  groups={[{ fields: [{ name: 'reason', label: ct('vendors.reinstateNote') }] }]}
                  submitLabel={ct('vendors.reinstate')}
                  pendingLabel={t('admin.saving')}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {vendorApplications.pageInfo.hasNextPage && (
        <nav className="pagination" aria-label={t('listing.pagination')}>
          <a rel="next" href={`${base}${query({ status: status === 'PENDING' ? null : status, after: vendorApplications.pageInfo.endCursor })}`}>
            {t('listing.nextPage')}
          </a>
        </nav>
      )}
    </div>
  );
}
