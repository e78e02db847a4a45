/**
 * An invoice or credit note as an A4 PDF (pdf.ts): seller, customer, lines with VAT per line, totals.
 * Amounts print with the currency's code ("NGN 1,250.00"): Helvetica has no naira sign (see pdf.ts).
 */
import { minorDigits } from '@webwaka/kit';
import { displayNumber, invoiceLines, type InvoiceRow } from './invoices';
import { A4, fit, PdfDocument } from './pdf';

const MARGIN = 48;
const BOTTOM = 72;

/** "NGN 12,500.00": the code, grouped major units and the currency's minor digits. */
export function formatAmount(amount: bigint, currency: string): string {
  const digits = minorDigits(currency);
  const negative = amount < 0n;
  const abs = negative ? -amount : amount;
  const scale = 10n ** BigInt(digits);
  const major = (abs / scale).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const minor = digits > 0 ? '.' + (abs % scale).toString().padStart(digits, '0') : '';
  return `${negative ? '-' : ''}${currency} ${major}${minor}`;
}

const percent = (bps: number) => `${(bps / 100).toFixed(bps % 100 === 0 ? 0 : 2)}%`;
const day = (d: Date) => d.toISOString().slice(0, 10);


export function renderInvoicePdf(invoice: InvoiceRow, creditedNumber: string | null): Buffer {
  const title = `${invoice.kind === 'INVOICE' ? 'Invoice' : 'Credit note'} ${displayNumber(invoice)}`;
  const pdf = new PdfDocument({ title });
  const right = A4.width - MARGIN;
  let y = A4.height - MARGIN - 10;
  const money = (a: bigint) => formatAmount(a, invoice.currency);

  pdf.text(MARGIN, y, invoice.kind === 'INVOICE' ? 'TAX INVOICE / RECEIPT' : 'CREDIT NOTE', { size: 16, font: 'bold' });
  pdf.text(right, y, displayNumber(invoice), { size: 12, font: 'bold', align: 'right' });
  y -= 18;
  pdf.text(right, y, `Issued ${day(invoice.issuedAt)}`, { align: 'right' });
  pdf.text(right, y - 13, `Order ${invoice.orderNumber}`, { align: 'right' });
  if (creditedNumber) pdf.text(right, y - 26, `Credits invoice ${creditedNumber}`, { align: 'right' });

  // Seller (the tenant as its settings said when this was issued; the vendor in a marketplace).
  pdf.text(MARGIN, y, invoice.sellerLegalName || invoice.vendorName, { font: 'bold', size: 11 });
  y -= 13;
  for (const l of [invoice.sellerLegalName && invoice.vendorName !== invoice.sellerLegalName ? `Sold by ${invoice.vendorName}` : '', invoice.sellerAddress, invoice.sellerTaxId ? `TIN: ${invoice.sellerTaxId}` : '', invoice.sellerVatNumber ? `VAT reg.: ${invoice.sellerVatNumber}` : ''].filter(Boolean)) {
    pdf.text(MARGIN, y, fit(l, 300, 9), { size: 9 });
    y -= 12;
  }
  y -= 10;
  pdf.text(MARGIN, y, 'Bill to', { font: 'bold' });
  y -= 13;
  const customer = [invoice.customerName, invoice.customerEmail, invoice.customerPhone, invoice.customerAddress, invoice.customerTaxId ? `TIN: ${invoice.customerTaxId}` : ''].filter((v): v is string => !!v);
  for (const l of customer.length ? customer : ['Walk-in customer']) {
    pdf.text(MARGIN, y, fit(l, 400, 9), { size: 9 });
    y -= 12;
  }
  if (invoice.reason) {
    y -= 4;
    pdf.text(MARGIN, y, fit(`Reason: ${invoice.reason}`, right - MARGIN, 9), { size: 9 });
    y -= 12;
  }

  // Lines: description, qty, unit price, net, VAT rate, VAT, total.
  const cols = { qty: 300, unit: 370, net: 430, rate: 462, vat: 500, total: right };
  const header = () => {
    y -= 14;
    pdf.text(MARGIN, y, 'Description', { size: 8, font: 'bold' });
    pdf.text(cols.qty, y, 'Qty', { size: 8, font: 'bold', align: 'right' });
    pdf.text(cols.unit, y, 'Unit price', { size: 8, font: 'bold', align: 'right' });
    pdf.text(cols.net, y, 'Net', { size: 8, font: 'bold', align: 'right' });
    pdf.text(cols.rate, y, 'VAT %', { size: 8, font: 'bold', align: 'right' });
    pdf.text(cols.vat, y, 'VAT', { size: 8, font: 'bold', align: 'right' });
    pdf.text(cols.total, y, 'Total', { size: 8, font: 'bold', align: 'right' });
    y -= 5;
    pdf.line(MARGIN, y, right, y);
    y -= 12;
  };
  header();
  const plain = (a: bigint) => money(a).slice(invoice.currency.length + 1);
  for (const l of invoiceLines(invoice)) {
    if (y < BOTTOM + 60) {
      pdf.addPage();
      y = A4.height - MARGIN;
      header();
    }
    pdf.text(MARGIN, y, fit(l.sku ? `${l.description} (${l.sku})` : l.description, cols.qty - MARGIN - 24, 8), { size: 8 });
    pdf.text(cols.qty, y, String(l.quantity), { size: 8, align: 'right' });
    pdf.text(cols.unit, y, plain(l.unitPrice), { size: 8, align: 'right' });
    pdf.text(cols.net, y, plain(l.subtotal), { size: 8, align: 'right' });
    pdf.text(cols.rate, y, percent(l.taxRateBps), { size: 8, align: 'right' });
    pdf.text(cols.vat, y, plain(l.tax), { size: 8, align: 'right' });
    pdf.text(cols.total, y, plain(l.subtotal + l.tax), { size: 8, align: 'right' });
    y -= 13;
  }
  pdf.line(MARGIN, y + 6, right, y + 6);
  y -= 8;
  for (const [label, amount, bold] of [['Net', invoice.subtotal, false], ['VAT', invoice.tax, false], [invoice.kind === 'INVOICE' ? 'Total paid' : 'Total credited', invoice.total, true]] as const) {
    pdf.text(cols.net, y, label, { size: 10, font: bold ? 'bold' : 'regular', align: 'right' });
    pdf.text(right, y, money(amount), { size: 10, font: bold ? 'bold' : 'regular', align: 'right' });
    y -= 14;
  }
  pdf.text(MARGIN, BOTTOM - 30, `Amounts in ${invoice.currency}. ${invoice.kind === 'INVOICE' ? 'Paid in full.' : 'Refunded to the customer.'} Issued by ${invoice.sellerLegalName || invoice.vendorName}.`, { size: 7 });
  return pdf.toBuffer();
}
