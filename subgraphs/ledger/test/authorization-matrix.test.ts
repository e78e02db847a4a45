/**
 * Authorization matrix for ledger: every root field ledger adds to the API, called through the gateway by
 * every kind of caller. ONE table says who may call what; everyone else is refused with the right code:
 *   - anonymous (x-tenant only)                           -> UNAUTHENTICATED
 *   - an administrator whose session has not passed 2FA   -> TWO_FACTOR_REQUIRED
 *   - anyone else (other roles, keys without the scope)   -> FORBIDDEN
 * "Allowed" means the call reached its resolver: no GraphQL error, or the resolver's own NOT_FOUND for a
 * query about an unknown id (arguments are chosen to change nothing). A new ledger operation fails the
 * coverage test until it is added to the table. Which rows each allowed caller sees is tested elsewhere.
 */
import { uuidv7 } from '@webwaka/kit';
import { authorizationMatrix, callerKinds, demoCallers, type CallerSpec, type MatrixOperation } from '../../../test/support/authorization-matrix';
import { assertLedgerInvariants } from '../../../test/support/ledger';
import { schema } from '../src/schema';

const CALLERS = {
  ...demoCallers('ade-fashion', 'naija-market'),
  KEY_LEDGER_READ: { scopes: ['ledger:read'], madeBy: 'CLIENT_ADMIN' },
  KEY_OTHER_SCOPES: { scopes: ['identity:read', 'commerce:read', 'commerce:write', 'mlas:read', 'mlas:write'], madeBy: 'CLIENT_ADMIN' },
  // Users holding two roles at ade-fashion (decision 0025): allowed what either role is.
  'CUSTOMER+AGENT': { roles: ['CUSTOMER', 'AGENT'], tenant: 'ade-fashion', parts: ['CUSTOMER', 'AGENT'] },
  'CUSTOMER+VENDOR': { roles: ['CUSTOMER', 'VENDOR'], tenant: 'ade-fashion', parts: ['CUSTOMER', 'VENDOR'] },
  'STAFF+AGENT': { roles: ['STAFF', 'AGENT'], tenant: 'ade-fashion', parts: ['STAFF', 'AGENT'] },
  'CUSTOMER+CLIENT_ADMIN_WITHOUT_2FA': { roles: ['CUSTOMER', 'CLIENT_ADMIN'], tenant: 'ade-fashion', parts: ['CUSTOMER', 'CLIENT_ADMIN_WITHOUT_2FA'] },
} satisfies Record<string, CallerSpec>;
type CallerKind = keyof typeof CALLERS;

// ---------------------------------------------------------------------------------------------------
// THE table
// ---------------------------------------------------------------------------------------------------

const { kinds: EVERYONE } = callerKinds<CallerKind>(CALLERS);
const ADMINS: readonly CallerKind[] = ['CLIENT_ADMIN', 'PARTNER_ADMIN', 'SUPER_ADMIN'];
/** ACCOUNT_READERS: admins, staff, vendors, agents, customers (their own rows), ledger:read keys. */
const ACCOUNT_READERS: readonly CallerKind[] = [...ADMINS, 'STAFF', 'VENDOR', 'AGENT', 'CUSTOMER', 'KEY_LEDGER_READ'];
/** OWN_ACCOUNT_READERS: signed-in users with a role (keys own nothing). */
const OWN_ACCOUNT_READERS: readonly CallerKind[] = [...ADMINS, 'STAFF', 'VENDOR', 'AGENT', 'CUSTOMER'];
/** BOOK_READERS: admins, staff, ledger:read keys. */
const BOOK_READERS: readonly CallerKind[] = [...ADMINS, 'STAFF', 'KEY_LEDGER_READ'];
/** BOOK_ADMINS_AND_KEYS: admins, ledger:read keys. */
const BOOK_ADMINS_AND_KEYS: readonly CallerKind[] = [...ADMINS, 'KEY_LEDGER_READ'];
/** INVOICE_READERS: book readers, and vendors and customers (their own invoices; decision 0077). */
const INVOICE_READERS: readonly CallerKind[] = [...BOOK_READERS, 'VENDOR', 'CUSTOMER'];
/** ENTRY_WRITERS: the client's and the platform's administrators. */
const ENTRY_WRITERS: readonly CallerKind[] = ['CLIENT_ADMIN', 'SUPER_ADMIN'];
/** PAYOUT_ADMINS: administrators. */
const PAYOUT_ADMINS: readonly CallerKind[] = ADMINS;
/** EXPENSE_WRITERS: staff and administrators (people, not keys; decision 0082). */
const EXPENSE_WRITERS: readonly CallerKind[] = [...ADMINS, 'STAFF', 'STAFF+AGENT'];

const codes = (p: { userErrors: { code: string }[] }) => p.userErrors.map((e) => e.code);
const connection = (c: any) => expect(Array.isArray(c.edges)).toBe(true);

const OPERATIONS: Record<string, MatrixOperation<CallerKind>> = {
  // ----- Query -----
  'Query.ledgerAccounts': { document: '{ ledgerAccounts(first: 5) { edges { node { id } } } }', allowed: ACCOUNT_READERS, expectAllowed: connection },
  'Query.myLedgerAccounts': { document: '{ myLedgerAccounts(first: 5) { edges { node { id } } } }', allowed: OWN_ACCOUNT_READERS, expectAllowed: connection },
  'Query.ledgerAccount': { document: 'query ($id: ID!) { ledgerAccount(id: $id) { id } }', variables: () => ({ id: uuidv7() }), allowed: ACCOUNT_READERS, expectAllowed: (v) => expect(v).toBeNull() },
  'Query.ledgerStatement': {
    document: 'query ($id: ID!) { ledgerStatement(accountId: $id, first: 5) { edges { node { id } } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: ACCOUNT_READERS,
    // The resolver answers an unknown account with this error.
    allowedError: () => 'NOT_FOUND',
  },
  'Query.journalEntries': { document: '{ journalEntries(first: 5) { edges { node { id } } } }', allowed: BOOK_READERS, expectAllowed: connection },
  'Query.journalEntry': { document: 'query ($id: ID!) { journalEntry(id: $id) { id } }', variables: () => ({ id: uuidv7() }), allowed: BOOK_READERS, expectAllowed: (v) => expect(v).toBeNull() },
  'Query.trialBalance': { document: '{ trialBalance(currency: "NGN") { balanced } }', allowed: BOOK_READERS, expectAllowed: (v) => expect(v).toEqual({ balanced: true }) },
  'Query.payoutSettings': { document: '{ payoutSettings { schedule } }', allowed: BOOK_READERS, expectAllowed: (v) => expect(v.schedule).toBeDefined() },
  'Query.payoutPlan': { document: '{ payoutPlan(currency: "NGN") { accountId reason } }', allowed: BOOK_READERS, expectAllowed: (v) => expect(Array.isArray(v)).toBe(true) },
  // The payouts report (issue 14): the book's payout items, for its readers and keys.
  'Query.payoutReport': { document: '{ payoutReport(from: "2020-01-01T00:00:00Z", to: "2021-01-01T00:00:00Z") { accountId items } }', allowed: BOOK_READERS, expectAllowed: (v) => expect(Array.isArray(v)).toBe(true) },
  'Query.payoutBatches': { document: '{ payoutBatches(first: 5) { edges { node { id } } } }', allowed: BOOK_READERS, expectAllowed: connection },
  'Query.payoutBatch': { document: 'query ($id: ID!) { payoutBatch(id: $id) { id } }', variables: () => ({ id: uuidv7() }), allowed: BOOK_READERS, expectAllowed: (v) => expect(v).toBeNull() },
  'Query.payoutItems': { document: '{ payoutItems(first: 5) { edges { node { id } } } }', allowed: ACCOUNT_READERS, expectAllowed: connection },
  'Query.rejectedPostings': { document: '{ rejectedPostings(first: 5) { edges { node { id } } } }', allowed: BOOK_ADMINS_AND_KEYS, expectAllowed: connection },
  // Invoices, credit notes and the VAT return (decision 0077).
  'Query.invoice': { document: 'query ($id: ID!) { invoice(id: $id) { id } }', variables: () => ({ id: uuidv7() }), allowed: INVOICE_READERS, expectAllowed: (v) => expect(v).toBeNull() },
  'Query.orderInvoices': { document: 'query ($id: ID!) { orderInvoices(orderId: $id) { id } }', variables: () => ({ id: uuidv7() }), allowed: INVOICE_READERS, expectAllowed: (v) => expect(v).toEqual([]) },
  // A guest's proof is the order's cart token (commerce checks it): anyone may ask; a wrong token reads nothing.
  'Query.guestOrderInvoices': { document: 'query ($id: ID!) { guestOrderInvoices(orderId: $id, cartToken: "not-a-token") { id } }', variables: () => ({ id: uuidv7() }), allowed: EVERYONE, expectAllowed: (v) => expect(v).toEqual([]) },
  'Query.guestInvoice': { document: 'query ($id: ID!) { guestInvoice(id: $id, cartToken: "not-a-token") { id } }', variables: () => ({ id: uuidv7() }), allowed: EVERYONE, expectAllowed: (v) => expect(v).toBeNull() },
  'Query.invoices': { document: '{ invoices(first: 5) { id } }', allowed: BOOK_READERS, expectAllowed: (v) => expect(Array.isArray(v)).toBe(true) },
  'Query.invoiceSettings': { document: '{ invoiceSettings { legalName } }', allowed: BOOK_READERS, expectAllowed: (v) => expect(typeof v.legalName).toBe('string') },
  'Query.vatReturn': { document: '{ vatReturn(from: "2020-01-01T00:00:00Z", to: "2020-02-01T00:00:00Z") { currency outputVat { amount } } }', allowed: BOOK_READERS, expectAllowed: (v) => expect(v).toEqual([]) },
  // Expenses, the VAT return's totals, profit and loss, vendor statements (decision 0082).
  'Query.expenses': { document: '{ expenses(first: 5) { id } }', allowed: BOOK_READERS, expectAllowed: (v) => expect(Array.isArray(v)).toBe(true) },
  'Query.expense': { document: 'query ($id: ID!) { expense(id: $id) { id } }', variables: () => ({ id: uuidv7() }), allowed: BOOK_READERS, expectAllowed: (v) => expect(v).toBeNull() },
  'Query.vatReturnTotals': { document: '{ vatReturnTotals(from: "2020-01-01T00:00:00Z", to: "2020-02-01T00:00:00Z") { currency vatPayable { amount } } }', allowed: BOOK_READERS, expectAllowed: (v) => expect(v).toEqual([]) },
  'Query.profitAndLoss': {
    document: '{ profitAndLoss(from: "2020-01-01T00:00:00Z", to: "2020-02-01T00:00:00Z", currency: "NGN") { netProfit { amount } } }',
    allowed: BOOK_READERS,
    expectAllowed: (v) => expect(v.netProfit.amount).toBe('0'),
  },
  'Query.vendorStatement': {
    document: 'query ($id: ID!) { vendorStatement(vendorId: $id, currency: "NGN", from: "2020-01-01T00:00:00Z", to: "2020-02-01T00:00:00Z") { closing { amount } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: ACCOUNT_READERS,
    // No such vendor (or not the caller's): the resolver's NOT_FOUND.
    allowedError: () => 'NOT_FOUND',
  },
  // PDF copies of the reports (decision 0088): the same readers as the reports they copy.
  // The currencies they print (and the CSVs ask): of the accounts each caller may read; NGN when none.
  'Query.ledgerReportCurrencies': { document: '{ ledgerReportCurrencies }', allowed: ACCOUNT_READERS, expectAllowed: (v) => expect(v.length).toBeGreaterThan(0) },
  'Query.ledgerReportPdf': {
    document: '{ ledgerReportPdf(report: PROFIT_AND_LOSS, from: "2020-01-01T00:00:00Z", to: "2020-02-01T00:00:00Z", currency: "NGN") { filename contentBase64 } }',
    allowed: BOOK_READERS,
    expectAllowed: (v) => expect(Buffer.from(v.contentBase64, 'base64').toString('latin1')).toMatch(/^%PDF-1\.4/),
  },
  'Query.vendorStatementPdf': {
    document: 'query ($id: ID!) { vendorStatementPdf(vendorId: $id, currency: "NGN", from: "2020-01-01T00:00:00Z", to: "2020-02-01T00:00:00Z") { filename } }',
    variables: () => ({ id: uuidv7() }),
    allowed: ACCOUNT_READERS,
    allowedError: () => 'NOT_FOUND',
  },

  // ----- Mutation -----
  'Mutation.createExpense': {
    // No supplier: refused before anything is written.
    document: 'mutation { createExpense(input: { category: RENT, supplier: " ", spentOn: "2026-01-01T00:00:00Z", currency: "NGN", amount: "100" }) { expense { id } userErrors { code } } }',
    allowed: EXPENSE_WRITERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.updateExpense': {
    document: 'mutation ($id: ID!) { updateExpense(id: $id, input: { category: RENT, supplier: "x", spentOn: "2026-01-01T00:00:00Z", currency: "NGN", amount: "100" }) { expense { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: EXPENSE_WRITERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.submitExpense': {
    document: 'mutation ($id: ID!) { submitExpense(id: $id) { expense { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: EXPENSE_WRITERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.deleteExpense': {
    document: 'mutation ($id: ID!) { deleteExpense(id: $id) { deleted userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: EXPENSE_WRITERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.approveExpense': {
    document: 'mutation ($id: ID!) { approveExpense(id: $id) { expense { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: PAYOUT_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.payExpense': {
    document: 'mutation ($id: ID!) { payExpense(id: $id, paidFrom: BANK, paidOn: "2026-01-01T00:00:00Z", reference: "TRF-1") { expense { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: PAYOUT_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.rejectExpense': {
    document: 'mutation ($id: ID!) { rejectExpense(id: $id, reason: "matrix") { expense { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: PAYOUT_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.updateInvoiceSettings': {
    // No legal name: refused before anything is written.
    document: 'mutation { updateInvoiceSettings(input: { legalName: " ", address: "1 Broad St, Lagos", taxId: "" }) { settings { legalName } userErrors { code } } }',
    allowed: PAYOUT_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.postAdjustment': {
    // Unbalanced: refused before anything is written.
    document: `mutation ($o: ID!) { postAdjustment(input: { idempotencyKey: "matrix", currency: "NGN", reason: "matrix", lines: [
      { ownerType: TENANT, ownerId: $o, purpose: CLIENT_REVENUE, side: DEBIT, amount: "2" },
      { ownerType: TENANT, ownerId: $o, purpose: CUSTOMER_WALLET, side: CREDIT, amount: "1" }] }) { entry { id } userErrors { code } } }`,
    variables: () => ({ o: uuidv7() }),
    allowed: ENTRY_WRITERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['UNBALANCED_ENTRY']),
  },
  'Mutation.reverseJournalEntry': {
    document: 'mutation ($id: ID!) { reverseJournalEntry(id: $id, reason: "matrix") { entry { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: ENTRY_WRITERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.setPayoutSettings': {
    document: 'mutation { setPayoutSettings(input: { schedule: MANUAL, nextRunAt: "2099-01-01T00:00:00Z" }) { settings { schedule } userErrors { code } } }',
    allowed: PAYOUT_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.createPayoutBatch': {
    // Nothing is owed in this currency: nothing to pay.
    document: 'mutation { createPayoutBatch(currency: "ZZZ") { batch { id } userErrors { code } } }',
    allowed: PAYOUT_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.submitPayoutBatch': {
    document: 'mutation ($id: ID!) { submitPayoutBatch(id: $id) { batch { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: PAYOUT_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.markPayoutItemPaid': {
    document: 'mutation ($id: ID!) { markPayoutItemPaid(id: $id) { item { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: PAYOUT_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.markPayoutItemFailed': {
    document: 'mutation ($id: ID!) { markPayoutItemFailed(id: $id, reason: "matrix") { item { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: PAYOUT_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
};

const matrix = authorizationMatrix({ capability: 'ledger', subgraphSchema: schema, callers: CALLERS, operations: OPERATIONS });

afterEach(async () => {
  await assertLedgerInvariants(matrix.stack().stack.prisma);
});
