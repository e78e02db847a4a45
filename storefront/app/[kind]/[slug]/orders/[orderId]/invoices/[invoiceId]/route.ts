import { INVOICE_ID, invoicePdfResponse } from '../../../../../../../lib/invoices/pdf-response';
import { GuestInvoicePdfQuery, InvoicePdfQuery } from '../../../../../../../lib/invoices/operations';
import { shopParams, type ShopRouteParams } from '../../../../../../../lib/shop-route';
import { guestOrderToken, shopperToken, shopRequest } from '../../../../../../../lib/shop/shopper';

/**
 * A customer's invoice or credit note as a PDF (decision 0077), as the signed-in customer: the ledger answers
 * only for the customer it was issued to, so another's reads as missing (404). A guest's, for the token of
 * the order's cart kept in its cookie at checkout. Neither: 401.
 */
export async function GET(_request: Request, { params }: { params: ShopRouteParams<{ orderId: string; invoiceId: string }> }) {
  const { slug, orderId, invoiceId } = await shopParams(params);
  if (!INVOICE_ID.test(invoiceId)) return invoicePdfResponse({ data: { invoice: null }, errors: [] });
  const cartToken = await guestOrderToken(slug, orderId);
  if (cartToken) {
    const guest = await shopRequest(slug, GuestInvoicePdfQuery, { id: invoiceId, cartToken }).catch(() => null);
    return invoicePdfResponse(guest && { ...guest, data: guest.data && { invoice: guest.data.guestInvoice } });
  }
  if (!(await shopperToken(slug))) return invoicePdfResponse({ data: null, errors: [{ message: 'signed out', extensions: { code: 'UNAUTHENTICATED' } }] });
  const result = await shopRequest(slug, InvoicePdfQuery, { id: invoiceId }).catch(() => null);
  return invoicePdfResponse(result);
}
