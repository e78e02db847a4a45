import { AppError, DomainError, ErrorCode, withUserErrors } from '@webwaka/kit';
import { renderInvoicePdf } from '../services/invoice-pdf';
import { displayNumber, guestOrderInvoices, INVOICE_KINDS, invoiceLines, invoiceSettings, listInvoices, orderInvoices, readGuestInvoice, readInvoice, updateInvoiceSettings, type InvoiceLine, type InvoiceRow } from '../services/invoices';
import { vatReturn, type VatReturnRow } from '../services/vat-return';
import { BOOK_READERS, builder, PAYOUT_ADMINS } from './builder';
import { rethrowAsAppError } from './journal';

// Invoices, credit notes and the VAT return (decision 0077). An invoice is read by the book's staff and
// administrators, the customer it was issued to, and the user running its vendor (services/invoices.ts);
// the list and the VAT return by the book's readers; the seller's details are set by its administrators.

/** Who may ask for one invoice at all (each row is checked: services/invoices.ts mayRead). */
const INVOICE_READERS = { roles: [...BOOK_READERS.roles, 'VENDOR', 'CUSTOMER'] as typeof BOOK_READERS.roles, apiScope: 'ledger:read' };

export const InvoiceKindEnum = builder.enumType('InvoiceKind', { values: INVOICE_KINDS });

const InvoiceLineRef = builder.objectRef<InvoiceLine & { currency: string }>('InvoiceLine').implement({
  fields: (t) => ({
    description: t.exposeString('description'),
    sku: t.exposeString('sku', { nullable: true }),
    quantity: t.exposeInt('quantity'),
    unitPrice: t.field({ type: builder.MoneyRef, description: 'As quoted (tax included when the prices were).', resolve: (l) => ({ amount: l.unitPrice, currency: l.currency }) }),
    subtotal: t.field({ type: builder.MoneyRef, description: 'Excluding VAT.', resolve: (l) => ({ amount: l.subtotal, currency: l.currency }) }),
    taxRateBps: t.exposeInt('taxRateBps', { description: 'The VAT rate the order charged, in basis points (750 = 7.5%).' }),
    tax: t.field({ type: builder.MoneyRef, resolve: (l) => ({ amount: l.tax, currency: l.currency }) }),
  }),
});

const money = (amount: bigint, i: InvoiceRow) => ({ amount, currency: i.currency });

export const InvoiceRef = builder.objectRef<InvoiceRow>('Invoice').implement({
  description: 'An issued invoice (a receipt: the sale was paid) or credit note. Immutable; numbered per tenant and kind without gaps.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: InvoiceKindEnum, resolve: (i) => i.kind }),
    number: t.string({ description: 'As printed: INV-000042, CN-000007.', resolve: (i) => displayNumber(i) }),
    sequence: t.exposeInt('number', { description: 'The place in the tenant’s sequence of this kind (1, 2, ...).' }),
    creditsInvoiceId: t.exposeID('creditsInvoiceId', { nullable: true }),
    orderId: t.exposeID('orderId'),
    orderNumber: t.exposeString('orderNumber'),
    vendorOrderId: t.exposeID('vendorOrderId'),
    vendorId: t.exposeID('vendorId'),
    vendorName: t.exposeString('vendorName'),
    channel: t.exposeString('channel'),
    customerName: t.exposeString('customerName', { nullable: true }),
    customerEmail: t.exposeString('customerEmail', { nullable: true }),
    customerAddress: t.exposeString('customerAddress', { nullable: true }),
    customerTaxId: t.exposeString('customerTaxId', { nullable: true }),
    sellerLegalName: t.exposeString('sellerLegalName'),
    sellerAddress: t.exposeString('sellerAddress'),
    sellerTaxId: t.exposeString('sellerTaxId'),
    sellerVatNumber: t.exposeString('sellerVatNumber'),
    subtotal: t.field({ type: builder.MoneyRef, resolve: (i) => money(i.subtotal, i) }),
    tax: t.field({ type: builder.MoneyRef, resolve: (i) => money(i.tax, i) }),
    total: t.field({ type: builder.MoneyRef, resolve: (i) => money(i.total, i) }),
    lines: t.field({ type: [InvoiceLineRef], resolve: (i) => invoiceLines(i).map((l) => ({ ...l, currency: i.currency })) }),
    reason: t.exposeString('reason', { nullable: true }),
    issuedAt: t.expose('issuedAt', { type: 'DateTime' }),
    pdfBase64: t.string({
      description: 'The invoice as an A4 PDF, base64-encoded (the storefront serves it as a download).',
      resolve: async (i, _a, ctx) => {
        const credited = i.creditsInvoiceId ? await ctx.prisma.invoice.findFirst({ where: { id: i.creditsInvoiceId, tenantId: i.tenantId }, select: { kind: true, number: true } }) : null;
        return renderInvoicePdf(i, credited ? displayNumber(credited) : null).toString('base64');
      },
    }),
  }),
});

type SettingsShape = Awaited<ReturnType<typeof invoiceSettings>>;
const InvoiceSettingsRef = builder.objectRef<SettingsShape>('InvoiceSettings').implement({
  description: 'What the tenant’s invoices say about the seller (copied onto each invoice as it is issued).',
  fields: (t) => ({
    legalName: t.exposeString('legalName'),
    address: t.exposeString('address'),
    taxId: t.exposeString('taxId', { description: 'Tax Identification Number (TIN).' }),
    vatNumber: t.exposeString('vatNumber', { description: 'VAT registration number, when it differs from the TIN.' }),
    updatedAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => s.updatedAt }),
  }),
});

const VatReturnRowRef = builder.objectRef<VatReturnRow>('VatReturnRow').implement({
  description: 'One currency and VAT rate of a VAT return: invoices less credit notes issued in the period.',
  fields: (t) => ({
    currency: t.exposeString('currency'),
    taxRateBps: t.exposeInt('taxRateBps'),
    invoices: t.exposeInt('invoices', { description: 'Invoices with lines at this rate.' }),
    creditNotes: t.exposeInt('creditNotes', { description: 'Credit notes with lines at this rate.' }),
    salesNet: t.field({ type: builder.MoneyRef, resolve: (r) => ({ amount: r.salesNet, currency: r.currency }) }),
    salesVat: t.field({ type: builder.MoneyRef, resolve: (r) => ({ amount: r.salesVat, currency: r.currency }) }),
    creditedNet: t.field({ type: builder.MoneyRef, resolve: (r) => ({ amount: r.creditedNet, currency: r.currency }) }),
    creditedVat: t.field({ type: builder.MoneyRef, resolve: (r) => ({ amount: r.creditedVat, currency: r.currency }) }),
    netSales: t.field({ type: builder.MoneyRef, resolve: (r) => ({ amount: r.netSales, currency: r.currency }) }),
    outputVat: t.field({ type: builder.MoneyRef, description: 'Output VAT owed for the period at this rate.', resolve: (r) => ({ amount: r.outputVat, currency: r.currency }) }),
  }),
});

const notFoundAsNull = async <T>(p: Promise<T>): Promise<T | null> => {
  try {
    return await p;
  } catch (e) {
    if (e instanceof DomainError && e.code === ErrorCode.NOT_FOUND) return null;
    throw e;
  }
};

builder.queryFields((t) => ({
  invoice: t.field({
    type: InvoiceRef,
    nullable: true,
    authScopes: INVOICE_READERS,
    description: 'One invoice or credit note the caller may read (null otherwise).',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => notFoundAsNull(readInvoice(ctx, String(id))),
  }),
  orderInvoices: t.field({
    type: [InvoiceRef],
    authScopes: INVOICE_READERS,
    description: "An order's invoices and credit notes the caller may read (a customer their own order's; a vendor its vendor order's), oldest first.",
    args: { orderId: t.arg.id({ required: true }) },
    resolve: (_r, { orderId }, ctx) => orderInvoices(ctx, String(orderId)),
  }),
  guestOrderInvoices: t.field({
    type: [InvoiceRef],
    description: "A guest's order's invoices and credit notes, for the token of the cart the order came from (empty for a wrong token), oldest first.",
    args: { orderId: t.arg.id({ required: true }), cartToken: t.arg.string({ required: true }) },
    resolve: (_r, { orderId, cartToken }, ctx) => guestOrderInvoices(ctx, String(orderId), cartToken),
  }),
  guestInvoice: t.field({
    type: InvoiceRef,
    nullable: true,
    description: "One of a guest's invoices (guestOrderInvoices) for its order's cart token; null otherwise.",
    args: { id: t.arg.id({ required: true }), cartToken: t.arg.string({ required: true }) },
    resolve: (_r, { id, cartToken }, ctx) => notFoundAsNull(readGuestInvoice(ctx, String(id), cartToken)),
  }),
  invoices: t.field({
    type: [InvoiceRef],
    authScopes: BOOK_READERS,
    description: "The book's invoices and credit notes, newest first (at most 100; page with `after`, the last id seen).",
    args: { kind: t.arg({ type: InvoiceKindEnum }), first: t.arg.int(), after: t.arg.id() },
    resolve: (_r, args, ctx) => {
      if (args.first != null && (args.first < 1 || args.first > 100)) throw new AppError(ErrorCode.PAGE_SIZE_EXCEEDED, 'first must be 1 to 100');
      return listInvoices(ctx, { kind: args.kind, first: args.first, after: args.after ? String(args.after) : null });
    },
  }),
  invoiceSettings: t.field({ type: InvoiceSettingsRef, authScopes: BOOK_READERS, resolve: (_r, _a, ctx) => invoiceSettings(ctx) }),
  vatReturn: t.field({
    type: [VatReturnRowRef],
    authScopes: BOOK_READERS,
    description: 'Output VAT of a period per currency and rate: invoices issued in it less its credit notes. BAD_USER_INPUT for a period that ends before it starts or spans over three years.',
    args: {
      from: t.arg({ type: 'DateTime', required: true, description: 'Start (inclusive).' }),
      to: t.arg({ type: 'DateTime', required: true, description: 'End (exclusive).' }),
    },
    resolve: (_r, args, ctx) => vatReturn(ctx, args).catch(rethrowAsAppError),
  }),
}));

const UpdateInvoiceSettingsInput = builder.inputType('UpdateInvoiceSettingsInput', {
  fields: (t) => ({
    legalName: t.string({ required: true }),
    address: t.string({ required: true }),
    taxId: t.string({ required: true, description: 'TIN: 12345678-0001 or 10 digits; empty when none.' }),
    vatNumber: t.string(),
  }),
});
const InvoiceSettingsPayload = builder.payloadObject<{ settings: SettingsShape }>('InvoiceSettingsPayload', (t) => ({
  settings: t.field({ type: InvoiceSettingsRef, nullable: true, resolve: (p) => p.settings ?? null }),
}));

builder.mutationFields((t) => ({
  updateInvoiceSettings: t.field({
    type: InvoiceSettingsPayload,
    authScopes: PAYOUT_ADMINS,
    description: 'The seller’s legal name, address, TIN and VAT number printed on invoices issued from now on (issued ones keep theirs).',
    args: { input: t.arg({ type: UpdateInvoiceSettingsInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ settings: await updateInvoiceSettings(ctx, input) })),
  }),
}));
