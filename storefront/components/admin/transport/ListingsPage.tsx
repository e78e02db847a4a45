import { redirect } from 'next/navigation';
import { adminBase } from '../../../lib/admin/access';
import { formatDateTime } from '../../../lib/admin/format';
import { listingsPath } from '../../../lib/admin/transport';
import { requestParkListingAction, setParkListingStatusAction } from '../../../lib/admin/transport-actions';
import { AdminParkListingsQuery } from '../../../lib/admin/transport-operations';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { tt, type TransportMessageKey } from '../../../lib/transport/messages';
import { ActionForm } from '../ActionForm';
import { DataTable } from '../DataTable';
import { one } from '../pages/params';
import { TransportTabs } from './TransportTabs';

type Listing = Awaited<ReturnType<typeof listings>>['listings'][number];

/** Every listing the tenant is part of (as the park or as the operator), and the names of its user's businesses. */
async function listings(slug: string) {
  const first = await adminQuery(slug, AdminParkListingsQuery, {});
  const all = first.parkListings.edges.map((e) => e.node);
  let page = first.parkListings.pageInfo;
  while (page.hasNextPage && page.endCursor) {
    const next = await adminQuery(slug, AdminParkListingsQuery, { after: page.endCursor });
    all.push(...next.parkListings.edges.map((e) => e.node));
    page = next.parkListings.pageInfo;
  }
  return { listings: all, tenants: new Map(first.myTenants.map((m) => [m.tenant.id, m.tenant.name])) };
}

const DONE = ['requested', 'approved', 'suspended'] as const;
const statusName = (status: string) => tt(`admin.listings.status.${status}` as TransportMessageKey);

/**
 * Park listings (transport's TRANSPORT_ADMINS: administrators). At a motor park (a marketplace), the
 * operators that asked to be listed, with Approve / Reject while pending, Suspend while approved and
 * Approve again when suspended; while approved the park sells the operator's trips. At an operator, the
 * parks it asked and a form to ask another, named by its address. Reached from the transport section
 * (both sides) and from a park's vendors page; the server refuses anyone else.
 */
export async function ListingsPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = listingsPath(slug);
  const viewer = await requireViewer(slug, base);
  const { access, tenant } = viewer;
  if (!access.admin || !(access.sections.includes('transport') || access.sections.includes('vendors'))) redirect(adminBase(slug));
  const { listings: all, tenants } = await listings(slug);
  const park = tenant.kind === 'MARKETPLACE';
  const done = one(params, 'done');
  return (
    <div>
      <h1>{tt('admin.listings.title')}</h1>
      {access.sections.includes('transport') && <TransportTabs slug={slug} current="listings" />}
      <p>{tt(park ? 'admin.listings.parkHint' : 'admin.listings.operatorHint')}</p>
      {(DONE as readonly string[]).includes(done) && (
        <p role="status" className="notice-ok">
          {tt(`admin.listings.done.${done}` as TransportMessageKey)}
        </p>
      )}
      {park ? <ParkSide slug={slug} listings={all.filter((l) => l.parkTenantId === tenant.id)} /> : <OperatorSide slug={slug} listings={all.filter((l) => l.operatorId === tenant.id)} tenants={tenants} />}
    </div>
  );
}

function ParkSide({ slug, listings }: { slug: string; listings: Listing[] }) {
  if (listings.length === 0) return <p className="empty">{tt('admin.listings.noneAtPark')}</p>;
  return (
    <ul className="issue-list" data-testid="park-listings">
      {listings.map((l) => {
        const decide = (status: 'APPROVED' | 'SUSPENDED', key: TransportMessageKey, secondary = false) => (
          <ActionForm
            key={key}
            action={setParkListingStatusAction.bind(null, slug, l.id, status)}
            label={tt(`${key}One` as TransportMessageKey, { operator: l.operatorName })}
            groups={[]}
            secondary={secondary}
            submitLabel={tt(key)}
            pendingLabel={t('admin.saving')}
          />
        );
        return (
          <li key={l.id} className="card" data-listing={l.operatorName} data-status={l.status}>
            <h2>{l.operatorName}</h2>
            <p>
              {tt('admin.listings.statusLabel')}: <strong>{statusName(l.status)}</strong> · {tt('admin.listings.updated', { when: formatDateTime(l.updatedAt) })}
            </p>
            <div className="decision">
              {l.status === 'PENDING' && [decide('APPROVED', 'admin.listings.approve'), decide('SUSPENDED', 'admin.listings.reject', true)]}
              {l.status === 'APPROVED' && decide('SUSPENDED', 'admin.listings.suspend', true)}
              {l.status === 'SUSPENDED' && decide('APPROVED', 'admin.listings.approve')}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

function OperatorSide({ slug, listings, tenants }: { slug: string; listings: Listing[]; tenants: Map<string, string> }) {
  return (
    <>
      {listings.length === 0 ? (
        <p className="empty">{tt('admin.listings.noneAsked')}</p>
      ) : (
        <DataTable label={tt('admin.listings.asked')} testId="operator-listings">
          <thead>
            <tr>
              <th scope="col">{tt('admin.listings.park')}</th>
              <th scope="col">{tt('admin.listings.statusLabel')}</th>
              <th scope="col">{tt('admin.listings.updatedColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {listings.map((l) => (
              <tr key={l.id} data-park={l.parkTenantId} data-status={l.status}>
                <th scope="row">{tenants.get(l.parkTenantId) ?? tt('admin.listings.parkId', { id: l.parkTenantId })}</th>
                <td>{statusName(l.status)}</td>
                <td>{formatDateTime(l.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <ActionForm
        action={requestParkListingAction.bind(null, slug)}
        label={tt('admin.listings.request')}
        groups={[{ legend: tt('admin.listings.request'), fields: [{ name: 'park', label: tt('admin.listings.parkAddress'), required: true, hint: tt('admin.listings.parkAddressHint'), autoComplete: 'off' }] }]}
        submitLabel={tt('admin.listings.submit')}
        pendingLabel={t('admin.saving')}
      />
    </>
  );
}
