import type { SubscriptionStatus } from '../../../gql/graphql';
import { sectionPath } from '../../../lib/admin/access';
import { formatDateTime } from '../../../lib/admin/format';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { cancelCustomerSubscriptionAction, updateSubscriptionSettingsAction } from '../../../lib/admin/subscription-actions';
import { formatMoney } from '../../../lib/money';
import { sm } from '../../../lib/shop/subscription-messages';
import { AdminSubscriptionListQuery } from '../../../lib/shop/subscription-operations';
import { DataTable } from '../DataTable';
import { one, query } from '../pages/params';

const STATUSES: readonly SubscriptionStatus[] = ['PENDING', 'ACTIVE', 'PAUSED', 'PAST_DUE', 'CANCELLED'];

/**
 * Orders › Subscriptions (decision 0060): the shop's subscriptions newest first, filtered by status, 25 a page;
 * administrators cancel one and turn selling on subscription on or off. Staff read; vendors are not shown
 * the list (commerce refuses it to them).
 */
export async function SubscriptionsAdminPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = `${sectionPath(slug, 'orders')}/subscriptions`;
  const statusParam = one(params, 'status') as SubscriptionStatus;
  const status = STATUSES.includes(statusParam) ? statusParam : null;
  const after = one(params, 'after') || null;
  const viewer = await requireViewer(slug, `${base}${query({ status, after })}`, 'orders');
  if (!viewer.access.manager) {
    return (
      <div>
        <h1>{sm('admin.title')}</h1>
        <p className="hint">{sm('admin.managersOnly')}</p>
      </div>
    );
  }
  const { subscriptions, subscriptionSettings } = await adminQuery(slug, AdminSubscriptionListQuery, { status, after });
  const done = one(params, 'done');
  const error = one(params, 'error');
  const cancel = cancelCustomerSubscriptionAction.bind(null, slug);
  return (
    <div>
      <h1>{sm('admin.title')}</h1>
      <p className="hint">{sm('admin.intro')}</p>
      {done === 'cancelled' && <p role="status">{sm('admin.cancelled')}</p>}
      {done === 'saved' && <p role="status">{sm('admin.saved')}</p>}
      {error && /^[A-Z_]{1,40}$/.test(error) && <p role="alert">{sm('subs.error', { code: error })}</p>}
      <section aria-labelledby="subscription-settings">
        <h2 id="subscription-settings">{sm('admin.settings')}</h2>
        <p>{sm(subscriptionSettings.enabled ? 'admin.onNow' : 'admin.offNow')}</p>
        {viewer.access.admin && (
          <form action={updateSubscriptionSettingsAction.bind(null, slug)}>
            <label>
              <input type="checkbox" name="enabled" defaultChecked={subscriptionSettings.enabled} /> {sm('admin.enabled')}
            </label>{' '}
            <button type="submit">{sm('admin.save')}</button>
          </form>
        )}
      </section>
      <form method="get" action={base} className="filter-bar" aria-label={sm('admin.filter')}>
        <div className="field">
          <label htmlFor="subscription-status">{sm('subs.status')}</label>
          <select id="subscription-status" name="status" defaultValue={status ?? ''}>
            <option value="">{sm('admin.allStatuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {sm(`subs.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{sm('admin.apply')}</button>
      </form>
      {subscriptions.edges.length === 0 ? (
        <p className="empty">{sm('admin.empty')}</p>
      ) : (
        <DataTable label={sm('admin.title')}>
          <thead>
            <tr>
              <th scope="col">{sm('admin.product')}</th>
              <th scope="col">{sm('subs.status')}</th>
              <th scope="col">{sm('admin.customer')}</th>
              <th scope="col">{sm('subs.interval')}</th>
              <th scope="col">{sm('subs.next')}</th>
              <th scope="col">{sm('subs.lastTotal')}</th>
              <th scope="col">{sm('admin.failures')}</th>
              <th scope="col">{sm('admin.created')}</th>
              {viewer.access.admin && <th scope="col">{sm('admin.cancel')}</th>}
            </tr>
          </thead>
          <tbody>
            {subscriptions.edges.map(({ node: s }) => (
              <tr key={s.id}>
                <th scope="row">{s.title}</th>
                <td>{sm(`subs.status.${s.status}`)}</td>
                <td>{s.email}</td>
                <td>
                  {sm(`subs.every.${s.interval}`)} × {s.quantity}
                </td>
                <td>{s.nextChargeAt ? formatDateTime(s.nextChargeAt) : sm('subs.noDate')}</td>
                <td>{formatMoney(s.lastTotal)}</td>
                <td>{s.failureCount}</td>
                <td>{formatDateTime(s.createdAt)}</td>
                {viewer.access.admin && (
                  <td>
                    {s.status !== 'CANCELLED' && (
                      <form action={cancel}>
                        <input type="hidden" name="id" value={s.id} />
                        <button type="submit" aria-label={`${sm('admin.cancel')}: ${s.title}, ${s.email}`}>
                          {sm('admin.cancel')}
                        </button>
                      </form>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {subscriptions.pageInfo.hasNextPage && subscriptions.pageInfo.endCursor && (
        <p>
          <a href={`${base}${query({ status, after: subscriptions.pageInfo.endCursor })}`}>{sm('admin.next')}</a>
        </p>
      )}
    </div>
  );
}
