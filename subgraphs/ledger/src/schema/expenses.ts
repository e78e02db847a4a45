import { AppError, ErrorCode, withUserErrors, type RoleName } from '@webwaka/kit';
import { approveExpense, createExpense, deleteDraftExpense, EXPENSE_CATEGORIES, EXPENSE_STATUSES, listExpenses, readExpense, rejectExpense, submitExpense, updateExpense, type ExpenseInput } from '../services/expenses';
import { PAID_FROM, payExpense } from '../services/expense-payments';
import { profitAndLoss, type ProfitAndLoss } from '../services/profit-and-loss';
import { LEDGER_REPORT_PDFS, ledgerReportPdf, vendorStatementPdf, type ReportPdf } from '../services/report-pdf';
import { reportCurrencies } from '../services/reports';
import { vatReturnTotals, type VatReturnTotal } from '../services/vat-return';
import { vendorStatement, type VendorStatement } from '../services/vendor-statement';
import { ACCOUNT_READERS, BOOK_READERS, builder, PAYOUT_ADMINS } from './builder';
import { rethrowAsAppError } from './journal';

// Expenses, the VAT return's totals, profit and loss and vendor statements (decision 0082). Expenses are
// written and submitted by the book's staff and administrators and decided by an administrator who did not
// write them (services/expenses.ts checks the person); reports are read by the book's readers, a vendor's
// statement also by the vendor's own user.

/** Who writes expenses: the book's staff and administrators (people: a receipt and an approval name them). */
const EXPENSE_WRITERS = { roles: ['STAFF', 'CLIENT_ADMIN', 'PARTNER_ADMIN', 'SUPER_ADMIN'] as RoleName[] };

export const ExpenseCategoryEnum = builder.enumType('ExpenseCategory', { values: EXPENSE_CATEGORIES });
export const ExpenseStatusEnum = builder.enumType('ExpenseStatus', {
  description: 'DRAFT (its writer may change it) -> SUBMITTED -> APPROVED (posted to the journal) or REJECTED (with a reason).',
  values: EXPENSE_STATUSES,
});

type PaymentRow = NonNullable<NonNullable<Awaited<ReturnType<typeof readExpense>>>['payment']>;
/** An expense row; `payment` is loaded by the reads (the other mutations' rows leave it out). */
type ExpenseRow = Omit<NonNullable<Awaited<ReturnType<typeof readExpense>>>, 'payment'> & { payment?: PaymentRow | null };
const money = (amount: bigint, currency: string) => ({ amount, currency });

const PaidFromEnum = builder.enumType('ExpensePaidFrom', { description: "CASH: the book's cash in hand (CASH_HELD); BANK: what the payment provider collected (PAYMENT_CLEARING).", values: PAID_FROM });
const ExpensePaymentRef = builder.objectRef<PaymentRow>('ExpensePayment').implement({
  description: 'An approved expense paid out of the book (decision 0088): once, posted DEBIT EXPENSES_PAYABLE, CREDIT the cash or bank account.',
  fields: (t) => ({
    paidFrom: t.field({ type: PaidFromEnum, resolve: (p) => p.paidFrom as (typeof PAID_FROM)[number] }),
    paidOn: t.string({ description: 'The day it was paid (YYYY-MM-DD).', resolve: (p) => p.paidOn.toISOString().slice(0, 10) }),
    reference: t.exposeString('reference'),
    paidByUserId: t.exposeID('paidByUserId'),
    journalEntryId: t.exposeID('journalEntryId'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const ExpenseRef = builder.objectRef<ExpenseRow>('Expense').implement({
  description: 'Money the business spent, with the VAT paid on it and a receipt; posted to the journal when approved.',
  fields: (t) => ({
    id: t.exposeID('id'),
    category: t.field({ type: ExpenseCategoryEnum, resolve: (e) => e.category as (typeof EXPENSE_CATEGORIES)[number] }),
    supplier: t.exposeString('supplier'),
    spentOn: t.string({ description: 'The day it was spent (YYYY-MM-DD).', resolve: (e) => e.spentOn.toISOString().slice(0, 10) }),
    amount: t.field({ type: builder.MoneyRef, description: 'Excluding VAT.', resolve: (e) => money(e.amount, e.currency) }),
    vatPaid: t.field({ type: builder.MoneyRef, description: 'Input VAT paid on it.', resolve: (e) => money(e.vatPaid, e.currency) }),
    total: t.field({ type: builder.MoneyRef, resolve: (e) => money(e.amount + e.vatPaid, e.currency) }),
    note: t.exposeString('note'),
    receiptId: t.exposeID('receiptId', { nullable: true, description: 'Its receipt photo: GET /expenses/receipts/<receiptId>/<320|640|1280>.<avif|webp|jpg>.' }),
    status: t.field({ type: ExpenseStatusEnum, resolve: (e) => e.status }),
    createdByUserId: t.exposeID('createdByUserId'),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
    decidedByUserId: t.exposeID('decidedByUserId', { nullable: true }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    rejectionReason: t.exposeString('rejectionReason', { nullable: true }),
    journalEntryId: t.exposeID('journalEntryId', { nullable: true }),
    payment: t.field({ type: ExpensePaymentRef, nullable: true, description: 'Its payment out of the book, once paid.', resolve: (e, _a, ctx) => (e.payment !== undefined ? e.payment : ctx.prisma.expensePayment.findFirst({ where: { expenseId: e.id, tenantId: e.tenantId } })) }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const VatReturnTotalRef = builder.objectRef<VatReturnTotal>('VatReturnTotal').implement({
  description: 'One currency of a VAT return: output VAT (invoices less credit notes) less input VAT (approved expenses).',
  fields: (t) => ({
    currency: t.exposeString('currency'),
    outputVat: t.field({ type: builder.MoneyRef, resolve: (r) => money(r.outputVat, r.currency) }),
    expenses: t.exposeInt('expenses', { description: 'Approved expenses spent in the period.' }),
    inputVat: t.field({ type: builder.MoneyRef, resolve: (r) => money(r.inputVat, r.currency) }),
    vatPayable: t.field({ type: builder.MoneyRef, description: 'Output VAT less input VAT (negative: refundable).', resolve: (r) => money(r.vatPayable, r.currency) }),
  }),
});

const ExpenseCategoryTotalRef = builder.objectRef<{ category: string; amount: bigint; currency: string }>('ExpenseCategoryTotal').implement({
  fields: (t) => ({
    category: t.field({ type: ExpenseCategoryEnum, resolve: (r) => r.category as (typeof EXPENSE_CATEGORIES)[number] }),
    amount: t.field({ type: builder.MoneyRef, resolve: (r) => money(r.amount, r.currency) }),
  }),
});

const ProfitAndLossRef = builder.objectRef<ProfitAndLoss>('ProfitAndLoss').implement({
  description: 'Profit and loss of a period from the journal (decision 0082), excluding VAT.',
  fields: (t) => ({
    currency: t.exposeString('currency'),
    sales: t.field({ type: builder.MoneyRef, description: 'Own sales (till, tickets, the store’s own vendor) less returns and commissions paid.', resolve: (p) => money(p.sales, p.currency) }),
    commission: t.field({ type: builder.MoneyRef, description: 'Commission earned on other vendors’ and agents’ sales.', resolve: (p) => money(p.commission, p.currency) }),
    revenue: t.field({ type: builder.MoneyRef, resolve: (p) => money(p.revenue, p.currency) }),
    discounts: t.field({ type: builder.MoneyRef, description: 'Discounts the tenant funded.', resolve: (p) => money(p.discounts, p.currency) }),
    cashOverShort: t.field({ type: builder.MoneyRef, description: 'Till counts: positive over, negative short.', resolve: (p) => money(p.cashOverShort, p.currency) }),
    expenses: t.field({ type: [ExpenseCategoryTotalRef], resolve: (p) => p.expenses.map((e) => ({ ...e, currency: p.currency })) }),
    totalExpenses: t.field({ type: builder.MoneyRef, resolve: (p) => money(p.totalExpenses, p.currency) }),
    netProfit: t.field({ type: builder.MoneyRef, resolve: (p) => money(p.netProfit, p.currency) }),
  }),
});

const VendorStatementRef = builder.objectRef<VendorStatement>('VendorStatement').implement({
  description: 'What the marketplace owed a vendor over a period: opening + sales - refunds - commission - payouts + adjustments = closing.',
  fields: (t) => ({
    vendorId: t.exposeID('vendorId'),
    currency: t.exposeString('currency'),
    opening: t.field({ type: builder.MoneyRef, resolve: (s) => money(s.opening, s.currency) }),
    sales: t.field({ type: builder.MoneyRef, resolve: (s) => money(s.sales, s.currency) }),
    refunds: t.field({ type: builder.MoneyRef, resolve: (s) => money(s.refunds, s.currency) }),
    commission: t.field({ type: builder.MoneyRef, resolve: (s) => money(s.commission, s.currency) }),
    payouts: t.field({ type: builder.MoneyRef, resolve: (s) => money(s.payouts, s.currency) }),
    adjustments: t.field({ type: builder.MoneyRef, description: 'Manual adjustments and reversals (a failed payout put back).', resolve: (s) => money(s.adjustments, s.currency) }),
    closing: t.field({ type: builder.MoneyRef, resolve: (s) => money(s.closing, s.currency) }),
  }),
});

const LedgerReportPdfEnum = builder.enumType('LedgerReportPdf', { values: LEDGER_REPORT_PDFS });
const ReportPdfRef = builder.objectRef<ReportPdf>('ReportPdf').implement({
  description: 'A report as an A4 PDF (decision 0088), drawn from the same figures as its screen and CSV.',
  fields: (t) => ({
    filename: t.exposeString('filename'),
    contentBase64: t.string({ resolve: (r) => r.content.toString('base64') }),
  }),
});
const pdfArgs = (t: Parameters<Parameters<typeof builder.queryFields>[0]>[0]) => ({
  from: t.arg({ type: 'DateTime', description: 'Start (inclusive); the period reports need it.' }),
  to: t.arg({ type: 'DateTime', description: 'End (exclusive).' }),
  currency: t.arg.string({ description: 'One currency; omitted: every currency of ledgerReportCurrencies, one table each.' }),
  timeZone: t.arg.string({ description: 'IANA zone the period and the generated time are printed in (default Africa/Lagos).' }),
});

builder.queryFields((t) => ({
  ledgerReportCurrencies: t.field({
    type: ['String'],
    authScopes: ACCOUNT_READERS,
    description:
      "The currencies the reports are given in: of the accounts the caller may read (the whole book for its readers, a vendor's user its own), or of one vendor's; NGN first. The PDF copies without a currency print these, and the CSV exports ask them.",
    args: { vendorId: t.arg.id() },
    resolve: (_r, { vendorId }, ctx) => reportCurrencies(ctx, { vendorId: vendorId == null ? null : String(vendorId) }),
  }),
  ledgerReportPdf: t.field({
    type: ReportPdfRef,
    authScopes: BOOK_READERS,
    description: 'The VAT return or profit and loss of a period, or the balance by account now, as a PDF. BAD_USER_INPUT for a missing or bad period or zone.',
    args: { report: t.arg({ type: LedgerReportPdfEnum, required: true }), ...pdfArgs(t) },
    resolve: (_r, { report, ...args }, ctx) => ledgerReportPdf(ctx, report, args).catch(rethrowAsAppError),
  }),
  vendorStatementPdf: t.field({
    type: ReportPdfRef,
    authScopes: ACCOUNT_READERS,
    description: "A vendor's statement of a period as a PDF: the book's readers any vendor's, a vendor's user its own; NOT_FOUND otherwise.",
    args: { vendorId: t.arg.id({ required: true }), ...pdfArgs(t) },
    resolve: (_r, args, ctx) => vendorStatementPdf(ctx, { ...args, vendorId: String(args.vendorId) }).catch(rethrowAsAppError),
  }),
  expenses: t.field({
    type: [ExpenseRef],
    authScopes: BOOK_READERS,
    description: "The book's expenses, newest first (at most 100; page with `after`, the last id seen).",
    args: { status: t.arg({ type: ExpenseStatusEnum }), paid: t.arg.boolean({ description: 'true: paid out of the book; false: not (yet) paid.' }), first: t.arg.int(), after: t.arg.id() },
    resolve: (_r, args, ctx) => {
      if (args.first != null && (args.first < 1 || args.first > 100)) throw new AppError(ErrorCode.PAGE_SIZE_EXCEEDED, 'first must be 1 to 100');
      return listExpenses(ctx, { status: args.status, paid: args.paid, first: args.first, after: args.after ? String(args.after) : null });
    },
  }),
  expense: t.field({ type: ExpenseRef, nullable: true, authScopes: BOOK_READERS, args: { id: t.arg.id({ required: true }) }, resolve: (_r, { id }, ctx) => readExpense(ctx, String(id)) }),
  vatReturnTotals: t.field({
    type: [VatReturnTotalRef],
    authScopes: BOOK_READERS,
    description: 'Per currency: output VAT of the period less the input VAT of the expenses approved for it. BAD_USER_INPUT for a period that ends before it starts or spans over three years.',
    args: {
      from: t.arg({ type: 'DateTime', required: true, description: 'Start (inclusive).' }),
      to: t.arg({ type: 'DateTime', required: true, description: 'End (exclusive).' }),
      timeZone: t.arg.string({ description: 'IANA zone whose calendar days the period covers: expenses count by the day they were spent (default Africa/Lagos).' }),
    },
    resolve: (_r, args, ctx) => vatReturnTotals(ctx, args, args.timeZone ?? undefined).catch(rethrowAsAppError),
  }),
  profitAndLoss: t.field({
    type: ProfitAndLossRef,
    authScopes: BOOK_READERS,
    description: 'Profit and loss of the period in one currency, from the journal.',
    args: { from: t.arg({ type: 'DateTime', required: true, description: 'Start (inclusive).' }), to: t.arg({ type: 'DateTime', required: true, description: 'End (exclusive).' }), currency: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) => profitAndLoss(ctx, args).catch(rethrowAsAppError),
  }),
  vendorStatement: t.field({
    type: VendorStatementRef,
    authScopes: ACCOUNT_READERS,
    description: "A vendor's statement of the period: the book's readers any vendor's, a vendor's user its own; NOT_FOUND otherwise.",
    args: { from: t.arg({ type: 'DateTime', required: true, description: 'Start (inclusive).' }), to: t.arg({ type: 'DateTime', required: true, description: 'End (exclusive).' }), vendorId: t.arg.id({ required: true }), currency: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) => vendorStatement(ctx, { ...args, vendorId: String(args.vendorId) }).catch(rethrowAsAppError),
  }),
}));

const ExpenseInputType = builder.inputType('ExpenseInput', {
  fields: (t) => ({
    category: t.field({ type: ExpenseCategoryEnum, required: true }),
    supplier: t.string({ required: true }),
    spentOn: t.field({ type: 'DateTime', required: true, description: 'The day it was spent (the date part counts).' }),
    currency: t.string({ required: true }),
    amount: t.field({ type: 'BigIntString', required: true, description: 'Minor units excluding VAT, > 0.' }),
    vatPaid: t.field({ type: 'BigIntString', description: 'Minor units of VAT paid, 0 to the amount.' }),
    note: t.string(),
    receiptId: t.id({ description: 'A receipt uploaded with POST /expenses/receipts.' }),
  }),
});

const ExpensePayload = builder.payloadObject<{ expense: ExpenseRow }>('ExpensePayload', (t) => ({
  expense: t.field({ type: ExpenseRef, nullable: true, resolve: (p) => p.expense ?? null }),
}));
const DeleteExpensePayload = builder.payloadObject<{ deleted: boolean }>('DeleteExpensePayload', (t) => ({
  deleted: t.boolean({ resolve: (p) => p.deleted ?? false }),
}));

const asInput = (i: { category: string; supplier: string; spentOn: Date; currency: string; amount: bigint; vatPaid?: bigint | null; note?: string | null; receiptId?: string | number | null }): ExpenseInput => ({
  ...i,
  receiptId: i.receiptId == null ? null : String(i.receiptId),
});

builder.mutationFields((t) => ({
  createExpense: t.field({
    type: ExpensePayload,
    authScopes: EXPENSE_WRITERS,
    description: 'Records an expense as a DRAFT, or SUBMITTED for approval at once with `submit`.',
    args: { input: t.arg({ type: ExpenseInputType, required: true }), submit: t.arg.boolean() },
    resolve: (_r, { input, submit }, ctx) => withUserErrors(async () => ({ expense: await createExpense(ctx, { ...asInput(input), submit }) })),
  }),
  updateExpense: t.field({
    type: ExpensePayload,
    authScopes: EXPENSE_WRITERS,
    description: 'Changes a DRAFT (its writer only).',
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: ExpenseInputType, required: true }) },
    resolve: (_r, { id, input }, ctx) => withUserErrors(async () => ({ expense: await updateExpense(ctx, String(id), asInput(input)) })),
  }),
  submitExpense: t.field({
    type: ExpensePayload,
    authScopes: EXPENSE_WRITERS,
    description: 'DRAFT -> SUBMITTED (its writer only).',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => withUserErrors(async () => ({ expense: await submitExpense(ctx, String(id)) })),
  }),
  deleteExpense: t.field({
    type: DeleteExpensePayload,
    authScopes: EXPENSE_WRITERS,
    description: 'Deletes a DRAFT (its writer only); submitted and decided expenses stay.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => withUserErrors(async () => ({ deleted: await deleteDraftExpense(ctx, String(id)) })),
  }),
  approveExpense: t.field({
    type: ExpensePayload,
    authScopes: PAYOUT_ADMINS,
    description: 'SUBMITTED -> APPROVED, posting it to the journal once. An administrator other than its writer (FORBIDDEN otherwise).',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => withUserErrors(async () => ({ expense: await approveExpense(ctx, String(id)) })),
  }),
  payExpense: t.field({
    type: ExpensePayload,
    authScopes: PAYOUT_ADMINS,
    description: 'Records that an APPROVED expense was paid (from CASH or BANK, on a day, with a reference), posting DEBIT EXPENSES_PAYABLE, CREDIT that account once. An administrator other than its writer; INVALID_TRANSITION when not approved or already paid.',
    args: {
      id: t.arg.id({ required: true }),
      paidFrom: t.arg({ type: PaidFromEnum, required: true }),
      paidOn: t.arg({ type: 'DateTime', required: true, description: 'The day it was paid (the date part counts).' }),
      reference: t.arg.string({ required: true }),
    },
    resolve: (_r, { id, ...input }, ctx) => withUserErrors(async () => ({ expense: await payExpense(ctx, { expenseId: String(id), ...input }) })),
  }),
  rejectExpense: t.field({
    type: ExpensePayload,
    authScopes: PAYOUT_ADMINS,
    description: 'SUBMITTED -> REJECTED with a reason. An administrator other than its writer.',
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: (_r, { id, reason }, ctx) => withUserErrors(async () => ({ expense: await rejectExpense(ctx, String(id), reason) })),
  }),
}));
