import { sectionPath } from '../../../../../../../lib/admin/access';
import { REPORT_ZONE } from '../../../../../../../lib/admin/reports';
import { adminQuery } from '../../../../../../../lib/admin/session';
import { requireBookReader } from '../../../../../../../components/admin/ledger/manager';
import { AdminLedgerReportPdfQuery } from '../../../../../../../lib/expenses/operations';
import { pdfDownload, pdfNotFound } from '../../../../../../../lib/invoices/pdf-response';

/** The balance by account (trial balance) now, as PDF, one table per currency of the book (decision 0088): the book's readers, as the page. */
export async function GET(_request: Request, { params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  await requireBookReader(slug, `${sectionPath(slug, 'money')}/trial-balance`);
  const found = await adminQuery(slug, AdminLedgerReportPdfQuery, { report: 'TRIAL_BALANCE', timeZone: REPORT_ZONE }).catch(() => null);
  return found ? pdfDownload(found.ledgerReportPdf.contentBase64, found.ledgerReportPdf.filename) : pdfNotFound();
}
