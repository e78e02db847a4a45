import { notFound } from 'next/navigation';
import { sectionPath } from '../../../../../../../lib/admin/access';
import { REPORT_ZONE, reportPeriod } from '../../../../../../../lib/admin/reports';
import { adminQuery, requireViewer } from '../../../../../../../lib/admin/session';
import { AdminVendorStatementPdfQuery } from '../../../../../../../lib/expenses/operations';
import { pdfDownload, pdfNotFound } from '../../../../../../../lib/invoices/pdf-response';

/** The signed-in vendor's own statement as PDF in each of its currencies (decision 0088); the ledger refuses any other vendor's. */
export async function GET(request: Request, { params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const url = new URL(request.url);
  const viewer = await requireViewer(slug, `${sectionPath(slug, 'money')}/statement${url.search}`, 'money');
  if (!viewer.access.vendor) notFound();
  const period = reportPeriod({ from: url.searchParams.get('from') ?? '', to: url.searchParams.get('to') ?? '' }, REPORT_ZONE);
  const found = await adminQuery(slug, AdminVendorStatementPdfQuery, { vendorId: viewer.access.vendor.id, from: period.fromInstant, to: period.toInstant, timeZone: REPORT_ZONE }).catch(() => null);
  return found ? pdfDownload(found.vendorStatementPdf.contentBase64, found.vendorStatementPdf.filename) : pdfNotFound();
}
