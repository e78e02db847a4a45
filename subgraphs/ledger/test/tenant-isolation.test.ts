/**
 * Tenant isolation of every ledger operation, through the gateway. Tenant A (ade-fashion) acts by its
 * staff, its ledger:read key and its administrator; tenant B (naija-market) has accounts, entries, a payout
 * batch in flight, payout settings and a rejected posting. A's lists hold only A's rows; B's ids read like
 * unknown ids (null / NOT_FOUND); A's writes touch only A's book; B's data is unchanged afterwards; a
 * header naming B changes nothing. A guard fails when an operation is not covered here.
 */
import { recordOutboxEvent, TOPICS, uuidv7, type PrismaClient } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import { startStack, type TestStack } from '../../../test/support/stack';
import { assertLedgerInvariants } from '../../../test/support/ledger';
import { createPayoutBatch, setPayoutSettings, submitPayoutBatch } from '../src/services/payouts';
import { issueInvoice, parseInvoiceRequest, updateInvoiceSettings } from '../src/services/invoices';
import { approveExpense, createExpense } from '../src/services/expenses';
import { postJournalEntry } from '../src/services/posting';
import { rootFieldNames } from '../../../test/support/operations';
import { schema } from '../src/schema';
import { account, apiKey, eventually, invoicePayload, orderPaid, payeeVendor, serviceContext, signIn, tenantId } from './support';

let s: TestStack;
let prisma: PrismaClient;
let customerId: string;
const A = {} as { id: string; callers: Record<'staff' | 'apiKey' | 'admin' | 'customer', Record<string, string>> };
const B = {} as { id: string; accountId: string; entryId: string; batchId: string; itemId: string; rejectedId: string; invoiceId: string; orderId: string; expenseId: string; approvedExpenseId: string; receiptId: string };

/** Everything ledger stores about a tenant, for "nothing changed" checks. */
async function ledgerState(tenant: string) {
  const byId = { orderBy: { id: 'asc' as const } };
  return {
    accounts: await prisma.ledgerAccount.findMany({ where: { tenantId: tenant }, ...byId }),
    entries: await prisma.journalEntry.findMany({ where: { tenantId: tenant }, ...byId }),
    lines: await prisma.journalLine.count({ where: { bookTenantId: tenant } }),
    batches: await prisma.payoutBatch.findMany({ where: { tenantId: tenant }, ...byId }),
    items: await prisma.payoutItem.findMany({ where: { tenantId: tenant }, ...byId }),
    settings: await prisma.payoutSettings.findUnique({ where: { tenantId: tenant }, include: { thresholds: true } }),
    rejected: await prisma.rejectedPosting.count({ where: { tenantId: tenant } }),
    invoices: await prisma.invoice.findMany({ where: { tenantId: tenant }, ...byId }),
    invoiceSettings: await prisma.invoiceSettings.findUnique({ where: { tenantId: tenant } }),
    expenses: await prisma.expense.findMany({ where: { tenantId: tenant }, ...byId }),
  };
}

beforeAll(async () => {
  s = await startStack();
  prisma = s.stack.prisma;
  A.id = await tenantId(prisma, 'ade-fashion');
  B.id = await tenantId(prisma, 'naija-market');
  customerId = (await prisma.user.findUniqueOrThrow({ where: { email: 'customer@webwaka.test' } })).id;

  // B's ledger: sales, a customer's store credit, a batch in flight, settings, a rejected request.
  const bCtx = serviceContext(s, B.id);
  const bSale = orderPaid(B.id, await payeeVendor(prisma, B.id), { goods: 77_777n });
  B.entryId = (await postJournalEntry(prisma, bSale)).entry.id;
  B.accountId = (await prisma.ledgerAccount.findFirstOrThrow({ where: { tenantId: B.id, purpose: 'VENDOR_PAYABLE' } })).id;
  await postJournalEntry(prisma, { ...orderPaid(B.id, uuidv7()), lines: walletLines(B.id) });
  await postJournalEntry(prisma, orderPaid(B.id, await payeeVendor(prisma, B.id), { goods: 5_000n }));
  await setPayoutSettings(bCtx, { schedule: 'WEEKLY', thresholds: [{ currency: 'NGN', minimum: 10_000n }] });
  const batch = await createPayoutBatch(bCtx, 'NGN');
  await submitPayoutBatch(bCtx, batch.id);
  B.batchId = batch.id;
  B.itemId = (await prisma.payoutItem.findFirstOrThrow({ where: { batchId: batch.id } })).id;
  const eventId = await prisma.$transaction((tx) => recordOutboxEvent(tx, { tenantId: B.id, topic: TOPICS.LEDGER_POSTING_REQUESTED, payload: { malformed: true } }));
  B.rejectedId = (await eventually(() => prisma.rejectedPosting.findFirst({ where: { eventId } })))!.id;
  // B's invoice, issued to the demo customer (who is A's customer too), and B's seller details.
  await updateInvoiceSettings(bCtx, { legalName: 'Naija Market Ltd', address: '1 Broad St, Lagos', taxId: '87654321-0001' });
  const bInvoice = (await issueInvoice(prisma, parseInvoiceRequest(B.id, invoicePayload({ customerUserId: customerId, issuedAt: new Date('2026-06-15T10:00:00Z') })))).invoice;
  B.invoiceId = bInvoice.id;
  B.orderId = bInvoice.orderId;
  // B still owes a vendor (5,000 is under B's minimum): A's batches must not pay it.
  // B's submitted expense (with a receipt row) and an approved one, in June 2026.
  B.receiptId = (await prisma.expenseReceipt.create({ data: { id: uuidv7(), tenantId: B.id, uploadedByUserId: uuidv7(), sha256: 'b'.repeat(64), width: 10, height: 10 } })).id;
  const bStaff = serviceContext(s, B.id, { roles: ['STAFF'], mfa: false });
  const june = { category: 'RENT', supplier: 'B landlord', spentOn: new Date('2026-06-10T00:00:00Z'), currency: 'NGN', amount: 90_000n, vatPaid: 6_750n };
  B.expenseId = (await createExpense(bStaff, { ...june, receiptId: B.receiptId, submit: true })).id;
  B.approvedExpenseId = (await approveExpense(bCtx, (await createExpense(bStaff, { ...june, submit: true })).id)).id;

  // A's own rows of every kind, so A's lists are not empty by accident.
  const aCtx = serviceContext(s, A.id);
  await postJournalEntry(prisma, orderPaid(A.id, await payeeVendor(prisma, A.id), { goods: 1_234n }));
  await postJournalEntry(prisma, { ...orderPaid(A.id, uuidv7()), lines: walletLines(A.id) });
  const aBatch = await createPayoutBatch(aCtx, 'NGN');
  void aBatch;
  await prisma.$transaction((tx) => recordOutboxEvent(tx, { tenantId: A.id, topic: TOPICS.LEDGER_POSTING_REQUESTED, payload: { malformed: true } }));
  await eventually(async () => (await prisma.rejectedPosting.count({ where: { tenantId: A.id } })) > 0);
  await postJournalEntry(prisma, orderPaid(A.id, uuidv7(), { goods: 4_321n }));
  await issueInvoice(prisma, parseInvoiceRequest(A.id, invoicePayload({ customerUserId: customerId, issuedAt: new Date('2026-06-15T10:00:00Z') })));

  const admin = await signIn(s, 'ade-fashion', 'client');
  A.callers = { staff: await signIn(s, 'ade-fashion', 'staff'), apiKey: await apiKey(s, admin, ['ledger:read']), admin, customer: await signIn(s, 'ade-fashion', 'customer') };
}, 120_000);
afterEach(async () => {
  await assertLedgerInvariants(prisma);
});
afterAll(async () => {
  await s?.stop();
});

/** Store credit for the demo customer in the tenant's book. */
function walletLines(tenant: string) {
  return [
    { account: account(tenant, 'TENANT', tenant, 'CLIENT_REVENUE'), side: 'DEBIT' as const, amount: 300n },
    { account: account(tenant, 'CUSTOMER', customerId, 'CUSTOMER_WALLET'), side: 'CREDIT' as const, amount: 300n },
  ];
}

const LISTS: Record<string, { query: string; rows: (ids: string[]) => Promise<{ tenantId: string }[]>; who?: 'customer' }> = {
  ledgerAccounts: { query: '{ ledgerAccounts(first: 100) { edges { node { id } } } }', rows: (ids) => prisma.ledgerAccount.findMany({ where: { id: { in: ids } } }) },
  myLedgerAccounts: { query: '{ myLedgerAccounts(first: 100) { edges { node { id } } } }', rows: (ids) => prisma.ledgerAccount.findMany({ where: { id: { in: ids } } }), who: 'customer' },
  journalEntries: {
    query: '{ journalEntries(first: 100) { edges { node { id } } } }',
    // An entry of A's book: posted by A or with a line in A's book.
    rows: async (ids) => (await prisma.journalEntry.findMany({ where: { id: { in: ids } }, include: { lines: true } })).map((e) => ({ tenantId: e.lines.some((l) => l.bookTenantId === A.id) ? A.id : e.tenantId })),
  },
  payoutBatches: { query: '{ payoutBatches(first: 100) { edges { node { id } } } }', rows: (ids) => prisma.payoutBatch.findMany({ where: { id: { in: ids } } }) },
  payoutItems: { query: '{ payoutItems(first: 100) { edges { node { id } } } }', rows: (ids) => prisma.payoutItem.findMany({ where: { id: { in: ids } } }) },
  rejectedPostings: { query: '{ rejectedPostings(first: 100) { edges { node { id } } } }', rows: (ids) => prisma.rejectedPosting.findMany({ where: { id: { in: ids } } }) },
};

const SINGLE_READS: Record<string, { query: string; variables: () => Record<string, unknown>; code?: string }> = {
  ledgerAccount: { query: 'query ($id: ID!) { ledgerAccount(id: $id) { id } }', variables: () => ({ id: B.accountId }) },
  journalEntry: { query: 'query ($id: ID!) { journalEntry(id: $id) { id } }', variables: () => ({ id: B.entryId }) },
  payoutBatch: { query: 'query ($id: ID!) { payoutBatch(id: $id) { id } }', variables: () => ({ id: B.batchId }) },
  ledgerStatement: { query: 'query ($id: ID!) { ledgerStatement(accountId: $id, first: 5) { edges { node { id } } } }', variables: () => ({ id: B.accountId }), code: 'NOT_FOUND' },
  invoice: { query: 'query ($id: ID!) { invoice(id: $id) { id } }', variables: () => ({ id: B.invoiceId }) },
  expense: { query: 'query ($id: ID!) { expense(id: $id) { id } }', variables: () => ({ id: B.expenseId }) },
};

// Tested below: invoices, orderInvoices, invoiceSettings, vatReturn; expenses, vatReturnTotals, profitAndLoss, vendorStatement;
// ledgerReportPdf, vendorStatementPdf, ledgerReportCurrencies.
// guestOrderInvoices and guestInvoice need a real guest order and its cart: test/invoices-flow.test.ts reads
// B's guest invoice with B's cart token in A's shop (nothing) and with a wrong token in B's (nothing).
const OTHER_READS = ['trialBalance', 'payoutSettings', 'payoutPlan', 'invoices', 'orderInvoices', 'invoiceSettings', 'vatReturn', 'expenses', 'vatReturnTotals', 'profitAndLoss', 'vendorStatement', 'ledgerReportPdf', 'vendorStatementPdf', 'ledgerReportCurrencies', 'guestOrderInvoices', 'guestInvoice'];

const EXPENSE_FIELDS = 'category: RENT, supplier: "x", spentOn: "2026-06-01T00:00:00Z", currency: "NGN", amount: "100"';
const MUTATIONS: Record<string, { document: string; variables: () => Record<string, unknown>; code: string | null }> = {
  approveExpense: { document: 'mutation ($id: ID!) { approveExpense(id: $id) { expense { id } userErrors { code } } }', variables: () => ({ id: B.expenseId }), code: 'NOT_FOUND' },
  // B's approved expense paid from A (decision 0088): not found, nothing posted in either book.
  payExpense: { document: 'mutation ($id: ID!) { payExpense(id: $id, paidFrom: CASH, paidOn: "2026-06-11T00:00:00Z", reference: "x") { expense { id } userErrors { code } } }', variables: () => ({ id: B.approvedExpenseId }), code: 'NOT_FOUND' },
  rejectExpense: { document: 'mutation ($id: ID!) { rejectExpense(id: $id, reason: "x") { expense { id } userErrors { code } } }', variables: () => ({ id: B.expenseId }), code: 'NOT_FOUND' },
  submitExpense: { document: 'mutation ($id: ID!) { submitExpense(id: $id) { expense { id } userErrors { code } } }', variables: () => ({ id: B.expenseId }), code: 'NOT_FOUND' },
  deleteExpense: { document: 'mutation ($id: ID!) { deleteExpense(id: $id) { deleted userErrors { code } } }', variables: () => ({ id: B.expenseId }), code: 'NOT_FOUND' },
  updateExpense: { document: `mutation ($id: ID!) { updateExpense(id: $id, input: { ${EXPENSE_FIELDS} }) { expense { id } userErrors { code } } }`, variables: () => ({ id: B.expenseId }), code: 'NOT_FOUND' },
  // B's receipt named on A's expense: not found (nothing written in B's book).
  createExpense: { document: `mutation ($r: ID!) { createExpense(input: { ${EXPENSE_FIELDS}, receiptId: $r }) { expense { id } userErrors { code } } }`, variables: () => ({ r: B.receiptId }), code: 'NOT_FOUND' },
  reverseJournalEntry: { document: 'mutation ($id: ID!) { reverseJournalEntry(id: $id, reason: "take over") { entry { id } userErrors { code } } }', variables: () => ({ id: B.entryId }), code: 'NOT_FOUND' },
  submitPayoutBatch: { document: 'mutation ($id: ID!) { submitPayoutBatch(id: $id) { batch { id } userErrors { code } } }', variables: () => ({ id: B.batchId }), code: 'NOT_FOUND' },
  markPayoutItemPaid: { document: 'mutation ($id: ID!) { markPayoutItemPaid(id: $id) { item { id } userErrors { code } } }', variables: () => ({ id: B.itemId }), code: 'NOT_FOUND' },
  markPayoutItemFailed: { document: 'mutation ($id: ID!) { markPayoutItemFailed(id: $id, reason: "x") { item { id } userErrors { code } } }', variables: () => ({ id: B.itemId }), code: 'NOT_FOUND' },
  // These write, in A's book only.
  postAdjustment: {
    document: 'mutation ($i: PostAdjustmentInput!) { postAdjustment(input: $i) { entry { lines { account { bookTenantId } } } userErrors { code } } }',
    variables: () => ({
      i: {
        idempotencyKey: uuidv7(),
        currency: 'NGN',
        reason: 'aim at B',
        lines: [
          { ownerType: 'TENANT', ownerId: B.id, purpose: 'PAYMENT_CLEARING', side: 'DEBIT', amount: '10' },
          { ownerType: 'TENANT', ownerId: B.id, purpose: 'CLIENT_REVENUE', side: 'CREDIT', amount: '10' },
        ],
      },
    }),
    code: null,
  },
  setPayoutSettings: { document: 'mutation { setPayoutSettings(input: { schedule: MONTHLY, thresholds: [{ currency: "NGN", minimum: "1" }] }) { settings { schedule } userErrors { code } } }', variables: () => ({}), code: null },
  createPayoutBatch: { document: 'mutation { createPayoutBatch(currency: "NGN") { batch { items { account { bookTenantId } } } userErrors { code } } }', variables: () => ({}), code: null },
  updateInvoiceSettings: { document: 'mutation { updateInvoiceSettings(input: { legalName: "Ade Fashion Ltd", address: "3 Marina, Lagos", taxId: "" }) { settings { legalName } userErrors { code } } }', variables: () => ({}), code: null },
};

it('covers every ledger query and mutation', () => {
  const { queries, mutations } = rootFieldNames(schema);
  expect(queries.filter((q) => !(q in LISTS) && !(q in SINGLE_READS) && !OTHER_READS.includes(q) && q !== 'payoutReport')).toEqual([]);
  expect(mutations.filter((m) => !(m in MUTATIONS))).toEqual([]);
});

describe.each(['staff', 'apiKey'] as const)('A’s %s', (who) => {
  const call = (query: string, variables: Record<string, unknown> = {}, extra: Record<string, string> = {}) => gql(s.gatewayUrl, query, variables, { ...A.callers[who], ...extra });

  it.each(Object.entries(LISTS).filter(([, l]) => !l.who))('%s lists only A’s rows (also with a header naming B)', async (field, { query, rows }) => {
    // Rejected postings are for administrators, not staff.
    const caller = who === 'staff' && field === 'rejectedPostings' ? A.callers.admin : A.callers[who];
    for (const extra of [{}, { 'x-tenant': 'naija-market' }] as Record<string, string>[]) {
      const r = await gql(s.gatewayUrl, query, {}, { ...caller, ...extra });
      expect(r.errors).toBeUndefined();
      const ids: string[] = r.data[field].edges.map((e: any) => e.node.id);
      expect(ids.length).toBeGreaterThan(0);
      const found = await rows(ids);
      expect(found.length).toBe(ids.length);
      expect(found.every((row) => row.tenantId === A.id)).toBe(true);
    }
  });

  it.each(Object.entries(SINGLE_READS))('%s(B’s id) reads like an unknown id', async (field, { query, variables, code }) => {
    const r = await call(query, variables());
    if (code) expect(r.errors?.map((e) => e.extensions?.code)).toEqual([code]);
    else {
      expect(r.errors).toBeUndefined();
      expect(r.data[field]).toBeNull();
    }
  });

  it('payoutReport adds up A’s payout items only (also with a header naming B)', async () => {
    for (const extra of [{}, { 'x-tenant': 'naija-market' }] as Record<string, string>[]) {
      const r = await call('{ payoutReport(from: "2025-06-01T00:00:00Z", to: "2027-12-31T00:00:00Z") { accountId items } }', {}, extra);
      expect(r.errors).toBeUndefined();
      const rows: { accountId: string; items: number }[] = r.data.payoutReport;
      expect(rows.reduce((n, row) => n + row.items, 0)).toBe(await prisma.payoutItem.count({ where: { tenantId: A.id } }));
      expect(rows.map((row) => row.accountId)).not.toContain(B.accountId);
      const accounts = await prisma.ledgerAccount.findMany({ where: { id: { in: rows.map((row) => row.accountId) } } });
      expect(accounts.every((a) => a.tenantId === A.id)).toBe(true);
    }
  });

  it('invoices, orderInvoices(B’s order), invoiceSettings and vatReturn show A’s only (also with a header naming B)', async () => {
    for (const extra of [{}, { 'x-tenant': 'naija-market' }] as Record<string, string>[]) {
      const list = await call('{ invoices(first: 100) { id } }', {}, extra);
      expect(list.errors).toBeUndefined();
      const ids: string[] = list.data.invoices.map((i: any) => i.id);
      expect(ids.length).toBeGreaterThan(0);
      expect((await prisma.invoice.findMany({ where: { id: { in: ids } } })).every((i) => i.tenantId === A.id)).toBe(true);
      expect((await call('query ($o: ID!) { orderInvoices(orderId: $o) { id } }', { o: B.orderId }, extra)).data.orderInvoices).toEqual([]);
      expect((await call('{ invoiceSettings { legalName } }', {}, extra)).data.invoiceSettings.legalName).not.toBe('Naija Market Ltd');
      const vat = (await call('{ vatReturn(from: "2026-06-01T00:00:00Z", to: "2026-07-01T00:00:00Z") { currency invoices outputVat { amount } } }', {}, extra)).data.vatReturn;
      const aTax = (await prisma.invoice.findMany({ where: { tenantId: A.id, issuedAt: { gte: new Date('2026-06-01T00:00:00Z'), lt: new Date('2026-07-01T00:00:00Z') } } })).reduce((n, i) => n + i.tax, 0n);
      expect(vat.reduce((n: bigint, r: any) => n + BigInt(r.outputVat.amount), 0n)).toBe(aTax);
    }
  });

  it('expenses, vatReturnTotals, profitAndLoss and vendorStatement show A’s only (also with a header naming B)', async () => {
    const bVendor = (await prisma.ledgerAccount.findUniqueOrThrow({ where: { id: B.accountId } })).ownerId;
    for (const extra of [{}, { 'x-tenant': 'naija-market' }] as Record<string, string>[]) {
      const r = await call(
        `{ expenses(first: 100) { id } vatReturnTotals(from: "2026-06-01T00:00:00Z", to: "2026-07-01T00:00:00Z") { currency inputVat { amount } }
           profitAndLoss(from: "2026-06-01T00:00:00Z", to: "2026-07-01T00:00:00Z", currency: "NGN") { totalExpenses { amount } } }`,
        {},
        extra,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data.expenses.map((e: any) => e.id)).not.toContain(B.expenseId);
      expect(r.data.vatReturnTotals.every((t: any) => t.inputVat.amount === '0')).toBe(true);
      expect(r.data.profitAndLoss.totalExpenses.amount).toBe('0');
      const st = await call('query ($v: ID!) { vendorStatement(vendorId: $v, currency: "NGN", from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z") { closing { amount } } }', { v: bVendor }, extra);
      expect(st.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      // The PDF copies (decision 0088): B's vendor NOT_FOUND; A's P&L PDF carries A's figures only.
      const stPdf = await call('query ($v: ID!) { vendorStatementPdf(vendorId: $v, currency: "NGN", from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z") { filename } }', { v: bVendor }, extra);
      expect(stPdf.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      // The currencies of B's vendor are not A's to see: none (the NGN a report falls back to), never B's.
      const currencies = await call('query ($v: ID!) { mine: ledgerReportCurrencies theirs: ledgerReportCurrencies(vendorId: $v) }', { v: bVendor }, extra);
      expect(currencies.data.theirs).toEqual(['NGN']);
      expect(currencies.data.mine).toContain('NGN');
      const pnl = await call('{ ledgerReportPdf(report: PROFIT_AND_LOSS, from: "2026-06-01T00:00:00Z", to: "2026-07-01T00:00:00Z", currency: "NGN", timeZone: "UTC") { contentBase64 } }', {}, extra);
      // Total expenses 0.00, as the profitAndLoss above (B's expense is not in it).
      expect(Buffer.from(pnl.data.ledgerReportPdf.contentBase64, 'base64').toString('latin1')).toMatch(/\(Total expenses\) Tj ET\nBT [^\n]*\(NGN 0\.00\) Tj/);
    }
  });

  it('trialBalance sums A’s book only; payoutSettings are A’s', async () => {
    const tb = (await call('{ trialBalance(currency: "NGN") { rows { purpose debits { amount } credits { amount } } } }')).data.trialBalance;
    const aLines = await prisma.journalLine.findMany({ where: { bookTenantId: A.id, currency: 'NGN' }, include: { account: true } });
    for (const row of tb.rows) {
      const mine = aLines.filter((l) => l.account.purpose === row.purpose);
      expect(BigInt(row.credits.amount)).toBe(mine.filter((l) => l.side === 'CREDIT').reduce((n, l) => n + l.amount, 0n));
      expect(BigInt(row.debits.amount)).toBe(mine.filter((l) => l.side === 'DEBIT').reduce((n, l) => n + l.amount, 0n));
    }
    expect((await call('{ payoutSettings { schedule } }')).data.payoutSettings.schedule).not.toBe('WEEKLY');
  });
});

it('A’s customer lists only their A wallet (myLedgerAccounts, ledgerAccounts)', async () => {
  for (const field of ['myLedgerAccounts', 'ledgerAccounts']) {
    const r = await gql(s.gatewayUrl, LISTS[field].query, {}, { ...A.callers.customer, 'x-tenant': 'naija-market' });
    const ids = r.data[field].edges.map((e: any) => e.node.id);
    const rows = await prisma.ledgerAccount.findMany({ where: { id: { in: ids } } });
    expect(rows.map((a) => [a.tenantId, a.ownerId, a.purpose])).toEqual([[A.id, customerId, 'CUSTOMER_WALLET']]);
  }
});

it('A’s customer cannot read B’s invoice issued to them, even with a header naming B', async () => {
  for (const extra of [{}, { 'x-tenant': 'naija-market' }] as Record<string, string>[]) {
    const r = await gql(s.gatewayUrl, 'query ($id: ID!, $o: ID!) { invoice(id: $id) { id } orderInvoices(orderId: $o) { id } }', { id: B.invoiceId, o: B.orderId }, { ...A.callers.customer, ...extra });
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ invoice: null, orderInvoices: [] });
  }
});

it.each(Object.entries(MUTATIONS))('A’s admin: %s cannot reach B; B unchanged', async (name, m) => {
  const before = await ledgerState(B.id);
  const r = await gql(s.gatewayUrl, m.document, m.variables(), A.callers.admin);
  expect(r.errors).toBeUndefined();
  const p = r.data[name];
  if (m.code) expect(p.userErrors.map((e: any) => e.code)).toEqual([m.code]);
  else if (p.userErrors.length) expect(p.userErrors.map((e: any) => e.code)).toEqual(['BAD_USER_INPUT']);
  if (name === 'postAdjustment') expect(p.entry.lines.map((l: any) => l.account.bookTenantId)).toEqual([A.id, A.id]);
  expect(await ledgerState(B.id)).toEqual(before);
});
