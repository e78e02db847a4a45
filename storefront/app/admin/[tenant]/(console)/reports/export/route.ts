import { sectionPath } from '../../../../../../lib/admin/access';
import { AdminSalesReportQuery } from '../../../../../../lib/admin/report-operations';
import { csv, decimal, REPORT_ZONE, reportPeriod } from '../../../../../../lib/admin/reports';
import { adminQuery, requireViewer } from '../../../../../../lib/admin/session';

/**
 * The reports page's figures as CSV (one row per day, product, vendor or channel and currency; amounts as
 * decimals in major units, as spreadsheets expect). The same authorization as the page: managers only,
 * decided on the server; a signed-out request is sent to sign-in.
 */
export async function GET(request: Request, { params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const url = new URL(request.url);
  const period = reportPeriod({ from: url.searchParams.get('from') ?? '', to: url.searchParams.get('to') ?? '', by: url.searchParams.get('by') ?? '' }, REPORT_ZONE);
  await requireViewer(slug, `${sectionPath(slug, 'reports')}${url.search}`, 'reports');
  const { salesReport } = await adminQuery(slug, AdminSalesReportQuery, { from: period.fromInstant, to: period.toInstant, groupBy: period.groupBy, timeZone: REPORT_ZONE });
  const rows: (string | number)[][] = [[period.groupBy.toLowerCase(), 'label', 'orders', 'units', 'revenue', 'tax', 'refunded', 'commission', 'currency']];
  for (const r of salesReport) {
    rows.push([r.key, r.label, r.orders, r.units, decimal(r.revenue.amount), decimal(r.tax.amount), decimal(r.refunded.amount), decimal(r.commission.amount), r.revenue.currency]);
  }
  const name = `sales-by-${period.groupBy.toLowerCase()}-${period.from}-to-${period.to}.csv`;
  return new Response(csv(rows), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
