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
  const body = Buffer.from(invoice.pdfBase64, 'base64');
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: { ...PRIVATE, 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="${invoice.number}.pdf"`, 'content-length': String(body.length) },
  });
}
