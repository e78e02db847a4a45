import type { AdminCommissionFieldsFragment, CommissionStatus } from '../../../gql/graphql';
import { sectionPath } from '../../../lib/admin/access';
import { formatDateTime, label } from '../../../lib/admin/format';
import { AdminCommissionsQuery, AdminMyCommissionsQuery } from '../../../lib/admin/money-operations';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { formatMoney } from '../../../lib/money';
import { one, query } from '../pages/params';
import { CopyLink } from './CopyLink';
import { DataTable } from '../DataTable';
import { ProgrammeTabs } from '../mlas/ProgrammeLinks';

const STATUSES: readonly CommissionStatus[] = ['POSTED', 'HELD', 'FLAGGED'];

/**
 * Commission lines, newest first, 25 a page, filtered by status. Managers see every line of the tenant
 * (MLAS `commissions`); an agent sees its own (`myCommissions`) with its referral code and link to share.
 */
export async function CommissionsPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = sectionPath(slug, 'commissions');
  const statusParam = one(params, 'status') as CommissionStatus;
  const status = STATUSES.includes(statusParam) ? statusParam : null;
  const after = one(params, 'after') || null;
  const viewer = await requireViewer(slug, `${base}${query({ status, after })}`, 'commissions');
  const own = !viewer.access.manager;
  const data = own ? await adminQuery(slug, AdminMyCommissionsQuery, { status, after }) : null;
  const all = own ? null : (await adminQuery(slug, AdminCommissionsQuery, { status, after })).commissions;
  const connection = data ? data.myCommissions : all!;
  const referral = data?.myReferral ?? null;

  return (
    <div>
      <h1>{t('admin.money.commissions.title')}</h1>
      <ProgrammeTabs slug={slug} manager={viewer.access.manager} current="commissions" />
      {own && (
        <section className="card" aria-labelledby="referral-title">
          <h2 id="referral-title">{t('admin.money.commissions.referral')}</h2>
          {referral ? (
            <>
              <p>
                {t('admin.money.commissions.code')}: <strong data-testid="referral-code">{referral.code}</strong>
              </p>
              <CopyLink value={referral.link} label={t('admin.money.commissions.link')} copyLabel={t('admin.money.commissions.copy')} copiedLabel={t('admin.money.commissions.copied')} />
            </>
          ) : (
            <p>{t('admin.money.commissions.noProfile')}</p>
          )}
        </section>
      )}
      <form method="get" action={base} className="filter-bar" aria-label={t('admin.money.commissions.filter')}>
        <div className="field">
          <label htmlFor="commission-status">{t('admin.money.commissions.status')}</label>
          <select id="commission-status" name="status" defaultValue={status ?? ''}>
            <option value="">{t('admin.money.commissions.allStatuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {label(`admin.money.commissions.statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('admin.money.commissions.apply')}</button>
      </form>
      {connection.edges.length === 0 ? (
        <p className="empty">{t('admin.money.commissions.empty')}</p>
      ) : (
        <CommissionsTable lines={connection.edges.map((e) => e.node)} ordersBase={viewer.access.manager ? sectionPath(slug, 'orders') : null} />
      )}
      {connection.pageInfo.hasNextPage && connection.pageInfo.endCursor && (
        <nav className="pagination" aria-label={t('admin.money.commissions.pages')}>
          <a rel="next" href={`${base}${query({ status, after: connection.pageInfo.endCursor })}`}>
            {t('admin.money.commissions.older')}
          </a>
        </nav>
      )}
    </div>
  );
}

function CommissionsTable({ lines, ordersBase }: { lines: AdminCommissionFieldsFragment[]; ordersBase: string | null }) {
  return (
    <DataTable label={t('admin.money.commissions.title')}>
      <thead>
        <tr>
          <th scope="col">{t('admin.money.commissions.date')}</th>
          <th scope="col">{t('admin.money.commissions.source')}</th>
          <th scope="col">{t('admin.money.commissions.beneficiary')}</th>
          <th scope="col">{t('admin.money.commissions.level')}</th>
          <th scope="col">{t('admin.money.commissions.amount')}</th>
          <th scope="col">{t('admin.money.commissions.status')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.id}>
            <th scope="row">{formatDateTime(line.createdAt)}</th>
            <td>
              {/* The order's number names it (an agent has no order pages: the number alone). */}
              {line.orderId && ordersBase ? (
                <a href={`${ordersBase}/${line.orderId}`}>{t('admin.money.commissions.order', { number: line.orderNumber ?? '' })}</a>
              ) : line.orderNumber ? (
                t('admin.money.commissions.order', { number: line.orderNumber })
              ) : (
                label(`admin.money.commissions.sources.${line.source}`)
              )}
            </td>
            <td>{label(`admin.money.commissions.beneficiaries.${line.beneficiary}`)}</td>
            <td>{line.level > 0 ? line.level : ''}</td>
            <td>
              {formatMoney(line.amount)}
              {line.net.amount !== line.amount.amount && ` (${t('admin.money.commissions.net', { amount: formatMoney(line.net) })})`}
            </td>
            <td>
              {label(`admin.money.commissions.statuses.${line.status}`)}
              {line.flagReason && ` · ${label(`admin.money.commissions.flagReasons.${line.flagReason}`)}`}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
