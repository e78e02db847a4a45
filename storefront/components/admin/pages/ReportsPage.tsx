import { Fragment, type ReactNode } from 'react';
import { sectionPath } from '../../../lib/admin/access';
import { formatDateTime, formatNumber, label } from '../../../lib/admin/format';
import { AdminCommissionReportQuery, AdminPayoutReportQuery, AdminSalesReportQuery, AdminStockReportQuery, AdminTicketSalesReportQuery } from '../../../lib/admin/report-operations';
import { GROUPINGS, REPORT_ZONE, reportKind, reportKinds, reportPeriod, STOCK_GROUPINGS, stockGrouping } from '../../../lib/admin/reports';
import { mlabel } from '../../../lib/admin/mlas-messages';
import { AdminOwnerDirectoryQuery } from '../../../lib/admin/money-operations';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { invt } from '../../../lib/invoices/messages';
import { AdminVatReturnQuery } from '../../../lib/invoices/operations';
import { exlabel, ext } from '../../../lib/expenses/messages';
import { AdminVatReturnTotalsQuery } from '../../../lib/expenses/operations';
import { profitAndLossInEachCurrency, vendorStatementsInEachCurrency } from '../../../lib/expenses/in-each-currency';
import { t } from '../../../lib/messages';
import { formatMoney } from '../../../lib/money';
import { ownerDirectory, ownerName } from '../money/owners';
import { Tabs } from '../Tabs';
import { VendorStatementTable } from '../ledger/VendorStatementTable';
import { one, query } from './params';

type Params = Record<string, string | string[] | undefined>;

/**
 * Reports (CB-2), each from the owning service's aggregates and as CSV for a spreadsheet or the
 * accountant: sales of a period (commerce), stock now in units (inventory, where the tenant keeps stock),
 * ticket sales per trip (transport, where it runs trips), commissions (mlas) and payouts (ledger). ?report= picks one; sales without it. Managers
 * only (access.ts).
 */
export async function ReportsPage({ slug, params }: { slug: string; params: Params }) {
  const base = sectionPath(slug, 'reports');
  const asked = query({ report: one(params, 'report'), from: one(params, 'from'), to: one(params, 'to'), by: one(params, 'by') });
  const viewer = await requireViewer(slug, `${base}${asked}`, 'reports');
  const kinds = reportKinds(viewer.access.sections);
  const kind = reportKind(one(params, 'report'), kinds);
  const Report = REPORTS[kind];
  return (
    <div>
      <h1>{t('admin.reports.title')}</h1>
      {kinds.length > 1 && <Tabs label={t('admin.reports.kinds')} tabs={kinds.map((k) => ({ key: k, href: k === 'sales' ? base : `${base}${query({ report: k })}`, label: label(`admin.reports.kind.${k}`) }))} current={kind} />}
      <Report slug={slug} base={base} params={params} />
    </div>
  );
}

/** Every paid order of a period, by day, product, vendor or channel (commerce). */
async function SalesReport({ slug, base, params }: { slug: string; base: string; params: Params }) {
  const period = reportPeriod({ from: one(params, 'from'), to: one(params, 'to'), by: one(params, 'by') }, REPORT_ZONE);
  const search = query({ from: period.from, to: period.to, by: period.groupBy });
  const { salesSummary, salesReport } = await adminQuery(slug, AdminSalesReportQuery, { from: period.fromInstant, to: period.toInstant, groupBy: period.groupBy, timeZone: REPORT_ZONE });
  const byVendor = period.groupBy === 'VENDOR';
  const refunds = period.groupBy === 'DAY' || period.groupBy === 'CHANNEL';
  const rowLabel = (key: string, text: string) => (period.groupBy === 'CHANNEL' ? label(`admin.reports.channel.${key}`) : text);

  return (
    <>
      <p className="hint">{t('admin.reports.intro')}</p>
      <form method="get" action={base} className="filter-bar" aria-label={t('admin.reports.filter')}>
        <PeriodFields from={period.from} to={period.to} />
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
        <CsvLink href={`${base}/export${search}`} />
        {salesReport.length > 0 && (
          <ReportTable
            label={label(`admin.reports.by.${period.groupBy}`)}
            columns={[
              label(`admin.reports.column.${period.groupBy}`),
              t('admin.reports.orders'),
              t('admin.reports.units'),
              t('admin.reports.revenue'),
              t('admin.reports.tax'),
              ...(refunds ? [t('admin.reports.refunded')] : []),
              ...(byVendor ? [t('admin.reports.commission')] : []),
            ]}
          >
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
          </ReportTable>
        )}
      </section>
    </>
  );
}

/** The period's first and last day (inclusive), in a report's filter form. */
const PeriodFields = ({ from, to }: { from: string; to: string }) => (
  <>
    <div className="field">
      <label htmlFor="report-from">{t('admin.reports.from')}</label>
      <input id="report-from" name="from" type="date" defaultValue={from} required />
    </div>
    <div className="field">
      <label htmlFor="report-to">{t('admin.reports.to')}</label>
      <input id="report-to" name="to" type="date" defaultValue={to} required />
    </div>
  </>
);

/** A report's rows: a labelled, scrollable region on a phone, its columns headed. */
const ReportTable = ({ label: name, columns, children }: { label: string; columns: string[]; children: ReactNode }) => (
  <div className="table-scroll" tabIndex={0} role="region" aria-label={name}>
    <table className="data-table" data-testid="report-rows">
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  </div>
);

/** A report's filter when the period is all it takes (the report named in a hidden field). */
const PeriodForm = ({ base, report, label: name, from, to }: { base: string; report: string; label: string; from: string; to: string }) => (
  <form method="get" action={base} className="filter-bar" aria-label={name}>
    <input type="hidden" name="report" value={report} />
    <PeriodFields from={from} to={to} />
    <button type="submit">{t('admin.reports.show')}</button>
  </form>
);

/** The CSV download and, for the ledger's reports, its PDF copy beside it (decision 0088). */
const CsvLink = ({ href, pdf }: { href: string; pdf?: string }) => (
  <p className="report-downloads">
    <a href={href} download>
      {t('admin.reports.csv')}
    </a>
    {pdf && (
      <>
        {' · '}
        <a href={pdf} download>
          {t('admin.reports.pdf')}
        </a>
      </>
    )}
  </p>
);

/** Stock now, in units, per location or per product (inventory); no value: nothing records a unit cost. */
async function StockReport({ slug, base, params }: { slug: string; base: string; params: Params }) {
  const by = stockGrouping(one(params, 'by'));
  const search = query({ report: 'stock', by });
  const { stockReport } = await adminQuery(slug, AdminStockReportQuery, { groupBy: by });
  const total = (pick: 'onHand' | 'reserved' | 'available') => stockReport.reduce((n, r) => n + r[pick], 0);
  return (
    <>
      <p className="hint">{t('admin.reports.stock.intro')}</p>
      <form method="get" action={base} className="filter-bar" aria-label={t('admin.reports.stock.filter')}>
        <input type="hidden" name="report" value="stock" />
        <div className="field">
          <label htmlFor="report-by">{t('admin.reports.by')}</label>
          <select id="report-by" name="by" defaultValue={by}>
            {STOCK_GROUPINGS.map((g) => (
              <option key={g} value={g}>
                {label(`admin.reports.stock.by.${g}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('admin.reports.show')}</button>
      </form>
      <section aria-labelledby="rows-heading">
        <h2 id="rows-heading">{label(`admin.reports.stock.by.${by}`)}</h2>
        <dl className="summary-figures" data-testid="report-summary">
          <div className="card">
            <dt>{t('admin.reports.stock.onHand')}</dt>
            <dd className="big-number">{formatNumber(total('onHand'))}</dd>
            <dt>{t('admin.reports.stock.reserved')}</dt>
            <dd>{formatNumber(total('reserved'))}</dd>
            <dt>{t('admin.reports.stock.available')}</dt>
            <dd>{formatNumber(total('available'))}</dd>
          </div>
        </dl>
        <CsvLink href={`${base}/export${search}`} />
        {stockReport.length === 0 ? (
          <p className="empty">{t('admin.reports.stock.none')}</p>
        ) : (
          <ReportTable
            label={label(`admin.reports.stock.by.${by}`)}
            columns={[label(`admin.reports.stock.column.${by}`), t('admin.reports.stock.variants'), t('admin.reports.stock.onHand'), t('admin.reports.stock.reserved'), t('admin.reports.stock.available')]}
          >
            {stockReport.map((r) => (
              <tr key={r.key} data-key={r.key}>
                <th scope="row">{r.product?.title ?? r.label}</th>
                <td>{formatNumber(r.variants)}</td>
                <td>{formatNumber(r.onHand)}</td>
                <td>{formatNumber(r.reserved)}</td>
                <td>{formatNumber(r.available)}</td>
              </tr>
            ))}
          </ReportTable>
        )}
      </section>
    </>
  );
}

/** Ticket sales per trip departing in a period (transport). */
async function TicketsReport({ slug, base, params }: { slug: string; base: string; params: Params }) {
  const period = reportPeriod({ from: one(params, 'from'), to: one(params, 'to') }, REPORT_ZONE);
  const search = query({ report: 'tickets', from: period.from, to: period.to });
  const { ticketSalesReport: trips } = await adminQuery(slug, AdminTicketSalesReportQuery, { from: period.fromInstant, to: period.toInstant });
  const revenue = new Map<string, bigint>();
  for (const r of trips) revenue.set(r.revenue.currency, (revenue.get(r.revenue.currency) ?? 0n) + BigInt(r.revenue.amount));
  return (
    <>
      <p className="hint">{t('admin.reports.tickets.intro')}</p>
      <PeriodForm base={base} report="tickets" label={t('admin.reports.tickets.filter')} from={period.from} to={period.to} />
      <section aria-labelledby="rows-heading">
        <h2 id="rows-heading">{t('admin.reports.summary', { from: period.from, to: period.to })}</h2>
        {trips.length === 0 ? (
          <p className="empty">{t('admin.reports.tickets.none')}</p>
        ) : (
          <dl className="summary-figures" data-testid="report-summary">
            <div className="card">
              <dt>{t('admin.reports.revenue')}</dt>
              <dd className="big-number">{[...revenue].map(([currency, amount]) => formatMoney({ amount: amount.toString(), currency })).join(' + ')}</dd>
              <dt>{t('admin.reports.tickets.trips')}</dt>
              <dd>{formatNumber(trips.length)}</dd>
              <dt>{t('admin.reports.tickets.sold')}</dt>
              <dd>{formatNumber(trips.reduce((n, r) => n + r.seatsSold, 0))}</dd>
              <dt>{t('admin.reports.tickets.boarded')}</dt>
              <dd>{formatNumber(trips.reduce((n, r) => n + r.seatsBoarded, 0))}</dd>
            </div>
          </dl>
        )}
        <CsvLink href={`${base}/export${search}`} />
        {trips.length > 0 && (
          <ReportTable
            label={t('admin.reports.kind.tickets')}
            columns={[t('admin.reports.tickets.departure'), t('admin.reports.tickets.route'), t('admin.reports.tickets.sold'), t('admin.reports.tickets.boarded'), t('admin.reports.revenue')]}
          >
            {trips.map((r) => (
              <tr key={r.tripId} data-key={r.tripId}>
                <th scope="row">{formatDateTime(r.departureAt)}</th>
                <td>{t('admin.reports.tickets.routeName', { code: r.routeCode, origin: r.origin, destination: r.destination })}</td>
                <td>{t('admin.reports.tickets.ofSeats', { sold: formatNumber(r.seatsSold), seats: formatNumber(r.seats) })}</td>
                <td>{formatNumber(r.seatsBoarded)}</td>
                <td>{formatMoney(r.revenue)}</td>
              </tr>
            ))}
          </ReportTable>
        )}
      </section>
    </>
  );
}

/** A commission line's beneficiary as people say it: "Agent level 1: MUSA-NJM", "Partner", "Your business". */
const beneficiaryLabel = (r: { beneficiary: string; level: number; agentCode?: string | null }) => {
  const who = mlabel(`models.beneficiaries.${r.beneficiary}`, { level: r.level });
  return r.agentCode ? t('admin.reports.commissions.who', { who, code: r.agentCode }) : who;
};

/** The commission lines made in a period, per beneficiary and currency (mlas). */
async function CommissionsReport({ slug, base, params }: { slug: string; base: string; params: Params }) {
  const period = reportPeriod({ from: one(params, 'from'), to: one(params, 'to') }, REPORT_ZONE);
  const search = query({ report: 'commissions', from: period.from, to: period.to });
  const { commissionReport: rows } = await adminQuery(slug, AdminCommissionReportQuery, { from: period.fromInstant, to: period.toInstant });
  return (
    <>
      <p className="hint">{t('admin.reports.commissions.intro')}</p>
      <PeriodForm base={base} report="commissions" label={t('admin.reports.period')} from={period.from} to={period.to} />
      <section aria-labelledby="rows-heading">
        <h2 id="rows-heading">{t('admin.reports.summary', { from: period.from, to: period.to })}</h2>
        <CsvLink href={`${base}/export${search}`} />
        {rows.length === 0 ? (
          <p className="empty">{t('admin.reports.commissions.none')}</p>
        ) : (
          <ReportTable
            label={t('admin.reports.kind.commissions')}
            columns={[
              t('admin.reports.commissions.beneficiary'),
              t('admin.reports.commissions.lines'),
              t('admin.reports.commissions.amount'),
              t('admin.reports.commissions.posted'),
              t('admin.reports.commissions.held'),
              t('admin.reports.commissions.flagged'),
              t('admin.reports.commissions.clawedBack'),
            ]}
          >
            {rows.map((r) => (
              <tr key={`${r.beneficiary}-${r.level}-${r.beneficiaryId}-${r.amount.currency}`} data-key={r.beneficiaryId}>
                <th scope="row">{beneficiaryLabel(r)}</th>
                <td>{formatNumber(r.lines)}</td>
                <td>{formatMoney(r.amount)}</td>
                <td>{formatMoney(r.posted)}</td>
                <td>{formatMoney(r.held)}</td>
                <td>{formatMoney(r.flagged)}</td>
                <td>{formatMoney(r.clawedBack)}</td>
              </tr>
            ))}
          </ReportTable>
        )}
      </section>
    </>
  );
}

/** The payout items put in batches in a period, per payee account and currency (ledger). */
async function PayoutsReport({ slug, base, params }: { slug: string; base: string; params: Params }) {
  const period = reportPeriod({ from: one(params, 'from'), to: one(params, 'to') }, REPORT_ZONE);
  const search = query({ report: 'payouts', from: period.from, to: period.to });
  const [{ payoutReport: rows }, names] = await Promise.all([
    adminQuery(slug, AdminPayoutReportQuery, { from: period.fromInstant, to: period.toInstant }),
    adminQuery(slug, AdminOwnerDirectoryQuery, { withAgents: true }).catch(() => null),
  ]);
  const directory = ownerDirectory(names?.vendors, names?.agents);
  return (
    <>
      <p className="hint">{t('admin.reports.payouts.intro')}</p>
      <PeriodForm base={base} report="payouts" label={t('admin.reports.period')} from={period.from} to={period.to} />
      <section aria-labelledby="rows-heading">
        <h2 id="rows-heading">{t('admin.reports.summary', { from: period.from, to: period.to })}</h2>
        <CsvLink href={`${base}/export${search}`} />
        {rows.length === 0 ? (
          <p className="empty">{t('admin.reports.payouts.none')}</p>
        ) : (
          <ReportTable
            label={t('admin.reports.kind.payouts')}
            columns={[
              t('admin.reports.payouts.payee'),
              t('admin.reports.payouts.items'),
              t('admin.reports.payouts.amount'),
              t('admin.reports.payouts.paid'),
              t('admin.reports.payouts.pending'),
              t('admin.reports.payouts.failed'),
              t('admin.reports.payouts.bank'),
            ]}
          >
            {rows.map((r) => (
              <tr key={`${r.accountId}-${r.amount.currency}`} data-key={r.accountId}>
                <th scope="row">{ownerName(r, directory)}</th>
                <td>{formatNumber(r.items)}</td>
                <td>{formatMoney(r.amount)}</td>
                <td>{formatMoney(r.paid)}</td>
                <td>{formatMoney(r.pending)}</td>
                <td>{formatMoney(r.failed)}</td>
                <td>{r.bankName ? t('admin.reports.payouts.bankAccount', { bank: r.bankName, last4: r.accountLast4 ?? '' }) : ''}</td>
              </tr>
            ))}
          </ReportTable>
        )}
      </section>
    </>
  );
}

/** Output VAT of a period per currency and rate: invoices issued less credit notes (ledger, decision 0077). */
async function VatReport({ slug, base, params }: { slug: string; base: string; params: Params }) {
  const period = reportPeriod({ from: one(params, 'from'), to: one(params, 'to') }, REPORT_ZONE);
  const search = query({ report: 'vat', from: period.from, to: period.to });
  const [{ vatReturn: rows }, { vatReturnTotals: totals }] = await Promise.all([
    adminQuery(slug, AdminVatReturnQuery, { from: period.fromInstant, to: period.toInstant }),
    adminQuery(slug, AdminVatReturnTotalsQuery, { from: period.fromInstant, to: period.toInstant, timeZone: REPORT_ZONE }),
  ]);
  return (
    <>
      <p className="hint">{invt('invoices.vat.intro')}</p>
      <PeriodForm base={base} report="vat" label={t('admin.reports.period')} from={period.from} to={period.to} />
      <section aria-labelledby="totals-heading">
        <h2 id="totals-heading">{ext('vat.totals')}</h2>
        <p className="hint">{ext('vat.totalsIntro')}</p>
        {totals.length === 0 ? (
          <p className="empty">{invt('invoices.vat.none')}</p>
        ) : (
          <ReportTable label={ext('vat.totals')} columns={[invt('invoices.vat.rate'), ext('vat.outputVat'), ext('vat.expenses'), ext('vat.inputVat'), ext('vat.vatPayable')]}>
            {totals.map((r) => (
              <tr key={r.currency} data-key={r.currency}>
                <th scope="row">{r.currency}</th>
                <td>{formatMoney(r.outputVat)}</td>
                <td>{formatNumber(r.expenses)}</td>
                <td>{formatMoney(r.inputVat)}</td>
                <td>
                  <strong>{formatMoney(r.vatPayable)}</strong>
                </td>
              </tr>
            ))}
          </ReportTable>
        )}
      </section>
      <section aria-labelledby="rows-heading">
        <h2 id="rows-heading">{t('admin.reports.summary', { from: period.from, to: period.to })}</h2>
        <CsvLink href={`${base}/export${search}`} pdf={`${base}/pdf${search}`} />
        {rows.length === 0 ? (
          <p className="empty">{invt('invoices.vat.none')}</p>
        ) : (
          <ReportTable
            label={t('admin.reports.kind.vat')}
            columns={[
              invt('invoices.vat.rate'),
              invt('invoices.vat.invoices'),
              invt('invoices.vat.creditNotes'),
              invt('invoices.vat.salesNet'),
              invt('invoices.vat.salesVat'),
              invt('invoices.vat.creditedNet'),
              invt('invoices.vat.creditedVat'),
              invt('invoices.vat.netSales'),
              invt('invoices.vat.outputVat'),
            ]}
          >
            {rows.map((r) => (
              <tr key={`${r.currency}-${r.taxRateBps}`} data-key={`${r.currency}-${r.taxRateBps}`}>
                <th scope="row">{`${r.currency} ${r.taxRateBps / 100}%`}</th>
                <td>{formatNumber(r.invoices)}</td>
                <td>{formatNumber(r.creditNotes)}</td>
                <td>{formatMoney(r.salesNet)}</td>
                <td>{formatMoney(r.salesVat)}</td>
                <td>{formatMoney(r.creditedNet)}</td>
                <td>{formatMoney(r.creditedVat)}</td>
                <td>{formatMoney(r.netSales)}</td>
                <td>
                  <strong>{formatMoney(r.outputVat)}</strong>
                </td>
              </tr>
            ))}
          </ReportTable>
        )}
      </section>
    </>
  );
}

/** Profit and loss of a period from the books (ledger, decision 0082), a table per currency of the book as its CSV and PDF (0088). */
async function PnlReport({ slug, base, params }: { slug: string; base: string; params: Params }) {
  const period = reportPeriod({ from: one(params, 'from'), to: one(params, 'to') }, REPORT_ZONE);
  const search = query({ report: 'pnl', from: period.from, to: period.to });
  const each = await profitAndLossInEachCurrency(slug, { from: period.fromInstant, to: period.toInstant });
  const row = (key: string, name: string, amount: Parameters<typeof formatMoney>[0], strong = false) => (
    <tr key={key} data-key={key}>
      <th scope="row">{strong ? <strong>{name}</strong> : name}</th>
      <td>{strong ? <strong>{formatMoney(amount)}</strong> : formatMoney(amount)}</td>
    </tr>
  );
  return (
    <>
      <p className="hint">{ext('pnl.intro')}</p>
      <PeriodForm base={base} report="pnl" label={t('admin.reports.period')} from={period.from} to={period.to} />
      <section aria-labelledby="rows-heading">
        <h2 id="rows-heading">{t('admin.reports.summary', { from: period.from, to: period.to })}</h2>
        <CsvLink href={`${base}/export${search}`} pdf={`${base}/pdf${search}`} />
        {each.map((p) => (
          <Fragment key={p.currency}>
            {each.length > 1 && <h3>{p.currency}</h3>}
            <ReportTable label={each.length > 1 ? `${t('admin.reports.kind.pnl')} (${p.currency})` : t('admin.reports.kind.pnl')} columns={[ext('pnl.line'), ext('pnl.amount')]}>
              {row('sales', ext('pnl.sales'), p.sales)}
              {row('commission', ext('pnl.commission'), p.commission)}
              {row('revenue', ext('pnl.revenue'), p.revenue, true)}
              {row('discounts', ext('pnl.discounts'), p.discounts)}
              {row('cashOverShort', ext('pnl.cashOverShort'), p.cashOverShort)}
              {p.expenses.map((e) => row(`expense-${e.category}`, `${ext('pnl.expenses')}: ${exlabel(`category.${e.category}`)}`, e.amount))}
              {row('totalExpenses', ext('pnl.totalExpenses'), p.totalExpenses, true)}
              {row('netProfit', ext('pnl.netProfit'), p.netProfit, true)}
            </ReportTable>
          </Fragment>
        ))}
      </section>
    </>
  );
}

/** A vendor's statement of a period (ledger, decision 0082): opening, sales, refunds, commission, payouts, closing. */
async function VendorsReport({ slug, base, params }: { slug: string; base: string; params: Params }) {
  const period = reportPeriod({ from: one(params, 'from'), to: one(params, 'to') }, REPORT_ZONE);
  const names = await adminQuery(slug, AdminOwnerDirectoryQuery, { withAgents: false }).catch(() => null);
  const vendors = (names?.vendors?.edges ?? []).map((e) => e.node);
  const vendorId = vendors.find((v) => v.id === one(params, 'vendor'))?.id ?? vendors[0]?.id ?? null;
  const search = query({ report: 'vendors', from: period.from, to: period.to, vendor: vendorId ?? undefined });
  const statements = vendorId ? await vendorStatementsInEachCurrency(slug, vendorId, { from: period.fromInstant, to: period.toInstant }) : null;
  return (
    <>
      <p className="hint">{ext('vendors.intro')}</p>
      <form method="get" action={base} className="filter-bar" aria-label={t('admin.reports.period')}>
        <input type="hidden" name="report" value="vendors" />
        <div className="field">
          <label htmlFor="report-vendor">{ext('vendors.vendor')}</label>
          <select id="report-vendor" name="vendor" defaultValue={vendorId ?? ''}>
            {vendors.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        </div>
        <PeriodFields from={period.from} to={period.to} />
        <button type="submit">{ext('vendors.show')}</button>
      </form>
      <section aria-labelledby="rows-heading">
        <h2 id="rows-heading">{t('admin.reports.summary', { from: period.from, to: period.to })}</h2>
        {!vendorId || !statements ? (
          <p className="empty">{ext('vendors.none')}</p>
        ) : (
          <>
            <CsvLink href={`${base}/export${search}`} pdf={`${base}/pdf${search}`} />
            {statements.map((statement) => (
              <Fragment key={statement.opening.currency}>
                {statements.length > 1 && <h3>{statement.opening.currency}</h3>}
                <VendorStatementTable statement={statement} label={statements.length > 1 ? `${t('admin.reports.kind.vendors')} (${statement.opening.currency})` : t('admin.reports.kind.vendors')} />
              </Fragment>
            ))}
          </>
        )}
      </section>
    </>
  );
}

const REPORTS = { sales: SalesReport, stock: StockReport, tickets: TicketsReport, commissions: CommissionsReport, payouts: PayoutsReport, vat: VatReport, pnl: PnlReport, vendors: VendorsReport } as const;
