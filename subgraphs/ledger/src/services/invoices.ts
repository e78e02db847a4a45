/**
 * Invoices and credit notes (decision 0077). Commerce asks for them (`ledger.invoice.requested`) in the
 * transaction that records the sale or the refund; the ledger issues each once per (tenant, key):
 *  - numbered per tenant and kind in an unbroken sequence: the tenant's InvoiceCounter row is raised in the
 *    transaction that inserts the invoice, so concurrent issuers queue on that row and a rollback gives the
 *    number back (no gap); (tenant, kind, number) is unique besides;
 *  - with the seller's details as the tenant's InvoiceSettings say at that moment, copied (a later change of
 *    address does not rewrite an issued invoice);
 *  - immutable: a trigger refuses UPDATE and DELETE; a correction is a credit note referencing the invoice.
 * Who reads one: the tenant's staff and administrators (and keys with ledger:read), the customer it was
 * issued to, and the user who runs its vendor.
 */
import { callPeer, DomainError, ErrorCode, isUniqueViolation, NIGERIAN_TIN, requireTenant, TIN_FORMAT_MESSAGE, uuidv7, type Actor, type Prisma, type PrismaClient } from '@webwaka/kit';
import { askCatalogAboutVendors, readsWholeBook } from './access';
import { TX_OPTIONS, type ServiceContext, type Tx } from './context';

export const INVOICE_KINDS = ['INVOICE', 'CREDIT_NOTE'] as const;
export type InvoiceKind = (typeof INVOICE_KINDS)[number];

export interface InvoiceLine {
  description: string;
  sku: string | null;
  quantity: number;
  unitPrice: bigint;
  subtotal: bigint;
  taxRateBps: number;
  tax: bigint;
}

export interface InvoiceRequest {
  tenantId: string;
  kind: InvoiceKind;
  idempotencyKey: string;
  creditsKey: string | null;
  orderId: string;
  orderNumber: string;
  vendorOrderId: string;
  vendorId: string;
  vendorName: string;
  channel: string;
  customer: { userId: string | null; name: string | null; email: string | null; phone: string | null; address: string | null; taxId: string | null };
  currency: string;
  issuedAt: Date;
  lines: InvoiceLine[];
  reason: string | null;
}

export type InvoiceRow = Prisma.InvoiceGetPayload<true>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_LINES = 500;

const bad = (message: string) => new DomainError(ErrorCode.BAD_USER_INPUT, message);

function str(v: unknown, what: string, max: number): string {
  if (typeof v !== 'string' || !v.trim()) throw bad(`${what} is required`);
  return v.trim().slice(0, max);
}
function optStr(v: unknown, max: number): string | null {
  return typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : null;
}
function uuid(v: unknown, what: string): string {
  if (typeof v !== 'string' || !UUID.test(v)) throw bad(`${what} must be a UUID`);
  return v;
}
function minor(v: unknown, what: string): bigint {
  if (typeof v !== 'string' || !/^\d{1,18}$/.test(v)) throw bad(`${what} must be a non-negative integer of minor units`);
  return BigInt(v);
}

/** Checks a request as read from the outbox (old events outlive code changes). */
export function parseInvoiceRequest(tenantId: string, payload: unknown): InvoiceRequest {
  const p = (payload ?? {}) as Record<string, unknown>;
  const kind = p.kind === 'INVOICE' || p.kind === 'CREDIT_NOTE' ? p.kind : null;
  if (!kind) throw bad('kind must be INVOICE or CREDIT_NOTE');
  if (typeof p.currency !== 'string' || !/^[A-Z]{3}$/.test(p.currency)) throw bad('currency must be an ISO 4217 code');
  const currency = p.currency;
  const issuedAt = new Date(String(p.issuedAt));
  if (Number.isNaN(issuedAt.getTime())) throw bad('issuedAt must be a time');
  if (!Array.isArray(p.lines) || p.lines.length === 0 || p.lines.length > MAX_LINES) throw bad(`an invoice has 1 to ${MAX_LINES} lines`);
  const lines = p.lines.map((raw, i): InvoiceLine => {
    const l = (raw ?? {}) as Record<string, unknown>;
    const quantity = l.quantity;
    if (typeof quantity !== 'number' || !Number.isInteger(quantity) || quantity < 1 || quantity > 1_000_000) throw bad(`line ${i + 1}: quantity must be a positive whole number`);
    const taxRateBps = l.taxRateBps;
    if (typeof taxRateBps !== 'number' || !Number.isInteger(taxRateBps) || taxRateBps < 0 || taxRateBps > 10_000) throw bad(`line ${i + 1}: taxRateBps must be 0 to 10000`);
    return {
      description: str(l.description, `line ${i + 1}: description`, 300),
      sku: optStr(l.sku, 100),
      quantity,
      unitPrice: minor(l.unitPrice, `line ${i + 1}: unitPrice`),
      subtotal: minor(l.subtotal, `line ${i + 1}: subtotal`),
      taxRateBps,
      tax: minor(l.tax, `line ${i + 1}: tax`),
    };
  });
  const c = (p.customer ?? {}) as Record<string, unknown>;
  return {
    tenantId: uuid(tenantId, 'tenantId'),
    kind,
    idempotencyKey: str(p.idempotencyKey, 'idempotencyKey', 200),
    creditsKey: kind === 'CREDIT_NOTE' ? str(p.creditsKey, 'creditsKey', 200) : null,
    orderId: uuid(p.orderId, 'orderId'),
    orderNumber: str(p.orderNumber, 'orderNumber', 50),
    vendorOrderId: uuid(p.vendorOrderId, 'vendorOrderId'),
    vendorId: uuid(p.vendorId, 'vendorId'),
    vendorName: str(p.vendorName, 'vendorName', 200),
    channel: str(p.channel, 'channel', 30),
    customer: {
      userId: c.userId == null ? null : uuid(c.userId, 'customer.userId'),
      name: optStr(c.name, 200),
      email: optStr(c.email, 320),
      phone: optStr(c.phone, 40),
      address: optStr(c.address, 500),
      taxId: optStr(c.taxId, 40),
    },
    currency,
    issuedAt,
    lines,
    reason: optStr(p.reason, 500),
  };
}

/** The tenant's next number of a kind, in the caller's transaction (the counter row stays locked until it ends). */
async function nextNumber(tx: Tx, tenantId: string, kind: InvoiceKind): Promise<number> {
  const [{ last }] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "ledger"."InvoiceCounter" ("tenantId", "kind", "last") VALUES (${tenantId}::uuid, ${kind}::"ledger"."InvoiceKind", 1)
    ON CONFLICT ("tenantId", "kind") DO UPDATE SET "last" = "InvoiceCounter"."last" + 1 RETURNING "last"`;
  return last;
}

/** Issues the invoice or credit note once per (tenant, key); a repeat returns the one issued. */
export async function issueInvoice(prisma: PrismaClient, r: InvoiceRequest): Promise<{ invoice: InvoiceRow; created: boolean }> {
  const underKey = { tenantId_idempotencyKey: { tenantId: r.tenantId, idempotencyKey: r.idempotencyKey } };
  const earlier = await prisma.invoice.findUnique({ where: underKey });
  if (earlier) return { invoice: earlier, created: false };
  const subtotal = r.lines.reduce((a, l) => a + l.subtotal, 0n);
  const tax = r.lines.reduce((a, l) => a + l.tax, 0n);
  try {
    const invoice = await prisma.$transaction(async (tx) => {
      const seller = await tx.invoiceSettings.findUnique({ where: { tenantId: r.tenantId } });
      // A credit note of an order invoiced before invoices existed references none.
      const credited = r.creditsKey ? await tx.invoice.findUnique({ where: { tenantId_idempotencyKey: { tenantId: r.tenantId, idempotencyKey: r.creditsKey } }, select: { id: true } }) : null;
      const number = await nextNumber(tx, r.tenantId, r.kind);
      return tx.invoice.create({
        data: {
          id: uuidv7(),
          tenantId: r.tenantId,
          kind: r.kind,
          number,
          idempotencyKey: r.idempotencyKey,
          creditsInvoiceId: credited?.id ?? null,
          orderId: r.orderId,
          orderNumber: r.orderNumber,
          vendorOrderId: r.vendorOrderId,
          vendorId: r.vendorId,
          vendorName: r.vendorName,
          channel: r.channel,
          customerUserId: r.customer.userId,
          customerName: r.customer.name,
          customerEmail: r.customer.email,
          customerPhone: r.customer.phone,
          customerAddress: r.customer.address,
          customerTaxId: r.customer.taxId,
          sellerLegalName: seller?.legalName ?? '',
          sellerAddress: seller?.address ?? '',
          sellerTaxId: seller?.taxId ?? '',
          sellerVatNumber: seller?.vatNumber ?? '',
          currency: r.currency,
          subtotal,
          tax,
          total: subtotal + tax,
          lines: r.lines.map((l) => ({ ...l, unitPrice: l.unitPrice.toString(), subtotal: l.subtotal.toString(), tax: l.tax.toString() })),
          reason: r.reason,
          issuedAt: r.issuedAt,
        },
      });
    }, TX_OPTIONS);
    return { invoice, created: true };
  } catch (e) {
    // A concurrent delivery of the same request won: its transaction took the number, this one gave it back.
    if (!isUniqueViolation(e)) throw e;
    const winner = await prisma.invoice.findUnique({ where: underKey });
    if (!winner) throw e;
    return { invoice: winner, created: false };
  }
}

/** What an invoice prints as its number: INV-000042, CN-000007. */
export const displayNumber = (i: Pick<InvoiceRow, 'kind' | 'number'>) => `${i.kind === 'INVOICE' ? 'INV' : 'CN'}-${String(i.number).padStart(6, '0')}`;

export function invoiceLines(i: InvoiceRow): InvoiceLine[] {
  return (i.lines as { description: string; sku: string | null; quantity: number; unitPrice: string; subtotal: string; taxRateBps: number; tax: string }[]).map((l) => ({
    ...l,
    unitPrice: BigInt(l.unitPrice),
    subtotal: BigInt(l.subtotal),
    tax: BigInt(l.tax),
  }));
}

// ---- reading

/** Whether the caller may read this invoice (see the module comment). */
export async function mayRead(ctx: ServiceContext, invoice: InvoiceRow): Promise<boolean> {
  const tenantId = requireTenant(ctx);
  if (invoice.tenantId !== tenantId) return false;
  const actor: Actor = ctx.actor;
  if (readsWholeBook(actor)) return true;
  if (actor.kind !== 'user' || !actor.userId) return false;
  if (invoice.customerUserId && invoice.customerUserId === actor.userId) return true;
  if (actor.roles.includes('VENDOR')) {
    const found = await askCatalogAboutVendors<{ id: string; ownerUserId: string | null }>(ctx, tenantId, [invoice.vendorId], 'id ownerUserId');
    return found.get(invoice.vendorId)?.ownerUserId === actor.userId;
  }
  return false;
}

/** One invoice the caller may read, or NOT_FOUND (the same answer whether it exists elsewhere or not). */
export async function readInvoice(ctx: ServiceContext, id: string): Promise<InvoiceRow> {
  const tenantId = requireTenant(ctx);
  const invoice = UUID.test(id) ? await ctx.prisma.invoice.findFirst({ where: { id, tenantId } }) : null;
  if (!invoice || !(await mayRead(ctx, invoice))) throw new DomainError(ErrorCode.NOT_FOUND, 'No such invoice');
  return invoice;
}

/**
 * Whether a guest holds the proof of an order placed without an account: the token of the cart it came
 * from, which only commerce can check (peer call, `commerce:guest-orders`).
 */
async function guestProves(ctx: ServiceContext, tenantId: string, orderId: string, cartToken: string): Promise<boolean> {
  const data = await callPeer<{ guestOrderProved: boolean }>(
    ctx.peers,
    'commerce',
    'query ($orderId: ID!, $cartToken: String!) { guestOrderProved(orderId: $orderId, cartToken: $cartToken) }',
    { orderId, cartToken },
    { tenantId, service: 'ledger', scopes: ['commerce:guest-orders'], requestId: ctx.requestId },
  );
  return data.guestOrderProved === true;
}

/**
 * A guest's invoices and credit notes: those of an order placed without an account, for whoever holds the
 * token of its cart, as the shop's order page does. Nothing (not an error) for a wrong token.
 */
export async function guestOrderInvoices(ctx: ServiceContext, orderId: string, cartToken: string): Promise<InvoiceRow[]> {
  const tenantId = requireTenant(ctx);
  if (!UUID.test(orderId) || !cartToken) return [];
  const rows = await ctx.prisma.invoice.findMany({ where: { tenantId, orderId, customerUserId: null }, orderBy: [{ issuedAt: 'asc' }, { id: 'asc' }], take: 200 });
  return rows.length > 0 && (await guestProves(ctx, tenantId, orderId, cartToken)) ? rows : [];
}

/** One of a guest's invoices (guestOrderInvoices), or NOT_FOUND. */
export async function readGuestInvoice(ctx: ServiceContext, id: string, cartToken: string): Promise<InvoiceRow> {
  const tenantId = requireTenant(ctx);
  const invoice = UUID.test(id) && cartToken ? await ctx.prisma.invoice.findFirst({ where: { id, tenantId, customerUserId: null } }) : null;
  if (!invoice || !(await guestProves(ctx, tenantId, invoice.orderId, cartToken))) throw new DomainError(ErrorCode.NOT_FOUND, 'No such invoice');
  return invoice;
}

/** An order's invoices and credit notes the caller may read, oldest first. */
export async function orderInvoices(ctx: ServiceContext, orderId: string): Promise<InvoiceRow[]> {
  const tenantId = requireTenant(ctx);
  if (!UUID.test(orderId)) return [];
  const rows = await ctx.prisma.invoice.findMany({ where: { tenantId, orderId }, orderBy: [{ issuedAt: 'asc' }, { id: 'asc' }], take: 200 });
  const allowed = await Promise.all(rows.map((r) => mayRead(ctx, r)));
  return rows.filter((_, i) => allowed[i]);
}

/** The book's invoices (staff): newest first, optionally of one kind, keyset-paged by id. */
export async function listInvoices(ctx: ServiceContext, args: { kind?: InvoiceKind | null; first?: number | null; after?: string | null }): Promise<InvoiceRow[]> {
  const tenantId = requireTenant(ctx);
  const take = Math.min(Math.max(args.first ?? 50, 1), 100);
  return ctx.prisma.invoice.findMany({
    where: { tenantId, ...(args.kind ? { kind: args.kind } : {}), ...(args.after && UUID.test(args.after) ? { id: { lt: args.after } } : {}) },
    orderBy: { id: 'desc' },
    take,
  });
}

// ---- seller details

export async function invoiceSettings(ctx: ServiceContext) {
  const tenantId = requireTenant(ctx);
  return (await ctx.prisma.invoiceSettings.findUnique({ where: { tenantId } })) ?? { tenantId, legalName: '', address: '', taxId: '', vatNumber: '', updatedAt: null };
}


export async function updateInvoiceSettings(ctx: ServiceContext, input: { legalName: string; address: string; taxId: string; vatNumber?: string | null }) {
  const tenantId = requireTenant(ctx);
  const legalName = input.legalName.trim();
  const address = input.address.trim();
  const taxId = input.taxId.trim();
  const vatNumber = (input.vatNumber ?? '').trim();
  if (!legalName || legalName.length > 200) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The legal name is required (at most 200 characters)', ['input', 'legalName']);
  if (!address || address.length > 500) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The address is required (at most 500 characters)', ['input', 'address']);
  if (taxId && !NIGERIAN_TIN.test(taxId)) throw new DomainError(ErrorCode.BAD_USER_INPUT, TIN_FORMAT_MESSAGE, ['input', 'taxId']);
  if (vatNumber.length > 40) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The VAT number is at most 40 characters', ['input', 'vatNumber']);
  const data = { legalName, address, taxId, vatNumber };
  return ctx.prisma.invoiceSettings.upsert({ where: { tenantId }, create: { tenantId, ...data }, update: data });
}
