import { notFound } from 'next/navigation';
import { sectionPath } from '../../../../../../../lib/admin/access';
import { csv, REPORT_ZONE, reportPeriod } from '../../../../../../../lib/admin/reports';
import { requireViewer } from '../../../../../../../lib/admin/session';
import { vendorStatementCsv } from '../../../../../../../lib/expenses/in-each-currency';

/** The signed-in vendor's own statement as CSV, a row per currency (decisions 0082, 0088); the ledger refuses any other vendor's. */
export async function GET(request: Request, { params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const url = new URL(request.url);
  const viewer = await requireViewer(slug, `${sectionPath(slug, 'money')}/statement${url.search}`, 'money');
  if (!viewer.access.vendor) notFound();
  const period = reportPeriod({ from: url.searchParams.get('from') ?? '', to: url.searchParams.get('to') ?? '' }, REPORT_ZONE);
  const rows = await vendorStatementCsv(slug, viewer.access.vendor.id, { from: period.fromInstant, to: period.toInstant });
  if (!rows) return new Response(null, { status: 404, headers: { 'cache-control': 'private, no-store' } });
  return new Response(csv(rows), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="statement-${period.from}-to-${period.to}.csv"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
