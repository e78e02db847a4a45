/**
 * Expenses, the VAT return's input VAT, profit and loss and vendor statements (decision 0082), at the
 * service level: who may write, submit, approve and reject (never the writer, never staff, never another
 * tenant), the approval's entry balanced and posted once (also under concurrent approvals), decided
 * expenses frozen in the database; and the reports of seeded periods against tables computed by hand.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { FilesystemMediaStore, uuidv7, type PrismaClient } from '@webwaka/kit';
import { startStack, type TestStack } from '../../../test/support/stack';
import { assertLedgerInvariants, ledgerBalance } from '../../../test/support/ledger';
import { approveExpense, createExpense, deleteDraftExpense, listExpenses, readExpenseReceipt, rejectExpense, submitExpense, updateExpense, uploadExpenseReceipt, type ExpenseInput } from '../src/services/expenses';
import { issueInvoice, parseInvoiceRequest, updateInvoiceSettings } from '../src/services/invoices';
import { postJournalEntry, type PostingRequest } from '../src/services/posting';
import { payExpense } from '../src/services/expense-payments';
import { profitAndLoss } from '../src/services/profit-and-loss';
import { formatAmount } from '../src/services/invoice-pdf';
import { ledgerReportPdf, vendorStatementPdf } from '../src/services/report-pdf';
import { reportCurrencies, trialBalance } from '../src/services/reports';
import { vatReturnTotals } from '../src/services/vat-return';
import { vendorStatement } from '../src/services/vendor-statement';
import { account, invoicePayload, orderPaid, serviceContext, tenantId } from './support';

let s: TestStack;
let prisma: PrismaClient;

beforeAll(async () => {
  s = await startStack();
  prisma = s.stack.prisma;
}, 120_000);
afterEach(async () => {
  await assertLedgerInvariants(prisma);
});
afterAll(async () => {
  await s?.stop();
});

const admin = (tenant: string, userId = uuidv7()) => serviceContext(s, tenant, { userId, roles: ['CLIENT_ADMIN'], mfa: true });
const staff = (tenant: string, userId = uuidv7()) => serviceContext(s, tenant, { userId, roles: ['STAFF'], mfa: false });
const fuel = (over: Partial<ExpenseInput> = {}): ExpenseInput => ({ category: 'FUEL_AND_POWER', supplier: 'Total Energies, Ikeja', spentOn: new Date('2026-03-10T00:00:00Z'), currency: 'NGN', amount: 40_000_00n, vatPaid: 3_000_00n, note: 'Diesel for the generator', ...over });

/** The text a PDF shows, one string per line: pdf.ts writes each as a literal "(...) Tj" in order. */
const pdfText = (pdf: Buffer) =>
  [...pdf.toString('latin1').matchAll(/\(((?:\\.|[^\\)])*)\) Tj/g)].map((m) => m[1].replace(/\\([()\\])/g, '$1')).join('\n');

describe('approval', () => {
  it('staff write and submit; another administrator approves and the entry is balanced and posted once', async () => {
    const T = uuidv7();
    const writer = staff(T);
    const draft = await createExpense(writer, fuel());
    expect(draft).toMatchObject({ status: 'DRAFT', amount: 40_000_00n, vatPaid: 3_000_00n, spentOn: new Date('2026-03-10T00:00:00Z') });
    // Not submitted yet: nothing to decide.
    await expect(approveExpense(admin(T), draft.id)).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    const changed = await updateExpense(writer, draft.id, fuel({ amount: 42_000_00n, vatPaid: 3_150_00n }));
    expect(changed.amount).toBe(42_000_00n);
    await expect(updateExpense(staff(T), draft.id, fuel())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(submitExpense(staff(T), draft.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const submitted = await submitExpense(writer, draft.id);
    expect(submitted.status).toBe('SUBMITTED');
    await expect(updateExpense(writer, draft.id, fuel())).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });

    // Staff do not decide; an administrator without the second factor does not either.
    await expect(approveExpense(staff(T), draft.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(approveExpense(serviceContext(s, T, { roles: ['CLIENT_ADMIN'], mfa: false }), draft.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Another tenant's administrator does not even find it.
    await expect(approveExpense(admin(uuidv7()), draft.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const approverId = uuidv7();
    const approved = await approveExpense(admin(T, approverId), draft.id);
    expect(approved).toMatchObject({ status: 'APPROVED', decidedByUserId: approverId });
    const again = await approveExpense(admin(T, approverId), draft.id);
    expect(again.journalEntryId).toBe(approved.journalEntryId);
    const entries = await prisma.journalEntry.findMany({ where: { tenantId: T, referenceType: 'Expense', referenceId: draft.id }, include: { lines: { include: { account: true }, orderBy: { position: 'asc' } } } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ id: approved.journalEntryId, kind: 'EXPENSE', idempotencyKey: `expense:${draft.id}`, occurredAt: new Date('2026-03-10T00:00:00Z') });
    expect(entries[0].lines.map((l) => [l.account.purpose, l.side, l.amount])).toEqual([
      ['OPERATING_EXPENSE', 'DEBIT', 42_000_00n],
      ['INPUT_VAT', 'DEBIT', 3_150_00n],
      ['EXPENSES_PAYABLE', 'CREDIT', 45_150_00n],
    ]);
    expect(await ledgerBalance(prisma, account(T, 'TENANT', T, 'EXPENSES_PAYABLE'))).toBe(45_150_00n);
    await expect(rejectExpense(admin(T), draft.id, 'Too late')).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
  });

  it('the writer never decides their own expense, even as an administrator', async () => {
    const T = uuidv7();
    const me = uuidv7();
    const e = await createExpense(admin(T, me), fuel(), new Date());
    await submitExpense(admin(T, me), e.id);
    await expect(approveExpense(admin(T, me), e.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(rejectExpense(admin(T, me), e.id, 'Mine')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Created and submitted in one go.
    const quick = await createExpense(admin(T, me), { ...fuel(), submit: true } as ExpenseInput & { submit: boolean });
    expect(quick.status).toBe('SUBMITTED');
  });

  it('rejects with a reason; a rejected expense is never approved; decided rows are frozen in the database', async () => {
    const T = uuidv7();
    const writer = staff(T);
    const e = await createExpense(writer, fuel());
    await submitExpense(writer, e.id);
    await expect(rejectExpense(admin(T), e.id, '   ')).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: ['reason'] });
    const rejected = await rejectExpense(admin(T), e.id, 'No receipt: attach it and record it again');
    expect(rejected).toMatchObject({ status: 'REJECTED', rejectionReason: 'No receipt: attach it and record it again', journalEntryId: null });
    await expect(approveExpense(admin(T), e.id)).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    await expect(prisma.expense.update({ where: { id: e.id }, data: { status: 'SUBMITTED' } })).rejects.toThrow();
    await expect(prisma.expense.delete({ where: { id: e.id } })).rejects.toThrow();
    // An approval without its entry is refused by the database too.
    const other = await createExpense(writer, fuel());
    await expect(prisma.expense.update({ where: { id: other.id }, data: { status: 'APPROVED', decidedByUserId: uuidv7() } })).rejects.toThrow();
    expect(await prisma.journalEntry.count({ where: { tenantId: T } })).toBe(0);
  });

  it('two administrators approving at once post one entry', async () => {
    const T = uuidv7();
    const writer = staff(T);
    const e = await createExpense(writer, fuel());
    await submitExpense(writer, e.id);
    const results = await Promise.allSettled([approveExpense(admin(T), e.id), approveExpense(admin(T), e.id), rejectExpense(admin(T), e.id, 'Duplicate')]);
    const approvals = results.slice(0, 2).filter((r) => r.status === 'fulfilled');
    expect(approvals.length).toBeGreaterThanOrEqual(1);
    expect(await prisma.journalEntry.count({ where: { tenantId: T, referenceId: e.id } })).toBe((await prisma.expense.findUniqueOrThrow({ where: { id: e.id } })).status === 'APPROVED' ? 1 : 0);
  });

  it('checks the input, deletes only its writer’s drafts, lists per tenant', async () => {
    const T = uuidv7();
    const writer = staff(T);
    await expect(createExpense(writer, fuel({ category: 'BRIBES' }))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'category'] });
    await expect(createExpense(writer, fuel({ amount: 0n }))).rejects.toMatchObject({ field: ['input', 'amount'] });
    await expect(createExpense(writer, fuel({ vatPaid: 50_000_00n }))).rejects.toMatchObject({ field: ['input', 'vatPaid'] });
    await expect(createExpense(writer, fuel({ supplier: ' ' }))).rejects.toMatchObject({ field: ['input', 'supplier'] });
    await expect(createExpense(writer, fuel({ currency: 'naira' }))).rejects.toMatchObject({ field: ['input', 'currency'] });
    await expect(createExpense(writer, fuel({ spentOn: new Date(Date.now() + 3 * 86_400_000) }))).rejects.toMatchObject({ field: ['input', 'spentOn'] });
    await expect(createExpense(writer, fuel({ receiptId: uuidv7() }))).rejects.toMatchObject({ code: 'NOT_FOUND', field: ['input', 'receiptId'] });
    await expect(createExpense(serviceContext(s, T, { roles: ['VENDOR'], mfa: false }), fuel())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const e = await createExpense(writer, fuel());
    await expect(deleteDraftExpense(staff(T), e.id)).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    expect((await listExpenses(admin(T), {})).map((x) => x.id)).toEqual([e.id]);
    expect(await listExpenses(admin(uuidv7()), {})).toEqual([]);
    expect(await listExpenses(serviceContext(s, T, { roles: ['VENDOR'], mfa: false }), {})).toEqual([]);
    expect(await deleteDraftExpense(writer, e.id)).toBe(true);
    expect(await listExpenses(admin(T), {})).toEqual([]);
  });
});

describe('receipts', () => {
  it('staff upload a photo (re-encoded, private); the book’s readers see it, customers, vendors and other tenants do not', async () => {
    const T = uuidv7();
    const store = new FilesystemMediaStore(mkdtempSync(path.join(tmpdir(), 'receipts-')));
    const photo = await sharp({ create: { width: 900, height: 1200, channels: 3, background: '#eeeeee' } }).jpeg().toBuffer();
    const writer = staff(T);
    const receipt = await uploadExpenseReceipt(writer, photo, store);
    expect(receipt).toMatchObject({ width: 900, height: 1200 });
    await expect(uploadExpenseReceipt(serviceContext(s, T, { roles: ['CUSTOMER'], mfa: false }), photo, store)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(uploadExpenseReceipt(writer, Buffer.from('not an image'), store)).rejects.toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    const e = await createExpense(writer, fuel({ receiptId: receipt.id }));
    expect(e.receiptId).toBe(receipt.id);
    const seen = await readExpenseReceipt(admin(T), receipt.id, '640.jpg', store);
    expect(seen?.contentType).toBe('image/jpeg');
    expect((await sharp(Buffer.from(seen!.data, 'base64')).metadata()).width).toBe(640);
    expect(await readExpenseReceipt(serviceContext(s, T, { roles: ['VENDOR'], mfa: false }), receipt.id, '640.jpg', store)).toBeNull();
    expect(await readExpenseReceipt(admin(uuidv7()), receipt.id, '640.jpg', store)).toBeNull();
    expect(await readExpenseReceipt(admin(T), receipt.id, '../../etc.jpg', store)).toBeNull();
    // Another tenant's staff cannot name it on their expense.
    await expect(createExpense(staff(uuidv7()), fuel({ receiptId: receipt.id }))).rejects.toMatchObject({ code: 'NOT_FOUND', field: ['input', 'receiptId'] });
  });
});

/** An expense written by staff and approved by an administrator. */
async function approved(T: string, input: ExpenseInput) {
  const writer = staff(T);
  const e = await createExpense(writer, input);
  await submitExpense(writer, e.id);
  return approveExpense(admin(T), e.id);
}

describe('paying an approved expense out of the book (decision 0088)', () => {
  it('an administrator other than the writer pays it once from cash or bank; balanced, shown on the expense and in the list filter', async () => {
    const T = uuidv7();
    const e = await approved(T, fuel());
    const total = 43_000_00n;
    const book = (purpose: Parameters<typeof account>[3]) => ledgerBalance(prisma, account(T, 'TENANT', T, purpose));
    expect(await book('EXPENSES_PAYABLE')).toBe(total);
    // Not the writer (even as an administrator), not staff, not another tenant.
    await expect(payExpense(serviceContext(s, T, { userId: e.createdByUserId, roles: ['CLIENT_ADMIN'], mfa: true }), { expenseId: e.id, paidFrom: 'CASH', paidOn: new Date('2026-03-11T00:00:00Z'), reference: 'R-1' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(payExpense(staff(T), { expenseId: e.id, paidFrom: 'CASH', paidOn: new Date('2026-03-11T00:00:00Z'), reference: 'R-1' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(payExpense(admin(uuidv7()), { expenseId: e.id, paidFrom: 'CASH', paidOn: new Date('2026-03-11T00:00:00Z'), reference: 'R-1' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Bad input: unknown source, no reference, before it was spent, in the future.
    const good = { expenseId: e.id, paidFrom: 'BANK', paidOn: new Date('2026-03-11T00:00:00Z'), reference: 'TRF-1' };
    for (const [change, field] of [[{ paidFrom: 'WALLET' }, 'paidFrom'], [{ reference: ' ' }, 'reference'], [{ paidOn: new Date('2026-03-01T00:00:00Z') }, 'paidOn'], [{ paidOn: new Date(Date.now() + 3 * 86_400_000) }, 'paidOn']] as const) {
      await expect(payExpense(admin(T), { ...good, ...change })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', field] });
    }
    expect(await listExpenses(admin(T), { paid: false })).toHaveLength(1);

    // Two administrators at once (one of them the approver): one payment, one entry.
    const payerA = uuidv7();
    const results = await Promise.allSettled([
      payExpense(admin(T, payerA), { expenseId: e.id, paidFrom: 'BANK', paidOn: new Date('2026-03-11T15:00:00Z'), reference: 'TRF-20260311-01' }),
      payExpense(admin(T, e.decidedByUserId!), { expenseId: e.id, paidFrom: 'CASH', paidOn: new Date('2026-03-11T00:00:00Z'), reference: 'R-2' }),
    ]);
    const paid = results.filter((r) => r.status === 'fulfilled');
    expect(paid).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'INVALID_TRANSITION' } });
    const payment = await prisma.expensePayment.findUniqueOrThrow({ where: { expenseId: e.id } });
    expect(payment).toMatchObject({ tenantId: T, paidOn: new Date('2026-03-11T00:00:00Z') });
    const entries = await prisma.journalEntry.findMany({ where: { tenantId: T, referenceType: 'ExpensePayment', referenceId: e.id }, include: { lines: { include: { account: true }, orderBy: { position: 'asc' } } } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ id: payment.journalEntryId, idempotencyKey: `expense-payment:${e.id}`, occurredAt: new Date('2026-03-11T00:00:00Z') });
    const source = payment.paidFrom === 'BANK' ? 'PAYMENT_CLEARING' : 'CASH_HELD';
    expect(entries[0].lines.map((l) => [l.account.purpose, l.side, l.amount])).toEqual([
      ['EXPENSES_PAYABLE', 'DEBIT', total],
      [source, 'CREDIT', total],
    ]);
    expect(await book('EXPENSES_PAYABLE')).toBe(0n);
    expect(await book(source)).toBe(-total);

    // A second attempt: the stable INVALID_TRANSITION, nothing posted. Shown on the expense and in the filter.
    await expect(payExpense(admin(T, payerA), { expenseId: e.id, paidFrom: 'BANK', paidOn: new Date('2026-03-12T00:00:00Z'), reference: 'again' })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(await prisma.journalEntry.count({ where: { tenantId: T, referenceType: 'ExpensePayment' } })).toBe(1);
    expect((await listExpenses(admin(T), { paid: true })).map((x) => [x.id, x.payment?.reference])).toEqual([[e.id, payment.reference]]);
    expect(await listExpenses(admin(T), { paid: false })).toHaveLength(0);
    // Only approved expenses are paid; the payment row is never changed (the database refuses it too).
    const pending = await createExpense(staff(T), { ...fuel(), submit: true } as ExpenseInput & { submit: boolean });
    await expect(payExpense(admin(T), { expenseId: pending.id, paidFrom: 'CASH', paidOn: new Date('2026-03-11T00:00:00Z'), reference: 'R-3' })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    await expect(prisma.expensePayment.update({ where: { id: payment.id }, data: { reference: 'changed' } })).rejects.toThrow();
    await expect(prisma.expensePayment.delete({ where: { id: payment.id } })).rejects.toThrow();
  });
});

describe('the VAT return with input VAT', () => {
  it('output VAT minus the input VAT of the period’s approved expenses, by hand', async () => {
    const T = uuidv7();
    const ctx = admin(T);
    const inPeriod = new Date('2026-03-15T12:00:00Z');
    // Output: 10,000.00 at 7.5% (750.00) + 4,000.00 at 7.5% (300.00), less a credit note of 100.00 of VAT.
    await issueInvoice(prisma, parseInvoiceRequest(T, invoicePayload({ issuedAt: inPeriod, lines: [{ subtotal: 10_000_00n, tax: 750_00n }] })));
    const second = invoicePayload({ issuedAt: inPeriod, lines: [{ subtotal: 4_000_00n, tax: 300_00n }] });
    await issueInvoice(prisma, parseInvoiceRequest(T, second));
    await issueInvoice(prisma, parseInvoiceRequest(T, invoicePayload({ kind: 'CREDIT_NOTE', vendorOrderId: second.vendorOrderId, issuedAt: inPeriod, lines: [{ subtotal: 1_333_33n, tax: 100_00n }] })));
    // Input: 300.00 + 75.00 approved in March; one approved in April, one only submitted, one rejected: left out.
    await approved(T, fuel({ vatPaid: 300_00n }));
    await approved(T, fuel({ category: 'SUPPLIES', amount: 1_000_00n, vatPaid: 75_00n, spentOn: new Date('2026-03-31T00:00:00Z') }));
    await approved(T, fuel({ vatPaid: 999_00n, spentOn: new Date('2026-04-01T00:00:00Z') }));
    // The day before March: its UTC midnight is after Lagos's March starts (23:00 UTC on 28 February), yet it is not March's.
    await approved(T, fuel({ vatPaid: 888_00n, spentOn: new Date('2026-02-28T00:00:00Z') }));
    const pending = await createExpense(staff(T), { ...fuel({ vatPaid: 500_00n }), submit: true } as ExpenseInput & { submit: boolean });
    expect(pending.status).toBe('SUBMITTED');
    const no = await createExpense(staff(T), { ...fuel({ vatPaid: 500_00n }), submit: true } as ExpenseInput & { submit: boolean });
    await rejectExpense(admin(T), no.id, 'Personal');
    // A dollar expense: its own currency row, no output VAT.
    await approved(T, fuel({ currency: 'USD', amount: 100_00n, vatPaid: 7_50n }));

    // March in Lagos, as the reports ask for it: expenses count by the day they were spent, the first and last days included.
    const lagosMarch = { from: new Date('2026-02-28T23:00:00Z'), to: new Date('2026-03-31T23:00:00Z') };
    const totals = await vatReturnTotals(ctx, lagosMarch);
    expect(totals).toEqual([
      { currency: 'NGN', outputVat: 950_00n, expenses: 2, inputVat: 375_00n, vatPayable: 575_00n },
      { currency: 'USD', outputVat: 0n, expenses: 1, inputVat: 7_50n, vatPayable: -7_50n },
    ]);
    // Read in UTC, the same instants cover 28 February to 31 March: the zone decides the days.
    expect((await vatReturnTotals(ctx, lagosMarch, 'UTC'))[0]).toMatchObject({ currency: 'NGN', expenses: 3, inputVat: 1_263_00n });
    await expect(vatReturnTotals(ctx, lagosMarch, 'Mars/Olympus')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await vatReturnTotals(admin(uuidv7()), lagosMarch)).toEqual([]);
    await expect(vatReturnTotals(ctx, { from: new Date('2026-04-01T00:00:00Z'), to: new Date('2026-03-01T00:00:00Z') })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });

    // Its PDF (decision 0088): the same figures, under the tenant's name and TIN, the period's days and the time generated in Lagos.
    await updateInvoiceSettings(ctx, { legalName: 'Ikeja Diesel & Co', address: '1 Broad St, Lagos', taxId: '12345678-0001' });
    const march = { ...lagosMarch, currency: 'NGN', now: new Date('2026-04-02T08:30:00Z') };
    const pdf = await ledgerReportPdf(ctx, 'VAT_RETURN', march);
    expect(pdf.filename).toBe('vat-return-2026-03-01-to-2026-03-31.pdf');
    const text = pdfText(pdf.content);
    for (const want of ['VAT return', 'Ikeja Diesel & Co', 'TIN: 12345678-0001', 'Period: 2026-03-01 to 2026-03-31', 'Currency: NGN, USD', 'Generated: 2026-04-02 09:30 (Africa/Lagos)', 'Page 1 of 1']) expect(text).toContain(want);
    // Totals row: output 950.00, 2 expenses, input 375.00, payable 575.00; USD refundable 7.50; per rate 1,050.00 - 100.00.
    expect(text).toContain('NGN\n950.00\n2\n375.00\n575.00');
    expect(text).toContain('USD\n0.00\n1\n7.50\n-7.50');
    expect(text).toContain('Output VAT\nNGN 950.00');
    await expect(ledgerReportPdf(ctx, 'VAT_RETURN', { currency: 'NGN' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(ledgerReportPdf(ctx, 'VAT_RETURN', { ...march, timeZone: 'Mars/Olympus' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

const at = (r: PostingRequest, occurredAt: string): PostingRequest => ({ ...r, occurredAt: new Date(occurredAt) });

describe('profit and loss', () => {
  it('sales, commission, discounts, cash over/short and expenses by category of a period, by hand', async () => {
    const T = uuidv7();
    const ownVendor = uuidv7();
    const otherVendor = uuidv7();
    const tenant = (purpose: Parameters<typeof account>[3]) => account(T, 'TENANT', T, purpose);
    const post = (r: PostingRequest) => postJournalEntry(prisma, r);
    const entry = (kind: PostingRequest['kind'], occurredAt: string, lines: PostingRequest['lines']): PostingRequest => ({ tenantId: T, idempotencyKey: uuidv7(), kind, memo: kind, reference: { type: 'Test', id: uuidv7() }, occurredAt: new Date(occurredAt), lines });
    // The store's own vendor sells 50,000.00 (+3,750.00 VAT); a marketplace vendor sells 20,000.00, of which 10% is commission.
    await post(at(orderPaid(T, ownVendor, { goods: 50_000_00n, tax: 3_750_00n }), '2026-03-02T10:00:00Z'));
    await post(at(orderPaid(T, otherVendor, { goods: 20_000_00n, tax: 1_500_00n }), '2026-03-03T10:00:00Z'));
    await post(entry('COMMISSION', '2026-03-03T10:00:00Z', [
      { account: account(T, 'VENDOR', otherVendor, 'VENDOR_PAYABLE'), side: 'DEBIT', amount: 2_000_00n },
      { account: tenant('CLIENT_REVENUE'), side: 'CREDIT', amount: 2_000_00n },
    ]));
    // A refund of 5,000.00 of the own vendor's goods (+375.00 VAT).
    await post(entry('REFUND', '2026-03-05T10:00:00Z', [
      { account: account(T, 'VENDOR', ownVendor, 'VENDOR_PAYABLE'), side: 'DEBIT', amount: 5_000_00n },
      { account: tenant('TAX_PAYABLE'), side: 'DEBIT', amount: 375_00n },
      { account: tenant('PAYMENT_CLEARING'), side: 'CREDIT', amount: 5_375_00n },
    ]));
    // A till sale of 8,000.00 (+600.00 VAT), a coupon the store funded (1,000.00), a till 200.00 short.
    await post(entry('POS_SALE', '2026-03-06T10:00:00Z', [
      { account: tenant('CASH_HELD'), side: 'DEBIT', amount: 8_600_00n },
      { account: tenant('SALES_REVENUE'), side: 'CREDIT', amount: 8_000_00n },
      { account: tenant('TAX_PAYABLE'), side: 'CREDIT', amount: 600_00n },
    ]));
    await post(entry('ADJUSTMENT', '2026-03-07T10:00:00Z', [
      { account: tenant('DISCOUNT_EXPENSE'), side: 'DEBIT', amount: 1_000_00n },
      { account: tenant('PAYMENT_CLEARING'), side: 'CREDIT', amount: 1_000_00n },
    ]));
    await post(entry('TILL_CASH', '2026-03-08T10:00:00Z', [
      { account: tenant('CASH_OVER_SHORT'), side: 'DEBIT', amount: 200_00n },
      { account: tenant('CASH_HELD'), side: 'CREDIT', amount: 200_00n },
    ]));
    // Expenses: rent 150,000.00 and fuel 40,000.00 + 12,500.00 in March; fuel in February is another period.
    await approved(T, fuel({ category: 'RENT', supplier: 'Landlord', amount: 150_000_00n, vatPaid: 0n, spentOn: new Date('2026-03-01T00:00:00Z') }));
    await approved(T, fuel());
    await approved(T, fuel({ amount: 12_500_00n, vatPaid: 0n, spentOn: new Date('2026-03-20T00:00:00Z') }));
    await approved(T, fuel({ spentOn: new Date('2026-02-27T00:00:00Z') }));
    // A sale in April is outside the period.
    await post(at(orderPaid(T, ownVendor, { goods: 99_000_00n, tax: 0n }), '2026-04-01T00:00:00Z'));

    const pl = await profitAndLoss(admin(T), { from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-04-01T00:00:00Z'), currency: 'NGN' }, async () => new Set([ownVendor]));
    // Sales: 50,000 - 5,000 (own vendor) + 8,000 (till) = 53,000.00; commission 2,000.00; revenue 55,000.00.
    // Expenses: 150,000 + 52,500 = 202,500.00. Net: 55,000 - 1,000 - 200 - 202,500 = -148,700.00.
    expect(pl).toEqual({
      currency: 'NGN',
      sales: 53_000_00n,
      commission: 2_000_00n,
      revenue: 55_000_00n,
      discounts: 1_000_00n,
      cashOverShort: -200_00n,
      expenses: [
        { category: 'FUEL_AND_POWER', amount: 52_500_00n },
        { category: 'RENT', amount: 150_000_00n },
      ],
      totalExpenses: 202_500_00n,
      netProfit: -148_700_00n,
    });
    // No own vendor (a marketplace): the other vendors' sales are not its income.
    const market = await profitAndLoss(admin(T), { from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-04-01T00:00:00Z'), currency: 'NGN' }, async () => new Set());
    expect(market).toMatchObject({ sales: 8_000_00n, commission: 2_000_00n, netProfit: -193_700_00n });
    expect(await profitAndLoss(admin(uuidv7()), { from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-04-01T00:00:00Z'), currency: 'NGN' }, async () => new Set())).toMatchObject({ revenue: 0n, totalExpenses: 0n, netProfit: 0n, expenses: [] });

    // Its PDF: catalog knows neither vendor here, so the figures are the marketplace's (no own vendor).
    const pdf = await ledgerReportPdf(admin(T), 'PROFIT_AND_LOSS', { from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-04-01T00:00:00Z'), currency: 'NGN', timeZone: 'UTC' });
    const text = pdfText(pdf.content);
    for (const line of ['Sales\nNGN 8,000.00', 'Commission earned\nNGN 2,000.00', 'Discounts funded\nNGN 1,000.00', 'Cash over / short\n-NGN 200.00', 'Expenses: Rent\nNGN 150,000.00', 'Expenses: Fuel and power\nNGN 52,500.00', 'Net profit\n-NGN 193,700.00']) expect(text).toContain(line);
    expect(text).toContain('TIN: not set');
    // The balance by account: the same book, totals equal.
    const tb = pdfText((await ledgerReportPdf(admin(T), 'TRIAL_BALANCE', { currency: 'NGN' })).content);
    expect(tb).toContain('Operating expense');
    const totals = /Totals\n([\d,.]+)\n([\d,.]+)/.exec(tb)!;
    expect(totals[1]).toBe(totals[2]);
  });
});

describe('vendor statements', () => {
  it('opening, sales, refunds, commission, payouts and closing of a period, by hand; a vendor sees only its own', async () => {
    const M = await tenantId(prisma, 'naija-market');
    const vendorUser = await prisma.user.findUniqueOrThrow({ where: { email: 'vendor@webwaka.test' } });
    const vendorId = (await prisma.vendor.findFirstOrThrow({ where: { tenantId: M, ownerUserId: vendorUser.id } })).id;
    const payable = account(M, 'VENDOR', vendorId, 'VENDOR_PAYABLE');
    const tenant = (purpose: Parameters<typeof account>[3]) => account(M, 'TENANT', M, purpose);
    const entry = (kind: PostingRequest['kind'], occurredAt: string, vendorSide: 'DEBIT' | 'CREDIT', amount: bigint, other: Parameters<typeof account>[3]): PostingRequest => ({
      tenantId: M,
      idempotencyKey: uuidv7(),
      kind,
      memo: kind,
      reference: { type: 'Test', id: uuidv7() },
      occurredAt: new Date(occurredAt),
      lines: [
        { account: payable, side: vendorSide, amount },
        { account: tenant(other), side: vendorSide === 'DEBIT' ? 'CREDIT' : 'DEBIT', amount },
      ],
    });
    // Long before any other test's entries (they are dated 2026): 2015.
    await postJournalEntry(prisma, at(orderPaid(M, vendorId, { goods: 30_000_00n, tax: 2_250_00n }), '2015-01-20T10:00:00Z'));
    await postJournalEntry(prisma, entry('COMMISSION', '2015-01-20T10:00:00Z', 'DEBIT', 3_000_00n, 'CLIENT_REVENUE'));
    // February: sales 12,000 + 8,000; a refund of 2,000; commission 2,000 less 200 clawed back; a payout of 27,000.
    await postJournalEntry(prisma, at(orderPaid(M, vendorId, { goods: 12_000_00n, tax: 900_00n }), '2015-02-03T10:00:00Z'));
    await postJournalEntry(prisma, at(orderPaid(M, vendorId, { goods: 8_000_00n, tax: 600_00n }), '2015-02-10T10:00:00Z'));
    await postJournalEntry(prisma, entry('REFUND', '2015-02-12T10:00:00Z', 'DEBIT', 2_000_00n, 'PAYMENT_CLEARING'));
    await postJournalEntry(prisma, entry('COMMISSION', '2015-02-12T10:00:00Z', 'DEBIT', 2_000_00n, 'CLIENT_REVENUE'));
    await postJournalEntry(prisma, entry('COMMISSION_CLAWBACK', '2015-02-13T10:00:00Z', 'CREDIT', 200_00n, 'CLIENT_REVENUE'));
    await postJournalEntry(prisma, entry('PAYOUT', '2015-02-28T10:00:00Z', 'DEBIT', 27_000_00n, 'PAYOUT_CLEARING'));
    await postJournalEntry(prisma, entry('ADJUSTMENT', '2015-02-28T11:00:00Z', 'CREDIT', 50_00n, 'CLIENT_REVENUE'));
    // March: after the period.
    await postJournalEntry(prisma, at(orderPaid(M, vendorId, { goods: 5_000_00n, tax: 0n }), '2015-03-01T00:00:00Z'));

    const period = { vendorId, currency: 'NGN', from: new Date('2015-02-01T00:00:00Z'), to: new Date('2015-03-01T00:00:00Z') };
    // Opening 30,000 - 3,000 = 27,000. Closing 27,000 + 20,000 - 2,000 - 1,800 - 27,000 + 50 = 16,250.
    const expected = { vendorId, currency: 'NGN', opening: 27_000_00n, sales: 20_000_00n, refunds: 2_000_00n, commission: 1_800_00n, payouts: 27_000_00n, adjustments: 50_00n, closing: 16_250_00n };
    expect(await vendorStatement(admin(M), period)).toEqual(expected);
    // The vendor's own user (catalog says who runs it) reads it; another vendor user and another tenant do not.
    expect(await vendorStatement(serviceContext(s, M, { userId: vendorUser.id, roles: ['VENDOR'], mfa: false }), period)).toEqual(expected);
    await expect(vendorStatement(serviceContext(s, M, { userId: uuidv7(), roles: ['VENDOR'], mfa: false }), period)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(vendorStatement(serviceContext(s, M, { userId: uuidv7(), roles: ['CUSTOMER'], mfa: false }), period)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(vendorStatement(admin(uuidv7()), period)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // Its PDF: for the vendor's own user, the same figures; another vendor's user and another tenant NOT_FOUND.
    const own = pdfText((await vendorStatementPdf(serviceContext(s, M, { userId: vendorUser.id, roles: ['VENDOR'], mfa: false }), { ...period, timeZone: 'UTC' })).content);
    for (const line of ['Opening balance\nNGN 27,000.00', 'Sales\nNGN 20,000.00', 'Less refunds\nNGN 2,000.00', 'Less commission\nNGN 1,800.00', 'Less payouts\nNGN 27,000.00', 'Adjustments\nNGN 50.00', 'Closing balance\nNGN 16,250.00']) expect(own).toContain(line);
    expect(own).toContain('Period: 2015-02-01 to 2015-02-28');
    await expect(vendorStatementPdf(serviceContext(s, M, { userId: uuidv7(), roles: ['VENDOR'], mfa: false }), period)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(vendorStatementPdf(admin(uuidv7()), period)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('reports in several currencies (decision 0088, amended)', () => {
  it('a book in naira and cedis: each PDF prints a table per currency, with the figures of the calls its CSV makes', async () => {
    const T = uuidv7();
    const vendor = uuidv7();
    const ctx = admin(T);
    const tenant = (purpose: Parameters<typeof account>[3], currency: string) => account(T, 'TENANT', T, purpose, currency);
    const entry = (kind: PostingRequest['kind'], lines: PostingRequest['lines']): PostingRequest => ({ tenantId: T, idempotencyKey: uuidv7(), kind, memo: kind, reference: { type: 'Test', id: uuidv7() }, occurredAt: new Date('2026-05-10T10:00:00Z'), lines });
    const tillSale = (currency: string, amount: bigint) =>
      entry('POS_SALE', [
        { account: tenant('CASH_HELD', currency), side: 'DEBIT', amount },
        { account: tenant('SALES_REVENUE', currency), side: 'CREDIT', amount },
      ]);
    // Till sales of NGN 8,000.00 and GHS 120.00; a vendor sells NGN 20,000.00 and GHS 100.00, GHS 12.00 of it commission.
    await postJournalEntry(prisma, tillSale('NGN', 8_000_00n));
    await postJournalEntry(prisma, tillSale('GHS', 120_00n));
    await postJournalEntry(prisma, at(orderPaid(T, vendor, { goods: 20_000_00n, tax: 0n }), '2026-05-11T10:00:00Z'));
    await postJournalEntry(prisma, at(orderPaid(T, vendor, { goods: 100_00n, tax: 0n, currency: 'GHS' }), '2026-05-11T10:00:00Z'));
    await postJournalEntry(prisma, entry('COMMISSION', [
      { account: account(T, 'VENDOR', vendor, 'VENDOR_PAYABLE', 'GHS'), side: 'DEBIT', amount: 12_00n },
      { account: tenant('CLIENT_REVENUE', 'GHS'), side: 'CREDIT', amount: 12_00n },
    ]));
    const may = { from: new Date('2026-05-01T00:00:00Z'), to: new Date('2026-06-01T00:00:00Z'), timeZone: 'UTC' };

    // The currencies the PDFs print and the CSVs ask: naira first; a book with nothing reports in naira.
    expect(await reportCurrencies(ctx)).toEqual(['NGN', 'GHS']);
    expect(await reportCurrencies(ctx, { vendorId: vendor })).toEqual(['NGN', 'GHS']);
    expect(await reportCurrencies(admin(uuidv7()))).toEqual(['NGN']);

    // Profit and loss: both currencies, each as profitAndLoss (the CSV's call) gives it, naira first.
    const pnl = pdfText((await ledgerReportPdf(ctx, 'PROFIT_AND_LOSS', may)).content);
    expect(pnl).toContain('Currency: NGN, GHS');
    expect(pnl.indexOf('In NGN')).toBeGreaterThan(-1);
    expect(pnl.indexOf('In NGN')).toBeLessThan(pnl.indexOf('In GHS'));
    for (const currency of ['NGN', 'GHS']) {
      const p = await profitAndLoss(ctx, { ...may, currency }, async () => new Set());
      const m = (a: bigint) => formatAmount(a, currency);
      for (const line of [`Sales\n${m(p.sales)}`, `Commission earned\n${m(p.commission)}`, `Revenue\n${m(p.revenue)}`, `Net profit\n${m(p.netProfit)}`]) expect(pnl).toContain(line);
    }
    // By hand: the cedi figures are not the naira ones.
    for (const line of ['Sales\nNGN 8,000.00', 'Sales\nGHS 120.00', 'Commission earned\nGHS 12.00', 'Net profit\nGHS 132.00', 'Net profit\nNGN 8,000.00']) expect(pnl).toContain(line);
    // One currency asked for: that one only (no heading needed).
    const cedis = pdfText((await ledgerReportPdf(ctx, 'PROFIT_AND_LOSS', { ...may, currency: 'GHS' })).content);
    expect(cedis).toContain('Currency: GHS');
    expect(cedis).not.toContain('NGN ');

    // The balance by account: a table per currency whose totals agree, as trialBalance's.
    const tb = pdfText((await ledgerReportPdf(ctx, 'TRIAL_BALANCE', {})).content);
    expect(tb).toContain('Currency: NGN, GHS');
    for (const currency of ['NGN', 'GHS']) {
      const book = await trialBalance(ctx, currency);
      const plain = formatAmount(book.totalDebits, currency).slice(4);
      expect(book.totalDebits).toBe(book.totalCredits);
      expect(tb).toContain(`In ${currency}`);
      expect(tb).toContain(`Totals\n${plain}\n${plain}`);
    }
    expect(tb).toContain('Totals\n28,000.00\n28,000.00');
    expect(tb).toContain('Totals\n232.00\n232.00');

    // The vendor's statement: both currencies.
    const st = pdfText((await vendorStatementPdf(ctx, { vendorId: vendor, ...may })).content);
    expect(st).toContain('Currency: NGN, GHS');
    for (const line of ['Sales\nNGN 20,000.00', 'Closing balance\nNGN 20,000.00', 'Sales\nGHS 100.00', 'Less commission\nGHS 12.00', 'Closing balance\nGHS 88.00']) expect(st).toContain(line);
  });
});
