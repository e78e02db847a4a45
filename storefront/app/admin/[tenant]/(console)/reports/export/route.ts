import { sectionPath } from '../../../../../../lib/admin/access';
import { AdminCommissionReportQuery, AdminPayoutReportQuery, AdminSalesReportQuery, AdminStockReportQuery, AdminTicketSalesReportQuery } from '../../../../../../lib/admin/report-operations';
import { csv, decimal, REPORT_ZONE, reportKind, reportKinds, reportPeriod, stockGrouping } from '../../../../../../lib/admin/reports';
import { adminQuery, requireViewer } from '../../../../../../lib/admin/session';
import { AdminVatReturnQuery } from '../../../../../../lib/invoices/operations';
import { profitAndLossInEachCurrency, vendorStatementCsv } from '../../../../../../lib/expenses/in-each-currency';
import { AdminVatReturnTotalsQuery } from '../../../../../../lib/expenses/operations';

type Rows = (string | number)[][];

/**
 * The reports page's figures as CSV (amounts as decimals in major units, as spreadsheets expect): sales
 * (one row per day, product, vendor or channel and currency), stock (?report=stock: units per location or
 * product), ticket sales (?report=tickets: one row per trip) commissions (?report=commissions: one row per
 * beneficiary and currency) or payouts (?report=payouts: one row per payee account and currency). The same authorization as the page:
 * managers only, and a report the viewer's business has, decided on the server; a signed-out request is
 * sent to sign-in.
 */
export async function GET(request: Request, { params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const url = new URL(request.url);
  const get = (name: string) => url.searchParams.get(name) ?? '';
  const viewer = await requireViewer(slug, `${sectionPath(slug, 'reports')}${url.search}`, 'reports');
  const kind = reportKind(get('report'), reportKinds(viewer.access.sections));
  const period = reportPeriod({ from: get('from'), to: get('to'), by: get('by') }, REPORT_ZONE);
  let rows: Rows;
  let name: string;
  if (kind === 'stock') {
    const by = stockGrouping(get('by'));
    const { stockReport } = await adminQuery(slug, AdminStockReportQuery, { groupBy: by });
    rows = [[by.toLowerCase(), 'label', 'variants', 'on_hand', 'reserved', 'available']];
    for (const r of stockReport) rows.push([r.key, r.product?.title ?? r.label, r.variants, r.onHand, r.reserved, r.available]);
    name = `stock-by-${by.toLowerCase()}.csv`;
  } else if (kind === 'tickets') {
    const { ticketSalesReport } = await adminQuery(slug, AdminTicketSalesReportQuery, { from: period.fromInstant, to: period.toInstant });
    rows = [['trip', 'route', 'origin', 'destination', 'departure', 'seats', 'seats_sold', 'seats_boarded', 'revenue', 'currency']];
    for (const r of ticketSalesReport) rows.push([r.tripId, r.routeCode, r.origin, r.destination, r.departureAt, r.seats, r.seatsSold, r.seatsBoarded, decimal(r.revenue.amount), r.revenue.currency]);
    name = `ticket-sales-${period.from}-to-${period.to}.csv`;
  } else if (kind === 'commissions') {
    const { commissionReport } = await adminQuery(slug, AdminCommissionReportQuery, { from: period.fromInstant, to: period.toInstant });
    rows = [['beneficiary', 'level', 'beneficiary_id', 'agent_code', 'lines', 'amount', 'posted', 'held', 'flagged', 'clawed_back', 'currency']];
    for (const r of commissionReport) {
      rows.push([r.beneficiary, r.level, r.beneficiaryId, r.agentCode ?? '', r.lines, decimal(r.amount.amount), decimal(r.posted.amount), decimal(r.held.amount), decimal(r.flagged.amount), decimal(r.clawedBack.amount), r.amount.currency]);
    }
    name = `commissions-${period.from}-to-${period.to}.csv`;
  } else if (kind === 'vat') {
    const [{ vatReturn }, { vatReturnTotals }] = await Promise.all([
      adminQuery(slug, AdminVatReturnQuery, { from: period.fromInstant, to: period.toInstant }),
      adminQuery(slug, AdminVatReturnTotalsQuery, { from: period.fromInstant, to: period.toInstant, timeZone: REPORT_ZONE }),
    ]);
    rows = [['currency', 'vat_rate_percent', 'invoices', 'credit_notes', 'sales_net', 'sales_vat', 'credited_net', 'credited_vat', 'net_sales', 'output_vat']];
    for (const r of vatReturn) {
      rows.push([r.currency, r.taxRateBps / 100, r.invoices, r.creditNotes, decimal(r.salesNet.amount), decimal(r.salesVat.amount), decimal(r.creditedNet.amount), decimal(r.creditedVat.amount), decimal(r.netSales.amount), decimal(r.outputVat.amount)]);
    }
    // Then, per currency, output VAT less the input VAT of approved expenses (decision 0082).
    rows.push([], ['currency', 'output_vat', 'expenses', 'input_vat', 'vat_payable']);
    for (const r of vatReturnTotals) rows.push([r.currency, decimal(r.outputVat.amount), r.expenses, decimal(r.inputVat.amount), decimal(r.vatPayable.amount)]);
    name = `vat-return-${period.from}-to-${period.to}.csv`;
  } else if (kind === 'pnl') {
    // Every currency of the book, one after the other, as the PDF prints a table each (decision 0088).
    rows = [['line', 'category', 'amount', 'currency']];
    for (const p of await profitAndLossInEachCurrency(slug, { from: period.fromInstant, to: period.toInstant })) {
      rows.push(['sales', '', decimal(p.sales.amount), p.currency], ['commission', '', decimal(p.commission.amount), p.currency], ['revenue', '', decimal(p.revenue.amount), p.currency]);
      rows.push(['discounts', '', decimal(p.discounts.amount), p.currency], ['cash_over_short', '', decimal(p.cashOverShort.amount), p.currency]);
      for (const e of p.expenses) rows.push(['expense', e.category, decimal(e.amount.amount), p.currency]);
      rows.push(['total_expenses', '', decimal(p.totalExpenses.amount), p.currency], ['net_profit', '', decimal(p.netProfit.amount), p.currency]);
    }
    name = `profit-and-loss-${period.from}-to-${period.to}.csv`;
  } else if (kind === 'vendors') {
    const vendorId = get('vendor');
    const found = /^[0-9a-f-]{36}$/i.test(vendorId) ? await vendorStatementCsv(slug, vendorId, { from: period.fromInstant, to: period.toInstant }) : null;
    if (!found) return new Response(null, { status: 404, headers: { 'cache-control': 'private, no-store' } });
    rows = found;
    name = `vendor-statement-${period.from}-to-${period.to}.csv`;
  } else if (kind === 'payouts') {
    const { payoutReport } = await adminQuery(slug, AdminPayoutReportQuery, { from: period.fromInstant, to: period.toInstant });
    rows = [['account', 'owner_type', 'owner_id', 'purpose', 'payouts', 'amount', 'paid', 'pending', 'failed', 'bank', 'account_last4', 'last_paid_at', 'currency']];
    for (const r of payoutReport) {
      rows.push([r.accountId, r.ownerType, r.ownerId, r.purpose, r.items, decimal(r.amount.amount), decimal(r.paid.amount), decimal(r.pending.amount), decimal(r.failed.amount), r.bankName ?? '', r.accountLast4 ?? '', r.lastPaidAt ?? '', r.amount.currency]);
    }
    name = `payouts-${period.from}-to-${period.to}.csv`;
  } else {
    const { salesReport } = await adminQuery(slug, AdminSalesReportQuery, { from: period.fromInstant, to: period.toInstant, groupBy: period.groupBy, timeZone: REPORT_ZONE });
    rows = [[period.groupBy.toLowerCase(), 'label', 'orders', 'units', 'revenue', 'tax', 'refunded', 'commission', 'currency']];
    for (const r of salesReport) {
      rows.push([r.key, r.label, r.orders, r.units, decimal(r.revenue.amount), decimal(r.tax.amount), decimal(r.refunded.amount), decimal(r.commission.amount), r.revenue.currency]);
    }
    name = `sales-by-${period.groupBy.toLowerCase()}-${period.from}-to-${period.to}.csv`;
  }
  return new Response(csv(rows), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
