import { sectionPath } from '../../../../../../lib/admin/access';
import { REPORT_ZONE, reportKind, reportKinds, reportPeriod } from '../../../../../../lib/admin/reports';
import { adminQuery, requireViewer } from '../../../../../../lib/admin/session';
import { AdminLedgerReportPdfQuery, AdminVendorStatementPdfQuery } from '../../../../../../lib/expenses/operations';
import { pdfDownload, pdfNotFound } from '../../../../../../lib/invoices/pdf-response';

const LEDGER_REPORTS = { vat: 'VAT_RETURN', pnl: 'PROFIT_AND_LOSS' } as const;

/**
 * The ledger reports' PDF copies (decision 0088): the VAT return (?report=vat), profit and loss (?report=pnl)
 * and a vendor's statement (?report=vendors&vendor=<id>), for the period the tab shows. The same
 * authorization as the CSV beside it (export/route.ts): the reports section, a report the business has;
 * the ledger then checks the role again. Anything it refuses is a 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const url = new URL(request.url);
  const get = (name: string) => url.searchParams.get(name) ?? '';
  const viewer = await requireViewer(slug, `${sectionPath(slug, 'reports')}${url.search}`, 'reports');
  const kind = reportKind(get('report'), reportKinds(viewer.access.sections));
  const period = reportPeriod({ from: get('from'), to: get('to') }, REPORT_ZONE);
  // No currency: every currency of the book (the vendor), one table each, as the CSV gives one row set each.
  const window = { from: period.fromInstant, to: period.toInstant, timeZone: REPORT_ZONE };
  if (kind === 'vat' || kind === 'pnl') {
    const found = await adminQuery(slug, AdminLedgerReportPdfQuery, { report: LEDGER_REPORTS[kind], ...window }).catch(() => null);
    return found ? pdfDownload(found.ledgerReportPdf.contentBase64, found.ledgerReportPdf.filename) : pdfNotFound();
  }
  if (kind === 'vendors') {
    const vendorId = get('vendor');
    const found = /^[0-9a-f-]{36}$/i.test(vendorId) ? await adminQuery(slug, AdminVendorStatementPdfQuery, { vendorId, ...window }).catch(() => null) : null;
    return found ? pdfDownload(found.vendorStatementPdf.contentBase64, found.vendorStatementPdf.filename) : pdfNotFound();
  }
  return pdfNotFound();
}
