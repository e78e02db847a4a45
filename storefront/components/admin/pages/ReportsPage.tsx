import { sectionPath } from '../../../lib/admin/access';
import { formatNumber, label } from '../../../lib/admin/format';
import { AdminSalesReportQuery } from '../../../lib/admin/report-operations';
import { GROUPINGS, REPORT_ZONE, reportPeriod } from '../../../lib/admin/reports';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { formatMoney } from '../../../lib/money';
import { one, query } from './params';

/**
 * Sales reports (CB-2): every paid order of a period, by day, product, vendor or channel, from commerce's
 * aggregates; the same figures as CSV for a spreadsheet or the accountant. Managers only (access.ts).
 */
export async function ReportsPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = sectionPath(slug, 'reports');
  const period = reportPeriod({ from: one(params, 'from'), to: one(params, 'to'), by: one(params, 'by') }, REPORT_ZONE);
  const search = query({ from: period.from, to: period.to, by: period.groupBy });
  await requireViewer(slug, `${base}${search}`, 'reports');
  const { salesSummary, salesReport } = await adminQuery(slug, AdminSalesReportQuery, { from: period.fromInstant, to: period.toInstant, groupBy: period.groupBy, timeZone: REPORT_ZONE });
  const byVendor = period.groupBy === 'VENDOR';
  const refunds = period.groupBy === 'DAY' || period.groupBy === 'CHANNEL';
  const rowLabel = (key: string, text: string) => (period.groupBy === 'CHANNEL' ? label(`admin.reports.channel.${key}`) : text);

  return (
    <div>
      <h1>{t('admin.reports.title')}</h1>
      <p className="hint">{t('admin.reports.intro')}</p>
      <form method="get" action={base} className="filter-bar" aria-label={t('admin.reports.filter')}>
        <div className="field">
          <label htmlFor="report-from">{t('admin.reports.from')}</label>
          <input id="report-from" name="from" type="date" defaultValue={period.from} required />
        </div>
        <div className="field">
          <label htmlFor="report-to">{t('admin.reports.to')}</label>
          <input id="report-to" name="to" type="date" defaultValue={period.to} required />
        </div>
        <div className="field">
          <label htmlFor="report-by">{t('admin.reports.by')}</label>
          <select id="report-by" name="by" defaultValue={period.groupBy}>
            {GROUPINGS.map((g) => (
              <option key={g} value={g}>
                {label(`admin.reports.by.${g}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('admin.reports.show')}</button>
      </form>
      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">{t('admin.reports.summary', { from: period.from, to: period.to })}</h2>
        {salesSummary.length === 0 ? (
          <p className="empty">{t('admin.reports.none')}</p>
        ) : (
          <dl className="summary-figures" data-testid="report-summary">
            {salesSummary.map((s) => (
              <div key={s.revenue.currency} className="card">
                <dt>{t('admin.reports.revenue')}</dt>
                <dd className="big-number">{formatMoney(s.revenue)}</dd>
                <dt>{t('admin.reports.orders')}</dt>
                <dd>{formatNumber(s.orders)}</dd>
                <dt>{t('admin.reports.average')}</dt>
                <dd>{formatMoney(s.averageOrderValue)}</dd>
                <dt>{t('admin.reports.tax')}</dt>
                <dd>{formatMoney(s.tax)}</dd>
                <dt>{t('admin.reports.refunded')}</dt>
                <dd>{formatMoney(s.refunded)}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      <section aria-labelledby="rows-heading">
        <h2 id="rows-heading">{label(`admin.reports.by.${period.groupBy}`)}</h2>
        <p>
          <a href={`${base}/export${search}`} download>
            {t('admin.reports.csv')}
          </a>
        </p>
        {salesReport.length > 0 && (
          <div className="table-scroll" tabIndex={0} role="region" aria-label={label(`admin.reports.by.${period.groupBy}`)}>
            <table className="data-table" data-testid="report-rows">
              <thead>
                <tr>
                  <th scope="col">{label(`admin.reports.column.${period.groupBy}`)}</th>
                  <th scope="col">{t('admin.reports.orders')}</th>
                  <th scope="col">{t('admin.reports.units')}</th>
                  <th scope="col">{t('admin.reports.revenue')}</th>
                  <th scope="col">{t('admin.reports.tax')}</th>
                  {refunds && <th scope="col">{t('admin.reports.refunded')}</th>}
                  {byVendor && <th scope="col">{t('admin.reports.commission')}</th>}
                </tr>
              </thead>
              <tbody>
                {salesReport.map((r) => (
                  <tr key={`${r.key}-${r.revenue.currency}`} data-key={r.key}>
                    <th scope="row">{rowLabel(r.key, r.label)}</th>
                    <td>{formatNumber(r.orders)}</td>
                    <td>{formatNumber(r.units)}</td>
                    <td>{formatMoney(r.revenue)}</td>
                    <td>{formatMoney(r.tax)}</td>
                    {refunds && <td>{formatMoney(r.refunded)}</td>}
                    {byVendor && <td>{formatMoney(r.commission)}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
