import { cookies } from 'next/headers';
import { gatewayRequest } from '../../../../../lib/gateway';
import { INVOICE_ID, invoicePdfResponse } from '../../../../../lib/invoices/pdf-response';
import { InvoicePdfQuery } from '../../../../../lib/invoices/operations';
import { forwardedFor } from '../../../../../lib/request';
import { accessCookieName } from '../../../../../lib/session-cookies';
import { SLUG_PATTERN } from '../../../../../lib/slug';

/**
 * An invoice or credit note as a PDF on the back office's host (decision 0077), as the signed-in user (their
 * session cookie): the ledger answers for the tenant's staff and administrators and the vendor of the invoice's
 * vendor order; anything else is a 404, signed out a 401.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ tenant: string; id: string }> }) {
  const { tenant, id } = await params;
  const token = SLUG_PATTERN.test(tenant) ? (await cookies()).get(accessCookieName(tenant))?.value : undefined;
  if (!INVOICE_ID.test(id)) return invoicePdfResponse({ data: { invoice: null }, errors: [] });
  if (!token) return invoicePdfResponse({ data: null, errors: [{ message: 'signed out', extensions: { code: 'UNAUTHENTICATED' } }] });
  const result = await gatewayRequest(InvoicePdfQuery, { id }, { tenant, accessToken: token, forwardedFor: await forwardedFor() }).catch(() => null);
  return invoicePdfResponse(result);
}
