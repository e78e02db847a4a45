import type { GatewayResult } from '../gateway';
import type { InvoicePdfQuery } from '../../gql/graphql';

const PRIVATE = { 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' };
export const INVOICE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The invoice the ledger let the caller read, as a PDF download; 404 for anything else (an invoice of another
 * customer or tenant reads as missing), 401 when signed out, 502 when the API did not answer.
 */
export function invoicePdfResponse(result: GatewayResult<InvoicePdfQuery> | null): Response {
  if (!result) return new Response(null, { status: 502, headers: PRIVATE });
  if (result.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) return new Response(null, { status: 401, headers: PRIVATE });
  const invoice = result.data?.invoice;
  if (!invoice) return new Response(null, { status: 404, headers: PRIVATE });
  return pdfDownload(invoice.pdfBase64, `${invoice.number}.pdf`);
}

/** A PDF the API rendered (base64) as a private download named `filename`. */
export function pdfDownload(base64: string, filename: string): Response {
  const body = Buffer.from(base64, 'base64');
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: { ...PRIVATE, 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`, 'content-length': String(body.length) },
  });
}

/** Nothing to download (a report the caller may not read, or a bad period). */
export const pdfNotFound = () => new Response(null, { status: 404, headers: PRIVATE });
