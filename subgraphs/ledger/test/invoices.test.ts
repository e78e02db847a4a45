/**
 * Invoices and credit notes (decision 0077): issued once per key from `ledger.invoice.requested`, numbered
 * per tenant and kind without gaps, immutable in the database, the seller's details copied as they were;
 * a credit note references its invoice; a malformed request is recorded as rejected; the PDF is a valid
 * PDF 1.4 whose cross-reference offsets point at its objects; who may read an invoice; the VAT return of a
 * seeded period against a table computed by hand.
 */
import { DomainError, recordOutboxEvent, TOPICS, uuidv7, type PrismaClient } from '@webwaka/kit';
import { startStack, type TestStack } from '../../../test/support/stack';
import { renderInvoicePdf } from '../src/services/invoice-pdf';
import { displayNumber, issueInvoice, mayRead, orderInvoices, parseInvoiceRequest, readInvoice, updateInvoiceSettings } from '../src/services/invoices';
import { vatReturn } from '../src/services/vat-return';
import { eventually, invoicePayload, serviceContext } from './support';

let s: TestStack;
let prisma: PrismaClient;

beforeAll(async () => {
  s = await startStack();
  prisma = s.stack.prisma;
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

const issue = (tenant: string, p: ReturnType<typeof invoicePayload>) => issueInvoice(prisma, parseInvoiceRequest(tenant, p));

describe('issuing', () => {
  it('numbers invoices and credit notes per tenant in their own unbroken sequences, once per key', async () => {
    const T = uuidv7();
    const other = uuidv7();
    const first = await issue(T, invoicePayload());
    const second = invoicePayload();
    const b = await issue(T, second);
    const replay = await issue(T, second);
    const elsewhere = await issue(other, invoicePayload());
    expect([first.invoice.number, b.invoice.number]).toEqual([1, 2]);
    expect(replay).toMatchObject({ created: false, invoice: { id: b.invoice.id, number: 2 } });
    expect(elsewhere.invoice.number).toBe(1);
    const credit = await issue(T, invoicePayload({ kind: 'CREDIT_NOTE', vendorOrderId: second.vendorOrderId, lines: [{ subtotal: 4_000n, tax: 300n }] }));
    expect(credit.invoice).toMatchObject({ kind: 'CREDIT_NOTE', number: 1, creditsInvoiceId: b.invoice.id, subtotal: 4_000n, tax: 300n, total: 4_300n, reason: 'Refund' });
    expect(displayNumber(credit.invoice)).toBe('CN-000001');
    expect(displayNumber(b.invoice)).toBe('INV-000002');
  });

  it('copies the seller’s details as they are when issued; a later change leaves issued invoices alone', async () => {
    const T = uuidv7();
    const ctx = serviceContext(s, T);
    await updateInvoiceSettings(ctx, { legalName: 'Ade Fashion Ltd', address: '3 Marina, Lagos', taxId: '12345678-0001', vatNumber: 'VAT-998877' });
    const before = (await issue(T, invoicePayload())).invoice;
    await updateInvoiceSettings(ctx, { legalName: 'Ade Fashion Nigeria Ltd', address: '9 Broad St, Lagos', taxId: '12345678-0001' });
    const after = (await issue(T, invoicePayload())).invoice;
    expect(before).toMatchObject({ sellerLegalName: 'Ade Fashion Ltd', sellerAddress: '3 Marina, Lagos', sellerTaxId: '12345678-0001', sellerVatNumber: 'VAT-998877' });
    expect(after).toMatchObject({ sellerLegalName: 'Ade Fashion Nigeria Ltd', sellerAddress: '9 Broad St, Lagos', sellerVatNumber: '' });
    expect(await prisma.invoice.findUniqueOrThrow({ where: { id: before.id } })).toMatchObject({ sellerLegalName: 'Ade Fashion Ltd' });
    await expect(updateInvoiceSettings(ctx, { legalName: 'X', address: 'Y', taxId: '1234' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'taxId'] });
  });

  it('refuses UPDATE and DELETE of an issued invoice, and any jump of the counter', async () => {
    const T = uuidv7();
    const { invoice } = await issue(T, invoicePayload());
    await expect(prisma.$executeRaw`UPDATE "ledger"."Invoice" SET "total" = 1 WHERE id = ${invoice.id}::uuid`).rejects.toThrow(/append-only/);
    await expect(prisma.invoice.delete({ where: { id: invoice.id } })).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRaw`UPDATE "ledger"."InvoiceCounter" SET "last" = 5 WHERE "tenantId" = ${T}::uuid`).rejects.toThrow(/one number at a time/);
    expect(await prisma.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).toMatchObject({ total: 10_750n });
  });

  it('a rolled-back issue gives its number back', async () => {
    const T = uuidv7();
    await issue(T, invoicePayload());
    const failing = parseInvoiceRequest(T, invoicePayload());
    // A vendor order id that is not a UUID makes the insert fail after the counter moved.
    await expect(issueInvoice(prisma, { ...failing, vendorOrderId: 'not-a-uuid' })).rejects.toThrow();
    expect((await issue(T, invoicePayload())).invoice.number).toBe(2);
  });

  it('the consumer issues an outbox request once, and records a malformed one as rejected', async () => {
    const T = uuidv7();
    const good = invoicePayload();
    await prisma.$transaction(async (tx) => {
      await recordOutboxEvent(tx, { tenantId: T, topic: TOPICS.LEDGER_INVOICE_REQUESTED, payload: good });
      await recordOutboxEvent(tx, { tenantId: T, topic: TOPICS.LEDGER_INVOICE_REQUESTED, payload: good });
    });
    const badEvent = await prisma.$transaction((tx) => recordOutboxEvent(tx, { tenantId: T, topic: TOPICS.LEDGER_INVOICE_REQUESTED, payload: { ...good, idempotencyKey: 'x', lines: [] } }));
    const rejected = await eventually(() => prisma.rejectedPosting.findFirst({ where: { eventId: badEvent } }));
    expect(rejected!.reason).toMatch(/^INVOICE BAD_USER_INPUT: an invoice has 1 to 500 lines/);
    await eventually(async () => (await prisma.outboxEvent.count({ where: { tenantId: T, dispatchedAt: null } })) === 0);
    expect(await prisma.invoice.findMany({ where: { tenantId: T }, select: { number: true, idempotencyKey: true } })).toEqual([{ number: 1, idempotencyKey: good.idempotencyKey }]);
  });

  it('refuses requests that cannot be invoices', () => {
    const T = uuidv7();
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ kind: 'RECEIPT' }, /kind/],
      [{ currency: 'naira' }, /currency/],
      [{ lines: [{ description: 'x', quantity: 0, unitPrice: '1', subtotal: '1', taxRateBps: 750, tax: '0' }] }, /quantity/],
      [{ lines: [{ description: 'x', quantity: 1, unitPrice: '1', subtotal: '-1', taxRateBps: 750, tax: '0' }] }, /subtotal/],
      [{ orderId: 'o-1' }, /orderId/],
    ];
    for (const [change, message] of cases) {
      expect(() => parseInvoiceRequest(T, { ...invoicePayload(), ...change })).toThrow(message);
      expect(() => parseInvoiceRequest(T, { ...invoicePayload(), ...change })).toThrow(DomainError);
    }
  });
});

describe('the PDF', () => {
  it('is a PDF 1.4 whose xref offsets point at each object, with the lines, VAT and totals', async () => {
    const T = uuidv7();
    const lines = Array.from({ length: 70 }, (_, i) => ({ subtotal: 10_000n + BigInt(i), tax: 750n, description: `Ankara fabric (${i}) \\ café — ₦` }));
    const { invoice } = await issue(T, invoicePayload({ lines }));
    const pdf = renderInvoicePdf(invoice, null);
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    const startxref = Number(/startxref\n(\d+)\n%%EOF\s*$/.exec(text)![1]);
    expect(text.slice(startxref, startxref + 4)).toBe('xref');
    const [, , count] = /^xref\n(\d+) (\d+)\n/.exec(text.slice(startxref))!.map(Number);
    const entries = text.slice(startxref).split('\n').slice(2, 2 + count);
    expect(entries[0]).toBe('0000000000 65535 f ');
    for (let n = 1; n < count; n++) {
      expect(entries[n]).toMatch(/^\d{10} 00000 n $/);
      expect(text.slice(Number(entries[n].slice(0, 10))).startsWith(`${n} 0 obj\n`)).toBe(true);
    }
    expect(text).toMatch(new RegExp(`trailer\\n<< /Size ${count} /Root 1 0 R`));
    // Each content stream's /Length is its byte length.
    for (const m of text.matchAll(/<< \/Length (\d+) >>\nstream\n/g)) {
      const start = m.index! + m[0].length;
      expect(text.slice(start + Number(m[1]), start + Number(m[1]) + 10)).toBe('\nendstream');
    }
    // 70 lines do not fit one page.
    expect(text).toMatch(/\/Type \/Pages \/Kids \[\d+ 0 R \d+ 0 R\] \/Count 2/);
    expect(text).toContain('(INV-000001) Tj');
    expect(text).toContain('(Ankara fabric \\(0\\) \\\\ caf\\351 \\227 ? \\(SKU-1\\)) Tj');
    expect(text).toContain(`(NGN ${(Number(invoice.total) / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}) Tj`);
    expect(text).toContain('(7.50%) Tj');
  });
});

describe('who reads an invoice', () => {
  it('the customer it was issued to, the tenant’s staff; not another customer, not another tenant’s staff', async () => {
    const A = uuidv7();
    const B = uuidv7();
    const customer = uuidv7();
    const { invoice } = await issue(A, invoicePayload({ customerUserId: customer }));
    await issue(A, invoicePayload({ customerUserId: uuidv7() }));
    const as = (tenant: string, actor: Record<string, unknown>) => serviceContext(s, tenant, actor);
    expect(await mayRead(as(A, { userId: customer, roles: ['CUSTOMER'], mfa: false }), invoice)).toBe(true);
    expect(await mayRead(as(A, { userId: uuidv7(), roles: ['CUSTOMER'], mfa: false }), invoice)).toBe(false);
    expect(await mayRead(as(A, { roles: ['STAFF'], mfa: false }), invoice)).toBe(true);
    expect(await mayRead(as(A, { roles: ['AGENT'], mfa: false }), invoice)).toBe(false);
    // A vendor user who does not run the invoice's vendor (catalog knows no such vendor).
    expect(await mayRead(as(A, { roles: ['VENDOR'], mfa: false }), invoice)).toBe(false);
    await expect(readInvoice(as(B, { roles: ['STAFF'], mfa: false }), invoice.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(readInvoice(as(A, { userId: uuidv7(), roles: ['CUSTOMER'], mfa: false }), invoice.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await readInvoice(as(A, { userId: customer, roles: ['CUSTOMER'], mfa: false }), invoice.id)).id).toBe(invoice.id);
    expect((await orderInvoices(as(A, { userId: customer, roles: ['CUSTOMER'], mfa: false }), invoice.orderId)).map((i) => i.id)).toEqual([invoice.id]);
    expect(await orderInvoices(as(B, { roles: ['STAFF'], mfa: false }), invoice.orderId)).toEqual([]);
  });
});

describe('the VAT return', () => {
  it('adds up a seeded period’s invoices less its credit notes per currency and rate, as computed by hand', async () => {
    const T = uuidv7();
    const at = (d: string) => new Date(`${d}T12:00:00Z`);
    // In March 2026 (the period):
    //   INV a: 20,000.00 @7.5% -> 1,500.00 VAT; shipping 1,500.00 @0%
    //   INV b: 2 x 5,000.00 @7.5% -> 750.00 VAT; 3,000.00 @0% (exempt)
    //   CN of a: 8,000.00 @7.5% -> 600.00 VAT
    //   INV c in USD: 100.00 @7.5% -> 7.50 VAT
    // Outside it: INV d on 28 Feb and CN of b on 1 April (the period's end is exclusive).
    const a = invoicePayload({ issuedAt: at('2026-03-02'), lines: [{ subtotal: 2_000_000n, tax: 150_000n }, { subtotal: 150_000n, tax: 0n }] });
    const b = invoicePayload({ issuedAt: at('2026-03-15'), lines: [{ subtotal: 1_000_000n, tax: 75_000n, quantity: 2 }, { subtotal: 300_000n, tax: 0n }] });
    const cnA = invoicePayload({ kind: 'CREDIT_NOTE', vendorOrderId: a.vendorOrderId, issuedAt: at('2026-03-20'), lines: [{ subtotal: 800_000n, tax: 60_000n }] });
    const c = { ...invoicePayload({ issuedAt: at('2026-03-31'), lines: [{ subtotal: 10_000n, tax: 750n }] }), currency: 'USD' };
    const d = invoicePayload({ issuedAt: new Date('2026-02-28T23:59:59Z'), lines: [{ subtotal: 999_900n, tax: 74_993n }] });
    const cnB = invoicePayload({ kind: 'CREDIT_NOTE', vendorOrderId: b.vendorOrderId, issuedAt: new Date('2026-04-01T00:00:00Z'), lines: [{ subtotal: 500_000n, tax: 37_500n }] });
    for (const p of [a, b, cnA, c, d, cnB]) await issue(T, p);

    const rows = await vatReturn(serviceContext(s, T), { from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-04-01T00:00:00Z') });
    const table = rows.map((r) => [r.currency, r.taxRateBps, r.invoices, r.creditNotes, r.salesNet, r.salesVat, r.creditedNet, r.creditedVat, r.netSales, r.outputVat]);
    expect(table).toEqual([
      // currency, rate, invoices, credit notes, sales net, sales VAT, credited net, credited VAT, net sales, output VAT
      ['NGN', 750, 2, 1, 3_000_000n, 225_000n, 800_000n, 60_000n, 2_200_000n, 165_000n],
      ['NGN', 0, 2, 0, 450_000n, 0n, 0n, 0n, 450_000n, 0n],
      ['USD', 750, 1, 0, 10_000n, 750n, 0n, 0n, 10_000n, 750n],
    ]);
    await expect(vatReturn(serviceContext(s, T), { from: new Date('2026-04-01T00:00:00Z'), to: new Date('2026-03-01T00:00:00Z') })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    // Another tenant's return of the same period is empty.
    expect(await vatReturn(serviceContext(s, uuidv7()), { from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-04-01T00:00:00Z') })).toEqual([]);
  });
});
