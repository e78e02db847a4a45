import { sectionPath } from '../../../lib/admin/access';
import { formatNumber } from '../../../lib/admin/format';
import { adminQuery, type Viewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { formatMoney } from '../../../lib/money';
import { AdminCommerceTilesQuery as TilesDocument, AdminPayoutsDueQuery } from '../../../lib/admin/dashboard-operations';
import { AdminSalesTilesQuery } from '../../../lib/admin/report-operations';
import { REPORT_ZONE } from '../../../lib/admin/reports';
import { addTo, SALES_DAYS, summarise, TOP_PRODUCTS } from '../../../lib/admin/tiles';
import { BarChart } from '../BarChart';

const show = (totals: Map<string, bigint>) => (totals.size === 0 ? formatMoney({ amount: '0', currency: 'NGN' }) : [...totals].map(([currency, amount]) => formatMoney({ amount: amount.toString(), currency })).join(' + '));

/**
 * Sales and top products of the last SALES_DAYS days: for managers from commerce's aggregates over every
 * paid order (sales net of refunds made since); for a vendor from the latest 100 orders it may see (the
 * aggregates are the tenant's whole book). Orders to fulfil and awaiting payment from the latest 100 orders,
 * and payouts due from the ledger (vendor payable balances: the whole book for administrators, a vendor's
 * own) when the ledger answers.
 */
export async function CommerceTiles({ slug, viewer }: { slug: string; viewer: Viewer }) {
  if (!viewer.access.sections.includes('orders')) return null;
  const now = new Date();
  const period = { from: new Date(now.getTime() - SALES_DAYS * 86_400_000).toISOString(), to: now.toISOString(), timeZone: REPORT_ZONE };
  const [tiles, payouts, aggregate] = await Promise.all([
    adminQuery(slug, TilesDocument, {}),
    adminQuery(slug, AdminPayoutsDueQuery, {}).catch(() => null),
    viewer.access.manager ? adminQuery(slug, AdminSalesTilesQuery, period) : null,
  ]);
  const orders = tiles.orders.edges.map((e) => e.node);
  const summary = summarise(orders, now);
  if (aggregate) {
    summary.sales = new Map();
    for (const s of aggregate.salesSummary) addTo(summary.sales, s.revenue.currency, (BigInt(s.revenue.amount) - BigInt(s.refunded.amount)).toString());
    summary.salesOrders = aggregate.salesSummary.reduce((n, s) => n + s.orders, 0);
    summary.top = aggregate.salesReport.slice(0, TOP_PRODUCTS).map((r) => ({ title: r.label, units: r.units }));
  }
  const due = new Map<string, bigint>();
  for (const { node } of payouts?.ledgerAccounts.edges ?? []) if (BigInt(node.balance.amount) > 0n) addTo(due, node.balance.currency, node.balance.amount);
  const ordersPath = sectionPath(slug, 'orders');
  // A travel business sells tickets: nothing to ship, no products to rank.
  const travel = viewer.access.travel;

  return (
    <div className="dashboard-grid">
      <section className="card" aria-labelledby="sales-heading">
        <h2 id="sales-heading">{t(travel ? 'admin.tiles.ticketSales' : 'admin.tiles.sales', { days: SALES_DAYS })}</h2>
        <p className="big-number">{show(summary.sales)}</p>
        <p className="hint">{t('admin.tiles.salesOrders', { count: summary.salesOrders })}</p>
      </section>
      {travel ? (
        <section className="card" aria-labelledby="orders-heading">
          <h2 id="orders-heading">{t('admin.tiles.ticketOrders')}</h2>
          <p className="big-number">{formatNumber(summary.salesOrders)}</p>
          <p>{t('admin.tiles.ticketOrdersPaid', { days: SALES_DAYS })}</p>
          <p className="hint">{t('admin.tiles.awaitingPayment', { count: summary.awaitingPayment })}</p>
          <p>
            <a href={ordersPath}>{t('admin.tiles.allTicketOrders')}</a>
          </p>
        </section>
      ) : (
        <section className="card" aria-labelledby="orders-heading">
          <h2 id="orders-heading">{t('admin.tiles.orders')}</h2>
          <p className="big-number">{formatNumber(summary.toFulfil)}</p>
          <p>{t('admin.tiles.toFulfil')}</p>
          <p className="hint">{t('admin.tiles.awaitingPayment', { count: summary.awaitingPayment })}</p>
          <p>
            <a href={`${ordersPath}?status=PAID`}>{t('admin.tiles.fulfilNow')}</a>
          </p>
        </section>
      )}
      {payouts && (
        <section className="card" aria-labelledby="payouts-heading">
          <h2 id="payouts-heading">{t('admin.tiles.payoutsDue')}</h2>
          <p className="big-number">{show(due)}</p>
          <p className="hint">{t(viewer.access.vendor ? 'admin.tiles.payoutsDueVendor' : 'admin.tiles.payoutsDueHint')}</p>
        </section>
      )}
      {!travel && (
        <section className="card wide" aria-labelledby="top-heading">
          <h2 id="top-heading">{t('admin.tiles.topProducts')}</h2>
          {summary.top.length === 0 ? (
            <p>{t('admin.tiles.noSales')}</p>
          ) : (
            <BarChart
              id="top-products-chart"
              title={t('admin.tiles.topProducts')}
              description={summary.top.map((p) => `${p.title}: ${p.units}`).join('; ')}
              labelHeading={t('admin.orders.item')}
              valueHeading={t('admin.tiles.units')}
              bars={summary.top.map((p) => ({ label: p.title, value: p.units }))}
            />
          )}
          <p className="hint">
            {aggregate ? t('admin.tiles.allPaidOrders', { days: SALES_DAYS }) : t(tiles.orders.pageInfo.hasNextPage ? 'admin.tiles.latestOrders' : 'admin.tiles.allOrders', { count: orders.length })}
          </p>
        </section>
      )}
    </div>
  );
}
