/**
 * Reading the ledger through the gateway: statements page newest first with running balances and stable
 * cursors; the trial balance nets to zero across books; reversals post the mirror once; adjustments are
 * balanced, idempotent and need a reason; agents and vendors see only their own accounts; an entry that
 * spans books shows each book's reader only its lines.
 */
import { uuidv7, type PrismaClient } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import { startStack, type TestStack } from '../../../test/support/stack';
import { assertLedgerInvariants, ledgerBalance } from '../../../test/support/ledger';
import { login } from '../../../test/support/callers';
import { postJournalEntry } from '../src/services/posting';
import { account, orderPaid, payload, signIn, tenantId, userErrorCodes } from './support';

let s: TestStack;
let prisma: PrismaClient;
let M: string; // naija-market
let P: string; // lagos-digital (partner)
let ROOT: string; // webwaka (platform)
let agentUserId: string;
let vendorId: string; // Chiamaka's Closet, run by vendor@webwaka.test
const callers = {} as Record<'client' | 'staff' | 'agent' | 'vendor' | 'customer' | 'partner', Record<string, string>>;

beforeAll(async () => {
  s = await startStack();
  prisma = s.stack.prisma;
  [M, P, ROOT] = await Promise.all(['naija-market', 'lagos-digital', 'webwaka'].map((slug) => tenantId(prisma, slug)));
  agentUserId = (await prisma.user.findUniqueOrThrow({ where: { email: 'agent@webwaka.test' } })).id;
  const vendorUser = await prisma.user.findUniqueOrThrow({ where: { email: 'vendor@webwaka.test' } });
  vendorId = (await prisma.vendor.findFirstOrThrow({ where: { tenantId: M, ownerUserId: vendorUser.id } })).id;
  for (const who of ['client', 'staff', 'agent', 'vendor', 'customer'] as const) callers[who] = await signIn(s, who === 'staff' ? 'ade-fashion' : 'naija-market', who);
  const partner = await login(s.gatewayUrl, 'lagos-digital', 'partner@webwaka.test', s.demo.password, s.demo.totpSecret, prisma);
  callers.partner = { authorization: `Bearer ${partner.accessToken}` };
}, 120_000);
afterEach(async () => {
  await assertLedgerInvariants(prisma);
});
afterAll(async () => {
  await s?.stop();
});

const call = (who: keyof typeof callers, query: string, variables: Record<string, unknown> = {}) => gql(s.gatewayUrl, query, variables, callers[who]);

/** An order paid to the demo vendor, then the commission on it split between an agent, the partner and the platform. */
async function saleWithCommission(goods: bigint) {
  const order = orderPaid(M, vendorId, { goods, tax: 0n });
  await postJournalEntry(prisma, order);
  const commission = goods / 10n;
  const platformShare = commission / 4n;
  const partnerShare = commission / 4n;
  const agentShare = commission - platformShare - partnerShare;
  const posted = await postJournalEntry(prisma, {
    tenantId: M,
    idempotencyKey: `commission:${order.reference.id}`,
    kind: 'COMMISSION',
    memo: 'Commission',
    reference: order.reference,
    occurredAt: new Date(),
    lines: [
      { account: account(M, 'VENDOR', vendorId, 'VENDOR_PAYABLE'), side: 'DEBIT', amount: commission },
      { account: account(M, 'AGENT', agentUserId, 'AGENT_COMMISSION_PAYABLE'), side: 'CREDIT', amount: agentShare },
      { account: account(P, 'TENANT', P, 'PARTNER_PAYABLE'), side: 'CREDIT', amount: partnerShare },
      { account: account(ROOT, 'PLATFORM', ROOT, 'PLATFORM_REVENUE'), side: 'CREDIT', amount: platformShare },
    ],
  });
  return { order, commissionEntryId: posted.entry.id, agentShare, partnerShare, platformShare };
}

const STATEMENT = `query ($id: ID!, $first: Int, $after: String) { ledgerStatement(accountId: $id, first: $first, after: $after) {
  edges { cursor node { id sequence side amount { amount } balanceAfter { amount } entry { kind } } } pageInfo { hasNextPage endCursor } } }`;

describe('statements', () => {
  it('pages newest first with the running balance of every line, stable while lines are added', async () => {
    for (const goods of [1_000n, 2_000n, 3_000n, 4_000n, 5_000n]) await saleWithCommission(goods);
    const acct = await prisma.ledgerAccount.findFirstOrThrow({ where: { tenantId: M, ownerType: 'VENDOR', ownerId: vendorId, purpose: 'VENDOR_PAYABLE' } });
    const pages: any[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const r: any = await call('client', STATEMENT, { id: acct.id, first: 3, after });
      expect(r.errors).toBeUndefined();
      pages.push(...r.data.ledgerStatement.edges.map((e: any) => e.node));
      // A new line mid-way: later pages still continue where the last one ended.
      if (i === 0) await saleWithCommission(100n);
      if (!r.data.ledgerStatement.pageInfo.hasNextPage) break;
      after = r.data.ledgerStatement.pageInfo.endCursor;
    }
    expect(pages.map((l) => l.sequence)).toEqual(Array.from({ length: acct.lineCount }, (_, i) => acct.lineCount - i));
    // Oldest first, each running balance is the previous one plus or minus the line.
    const oldestFirst = [...pages].reverse();
    let running = 0n;
    for (const l of oldestFirst) {
      running += l.side === 'CREDIT' ? BigInt(l.amount.amount) : -BigInt(l.amount.amount);
      expect(BigInt(l.balanceAfter.amount)).toBe(running);
    }
    expect(running).toBe(acct.balance);
  });

  it('an unknown, malformed or foreign account is NOT_FOUND', async () => {
    const foreign = await postJournalEntry(prisma, orderPaid(P, uuidv7()));
    const line = await prisma.journalLine.findFirstOrThrow({ where: { entryId: foreign.entry.id } });
    for (const id of [uuidv7(), 'nope', line.accountId]) {
      const r = await call('client', STATEMENT, { id, first: 5 });
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });
});

describe('trial balance and multi-book entries', () => {
  it('nets to zero in every book, counting the other books’ lines of its entries', async () => {
    await saleWithCommission(7_000n);
    const q = '{ trialBalance(currency: "NGN") { balanced rows { purpose balance { amount } } totalDebits { amount } totalCredits { amount } otherBooksCredits { amount } } }';
    for (const who of ['client', 'partner'] as const) {
      const r = await call(who, q);
      expect(r.errors).toBeUndefined();
      const tb = r.data.trialBalance;
      expect(tb.balanced).toBe(true);
      expect(tb.totalDebits.amount).toBe(tb.totalCredits.amount);
      expect(BigInt(tb.totalDebits.amount)).toBeGreaterThan(0n);
    }
    const market = (await call('client', q)).data.trialBalance;
    const sum = (purpose: string) => BigInt(market.rows.find((r: any) => r.purpose === purpose)?.balance.amount ?? 0);
    // The market's own rows match its accounts' stored balances.
    const stored = await prisma.ledgerAccount.aggregate({ where: { tenantId: M, currency: 'NGN', purpose: 'VENDOR_PAYABLE' }, _sum: { balance: true } });
    expect(sum('VENDOR_PAYABLE')).toBe(stored._sum.balance);
    expect(BigInt(market.otherBooksCredits.amount)).toBeGreaterThan(0n);
  });

  it('shows each book only its own lines of a commission entry', async () => {
    const { commissionEntryId, partnerShare } = await saleWithCommission(8_000n);
    const q = 'query ($id: ID!) { journalEntry(id: $id) { id kind lines { account { purpose bookTenantId } amount { amount } } } }';
    const market = (await call('client', q, { id: commissionEntryId })).data.journalEntry;
    expect(market.lines.map((l: any) => l.account.purpose).sort()).toEqual(['AGENT_COMMISSION_PAYABLE', 'VENDOR_PAYABLE']);
    const partner = (await call('partner', q, { id: commissionEntryId })).data.journalEntry;
    expect(partner.lines).toEqual([{ account: { purpose: 'PARTNER_PAYABLE', bookTenantId: P }, amount: { amount: partnerShare.toString() } }]);
  });
});

describe('who sees which accounts', () => {
  const ACCOUNTS = '{ ledgerAccounts(first: 100) { edges { node { id ownerType ownerId purpose } } } }';
  const MINE = '{ myLedgerAccounts(first: 100) { edges { node { id ownerType ownerId } } } }';

  it('an agent sees only their own commission account; a vendor only their vendor’s', async () => {
    await saleWithCommission(9_000n);
    await postJournalEntry(prisma, orderPaid(M, uuidv7())); // another vendor's money
    for (const query of [ACCOUNTS, MINE]) {
      const agent = await call('agent', query);
      const agentRows = Object.values(agent.data)[0] as any;
      expect(agentRows.edges.length).toBeGreaterThan(0);
      expect(agentRows.edges.every((e: any) => e.node.ownerType === 'AGENT' && e.node.ownerId === agentUserId)).toBe(true);
      const vendor = await call('vendor', query);
      const vendorRows = Object.values(vendor.data)[0] as any;
      expect(vendorRows.edges.length).toBeGreaterThan(0);
      expect(vendorRows.edges.every((e: any) => e.node.ownerType === 'VENDOR' && e.node.ownerId === vendorId)).toBe(true);
    }
    const all = (await call('client', ACCOUNTS)).data.ledgerAccounts.edges;
    expect(new Set(all.map((e: any) => e.node.ownerType))).toEqual(new Set(['TENANT', 'VENDOR', 'AGENT']));
    // The customer owns nothing here.
    expect((await call('customer', ACCOUNTS)).data.ledgerAccounts.edges).toEqual([]);
  });

  it('an agent cannot read another owner’s account or statement', async () => {
    const other = await prisma.ledgerAccount.findFirstOrThrow({ where: { tenantId: M, ownerType: 'TENANT' } });
    expect((await call('agent', 'query ($id: ID!) { ledgerAccount(id: $id) { id } }', { id: other.id })).data.ledgerAccount).toBeNull();
    expect((await call('agent', STATEMENT, { id: other.id, first: 5 })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const own = await prisma.ledgerAccount.findFirstOrThrow({ where: { tenantId: M, ownerType: 'AGENT', ownerId: agentUserId } });
    const r = await call('agent', STATEMENT, { id: own.id, first: 5 });
    expect(r.errors).toBeUndefined();
    expect(r.data.ledgerStatement.edges.length).toBeGreaterThan(0);
  });
});

describe('adjustments and reversals', () => {
  const ADJUST = 'mutation ($i: PostAdjustmentInput!) { postAdjustment(input: $i) { entry { id kind memo lines { side amount { amount } } } userErrors { code field } } }';
  const REVERSE = 'mutation ($id: ID!, $reason: String!) { reverseJournalEntry(id: $id, reason: $reason) { entry { id kind reversesEntryId } userErrors { code } } }';
  const wallet = uuidv7();
  const lines = (credit: string) => [
    { ownerType: 'TENANT', ownerId: '', purpose: 'CLIENT_REVENUE', side: 'DEBIT', amount: '2500' },
    { ownerType: 'CUSTOMER', ownerId: wallet, purpose: 'CUSTOMER_WALLET', side: 'CREDIT', amount: credit },
  ];

  it('posts a balanced adjustment once per key, with its reason; refuses unbalanced or reasonless ones', async () => {
    const key = uuidv7();
    const input = { idempotencyKey: key, currency: 'NGN', reason: 'Goodwill credit for a late delivery', lines: lines('2500').map((l) => ({ ...l, ownerId: l.ownerId || M })) };
    const first = payload(await call('client', ADJUST, { i: input }), 'postAdjustment');
    expect(first.entry).toMatchObject({ kind: 'ADJUSTMENT', memo: input.reason });
    const again = payload(await call('client', ADJUST, { i: input }), 'postAdjustment');
    expect(again.entry.id).toBe(first.entry.id);
    expect(await ledgerBalance(prisma, account(M, 'CUSTOMER', wallet, 'CUSTOMER_WALLET'))).toBe(2_500n);
    expect(userErrorCodes(await call('client', ADJUST, { i: { ...input, reason: 'Different' } }), 'postAdjustment')).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    expect(userErrorCodes(await call('client', ADJUST, { i: { ...input, idempotencyKey: uuidv7(), lines: lines('2400').map((l) => ({ ...l, ownerId: l.ownerId || M })) } }), 'postAdjustment')).toEqual(['UNBALANCED_ENTRY']);
    expect(userErrorCodes(await call('client', ADJUST, { i: { ...input, idempotencyKey: uuidv7(), reason: '  ' } }), 'postAdjustment')).toEqual(['BAD_USER_INPUT']);
    expect(await ledgerBalance(prisma, account(M, 'CUSTOMER', wallet, 'CUSTOMER_WALLET'))).toBe(2_500n);
  });

  it('reverses an entry exactly once, restoring every balance', async () => {
    const { order } = await saleWithCommission(6_000n);
    const entry = await prisma.journalEntry.findUniqueOrThrow({ where: { tenantId_idempotencyKey: { tenantId: M, idempotencyKey: order.idempotencyKey } } });
    const before = await ledgerBalance(prisma, account(M, 'VENDOR', vendorId, 'VENDOR_PAYABLE'));
    const results = await Promise.all([1, 2].map(() => call('client', REVERSE, { id: entry.id, reason: 'Order recorded twice' })));
    const codes = results.map((r) => userErrorCodes(r, 'reverseJournalEntry'));
    expect(codes.sort()).toEqual([[], ['INVALID_TRANSITION']]);
    const reversal = results.find((r) => r.data.reverseJournalEntry.entry)!.data.reverseJournalEntry.entry;
    expect(reversal).toMatchObject({ kind: 'REVERSAL', reversesEntryId: entry.id });
    expect(await ledgerBalance(prisma, account(M, 'VENDOR', vendorId, 'VENDOR_PAYABLE'))).toBe(before - 6_000n);
    expect(userErrorCodes(await call('client', REVERSE, { id: reversal.id, reason: 'undo' }), 'reverseJournalEntry')).toEqual(['INVALID_TRANSITION']);
    expect(userErrorCodes(await call('client', REVERSE, { id: uuidv7(), reason: 'x' }), 'reverseJournalEntry')).toEqual(['NOT_FOUND']);
  });
});
