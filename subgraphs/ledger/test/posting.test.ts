/**
 * Posting: balanced entries go in and move stored balances; unbalanced ones are refused by the service AND
 * by the database (raw SQL around the service); replays are idempotent; multi-currency entries balance per
 * currency; the journal and balances cannot be edited. The consumer of `ledger.posting.requested` posts
 * an outbox event once even when it is delivered twice, and records malformed requests as rejected.
 */
import { DomainError, recordOutboxEvent, TOPICS, uuidv7, type OutboxEventRecord, type PrismaClient } from '@webwaka/kit';
import { startStack, type TestStack } from '../../../test/support/stack';
import { assertLedgerInvariants, ledgerBalance } from '../../../test/support/ledger';
import { onPostingRequested } from '../src/services/consumer';
import { postJournalEntry, type PostingRequest } from '../src/services/posting';
import { account, asPayload, entryCount, eventually, orderPaid, tenantId } from './support';

let s: TestStack;
let prisma: PrismaClient;
let T: string;
const vendor = uuidv7();

beforeAll(async () => {
  s = await startStack();
  prisma = s.stack.prisma;
  T = await tenantId(prisma, 'naija-market');
}, 120_000);
afterEach(async () => {
  await assertLedgerInvariants(prisma);
});
afterAll(async () => {
  await s?.stop();
});

const refusal = async (p: Promise<unknown>) => {
  const e = await p.then(() => null, (x) => x);
  expect(e).toBeInstanceOf(DomainError);
  return e as DomainError;
};

/** Raw SQL outside the service: an entry and the given lines in one transaction. */
async function rawEntry(lines: { accountId: string; side: 'DEBIT' | 'CREDIT'; amount: bigint; currency?: string }[], opts: { separateStatements?: boolean } = {}) {
  const entryId = uuidv7();
  await prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(
      `INSERT INTO "ledger"."JournalEntry" ("id","tenantId","idempotencyKey","requestHash","kind","memo","referenceType","referenceId","occurredAt")
       VALUES ($1::uuid, $2::uuid, $3, 'x', 'ADJUSTMENT', 'raw', 'Test', 'raw', now())`,
      entryId,
      T,
      `raw:${entryId}`,
    );
    const values = lines.map((l, i) => `('${uuidv7()}'::uuid, '${T}'::uuid, '${entryId}'::uuid, '${l.accountId}'::uuid, '${T}'::uuid, ${i}, '${l.side}', ${l.amount}, '${l.currency ?? 'NGN'}')`);
    const insert = (v: string[]) =>
      tx.$executeRawUnsafe(`INSERT INTO "ledger"."JournalLine" ("id","tenantId","entryId","accountId","bookTenantId","position","side","amount","currency") VALUES ${v.join(', ')}`);
    if (opts.separateStatements) for (const v of values) await insert([v]);
    else await insert(values);
  });
  return entryId;
}

describe('posting through the service', () => {
  it('posts a balanced entry and moves each account on its normal side', async () => {
    const r = orderPaid(T, vendor, { goods: 10_000n, tax: 750n });
    const before = await ledgerBalance(prisma, account(T, 'TENANT', T, 'PAYMENT_CLEARING'));
    const posted = await postJournalEntry(prisma, r);
    expect(posted.created).toBe(true);
    expect(await ledgerBalance(prisma, account(T, 'TENANT', T, 'PAYMENT_CLEARING'))).toBe(before + 10_750n);
    expect(await ledgerBalance(prisma, account(T, 'VENDOR', vendor, 'VENDOR_PAYABLE'))).toBeGreaterThanOrEqual(10_000n);
    const lines = await prisma.journalLine.findMany({ where: { entryId: posted.entry.id }, orderBy: { position: 'asc' } });
    expect(lines.map((l) => [l.side, l.amount, l.bookTenantId])).toEqual([
      ['DEBIT', 10_750n, T],
      ['CREDIT', 10_000n, T],
      ['CREDIT', 750n, T],
    ]);
  });

  it('refuses an unbalanced entry in code, writing nothing', async () => {
    const r = orderPaid(T, vendor);
    r.lines[2].amount += 1n;
    const e = await refusal(postJournalEntry(prisma, r));
    expect(e.code).toBe('UNBALANCED_ENTRY');
    expect(await entryCount(prisma, T, r.idempotencyKey)).toBe(0);
  });

  it('refuses entries without both sides, with zero or negative amounts, or with one line', async () => {
    const r = orderPaid(T, vendor);
    expect((await refusal(postJournalEntry(prisma, { ...r, lines: r.lines.map((l) => ({ ...l, side: 'DEBIT' as const })) }))).code).toBe('UNBALANCED_ENTRY');
    expect((await refusal(postJournalEntry(prisma, { ...r, lines: [{ ...r.lines[0], amount: 0n }, { ...r.lines[1], amount: 0n }] }))).code).toBe('BAD_USER_INPUT');
    expect((await refusal(postJournalEntry(prisma, { ...r, lines: [{ ...r.lines[0], amount: -5n }, { ...r.lines[1], amount: -5n }] }))).code).toBe('BAD_USER_INPUT');
    expect((await refusal(postJournalEntry(prisma, { ...r, lines: [r.lines[0]] }))).code).toBe('BAD_USER_INPUT');
    expect(await entryCount(prisma, T, r.idempotencyKey)).toBe(0);
  });

  it('posts once per idempotency key: a replay returns the first entry, other content under it is refused', async () => {
    const r = orderPaid(T, vendor);
    const first = await postJournalEntry(prisma, r);
    const clearing = await ledgerBalance(prisma, account(T, 'TENANT', T, 'PAYMENT_CLEARING'));
    const again = await postJournalEntry(prisma, { ...r, lines: r.lines.map((l) => ({ ...l })) });
    expect(again).toEqual({ entry: expect.objectContaining({ id: first.entry.id }), created: false });
    const concurrent = await Promise.all([1, 2, 3].map(() => postJournalEntry(prisma, r)));
    expect(concurrent.every((p) => p.entry.id === first.entry.id && !p.created)).toBe(true);
    expect(await ledgerBalance(prisma, account(T, 'TENANT', T, 'PAYMENT_CLEARING'))).toBe(clearing);
    const other = orderPaid(T, vendor, { goods: 1n, key: r.idempotencyKey });
    expect((await refusal(postJournalEntry(prisma, other))).code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await entryCount(prisma, T, r.idempotencyKey)).toBe(1);
  });

  it('concurrent first posts of one key write one entry', async () => {
    const r = orderPaid(T, vendor);
    const results = await Promise.all([1, 2, 3, 4].map(() => postJournalEntry(prisma, r)));
    expect(new Set(results.map((p) => p.entry.id)).size).toBe(1);
    expect(results.filter((p) => p.created)).toHaveLength(1);
    expect(await entryCount(prisma, T, r.idempotencyKey)).toBe(1);
  });

  it('keeps stored and running balances exact under many concurrent postings to the same accounts', async () => {
    const hot = uuidv7();
    const requests = Array.from({ length: 40 }, (_, i) => orderPaid(T, hot, { goods: BigInt(100 + i), tax: 7n }));
    await Promise.all(requests.map((r) => postJournalEntry(prisma, r)));
    expect(await ledgerBalance(prisma, account(T, 'VENDOR', hot, 'VENDOR_PAYABLE'))).toBe(requests.reduce((n, r) => n + r.lines[1].amount, 0n));
    const lines = await prisma.journalLine.findMany({ where: { account: { ownerId: hot } }, orderBy: { accountSeq: 'asc' } });
    expect(lines.map((l) => l.accountSeq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it('balances a multi-currency entry per currency (and refuses one balanced only in total)', async () => {
    const fx = uuidv7();
    const lines = (usdCredit: bigint): PostingRequest['lines'] => [
      { account: account(T, 'TENANT', T, 'PAYMENT_CLEARING', 'NGN'), side: 'DEBIT', amount: 150_000n },
      { account: account(T, 'CUSTOMER', fx, 'CUSTOMER_WALLET', 'NGN'), side: 'CREDIT', amount: 150_000n },
      { account: account(T, 'TENANT', T, 'PAYMENT_CLEARING', 'USD'), side: 'DEBIT', amount: 100n },
      { account: account(T, 'CUSTOMER', fx, 'CUSTOMER_WALLET', 'USD'), side: 'CREDIT', amount: usdCredit },
    ];
    const base = { tenantId: T, kind: 'ADJUSTMENT' as const, memo: 'two currencies', reference: { type: 'Test', id: fx }, occurredAt: new Date() };
    await postJournalEntry(prisma, { ...base, idempotencyKey: `fx:${fx}`, lines: lines(100n) });
    expect(await ledgerBalance(prisma, account(T, 'CUSTOMER', fx, 'CUSTOMER_WALLET', 'USD'))).toBe(100n);
    expect(await ledgerBalance(prisma, account(T, 'CUSTOMER', fx, 'CUSTOMER_WALLET', 'NGN'))).toBe(150_000n);
    // NGN debits exceed NGN credits by 50, USD credits exceed USD debits by 50: balanced in total only.
    const skewed = lines(150n);
    skewed[1] = { ...skewed[1], amount: 149_950n };
    const e = await refusal(postJournalEntry(prisma, { ...base, idempotencyKey: `fx-bad:${fx}`, lines: skewed }));
    expect(e.code).toBe('UNBALANCED_ENTRY');
    expect(e.message).toMatch(/NGN by 50.*USD by 50/);
  });
});

describe('the database', () => {
  let clearingId: string;
  let payableId: string;
  beforeAll(async () => {
    await postJournalEntry(prisma, orderPaid(T, vendor));
    clearingId = (await prisma.ledgerAccount.findFirstOrThrow({ where: { tenantId: T, ownerType: 'TENANT', ownerId: T, purpose: 'PAYMENT_CLEARING', currency: 'NGN' } })).id;
    payableId = (await prisma.ledgerAccount.findFirstOrThrow({ where: { tenantId: T, ownerType: 'VENDOR', ownerId: vendor, purpose: 'VENDOR_PAYABLE', currency: 'NGN' } })).id;
  });

  it('accepts a balanced entry written in raw SQL and keeps the stored balance', async () => {
    const before = await prisma.ledgerAccount.findUniqueOrThrow({ where: { id: payableId } });
    const entryId = await rawEntry([
      { accountId: clearingId, side: 'DEBIT', amount: 500n },
      { accountId: payableId, side: 'CREDIT', amount: 500n },
    ]);
    const after = await prisma.ledgerAccount.findUniqueOrThrow({ where: { id: payableId } });
    expect(after.balance).toBe(before.balance + 500n);
    const line = await prisma.journalLine.findFirstOrThrow({ where: { entryId, accountId: payableId } });
    expect({ seq: line.accountSeq, balanceAfter: line.balanceAfter }).toEqual({ seq: before.lineCount + 1, balanceAfter: after.balance });
  });

  it('refuses an unbalanced entry written in raw SQL: nothing is kept', async () => {
    const before = await prisma.ledgerAccount.findUniqueOrThrow({ where: { id: payableId } });
    await expect(rawEntry([
      { accountId: clearingId, side: 'DEBIT', amount: 500n },
      { accountId: payableId, side: 'CREDIT', amount: 499n },
    ])).rejects.toThrow(/does not balance/);
    // Lines of one entry written one statement at a time: the first statement already leaves it unbalanced.
    await expect(rawEntry([{ accountId: clearingId, side: 'DEBIT', amount: 7n }, { accountId: payableId, side: 'CREDIT', amount: 7n }], { separateStatements: true })).rejects.toThrow(/does not balance/);
    await expect(rawEntry([{ accountId: clearingId, side: 'DEBIT', amount: 7n }, { accountId: payableId, side: 'DEBIT', amount: 0n }])).rejects.toThrow(/must be positive/);
    await expect(rawEntry([{ accountId: clearingId, side: 'DEBIT', amount: 7n }, { accountId: payableId, side: 'CREDIT', amount: 7n, currency: 'USD' }])).rejects.toThrow(/currency/);
    expect(await prisma.ledgerAccount.findUniqueOrThrow({ where: { id: payableId } })).toEqual(before);
  });

  it('refuses UPDATE and DELETE of entries and lines, and direct changes of balances', async () => {
    const line = await prisma.journalLine.findFirstOrThrow({ where: { accountId: payableId } });
    await expect(prisma.$executeRawUnsafe(`UPDATE "ledger"."JournalLine" SET "amount" = 1 WHERE "id" = '${line.id}'`)).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRawUnsafe(`DELETE FROM "ledger"."JournalLine" WHERE "id" = '${line.id}'`)).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRawUnsafe(`UPDATE "ledger"."JournalEntry" SET "memo" = 'edited' WHERE "id" = '${line.entryId}'`)).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRawUnsafe(`DELETE FROM "ledger"."JournalEntry" WHERE "id" = '${line.entryId}'`)).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRawUnsafe(`TRUNCATE "ledger"."JournalLine" CASCADE`)).rejects.toThrow(/append-only/);
    await expect(prisma.ledgerAccount.update({ where: { id: payableId }, data: { balance: 1n } })).rejects.toThrow(/only by posting/);
    await expect(prisma.$executeRawUnsafe(`DELETE FROM "ledger"."LedgerAccount" WHERE "id" = '${payableId}'`)).rejects.toThrow(/never deleted/);
  });

  it('the invariant check names an account whose stored balance drifted (triggers bypassed, rolled back)', async () => {
    const broken = prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`);
      await tx.$executeRawUnsafe(`UPDATE "ledger"."LedgerAccount" SET "balance" = "balance" + 1 WHERE "id" = '${payableId}'`);
      await assertLedgerInvariants(tx);
    });
    await expect(broken).rejects.toThrow(new RegExp(`account ${payableId} \\(VENDOR_PAYABLE\\) stores balance`));
  });
});

describe('the consumer of ledger.posting.requested', () => {
  it('posts an outbox event once, even when it is delivered twice', async () => {
    const r = orderPaid(T, uuidv7(), { goods: 20_000n, tax: 1_500n });
    const eventId = await prisma.$transaction((tx) => recordOutboxEvent(tx, { tenantId: T, topic: TOPICS.LEDGER_POSTING_REQUESTED, payload: asPayload(r) as any }));
    await eventually(async () => (await prisma.outboxEvent.findUniqueOrThrow({ where: { id: eventId } })).dispatchedAt);
    expect(await entryCount(prisma, T, r.idempotencyKey)).toBe(1);
    expect(await ledgerBalance(prisma, r.lines[1].account)).toBe(20_000n);
    // Delivered again (a dispatcher that crashed before marking it): the handler runs, nothing changes.
    await prisma.outboxEvent.update({ where: { id: eventId }, data: { dispatchedAt: null, lockedUntil: null } });
    await eventually(async () => (await prisma.outboxEvent.findUniqueOrThrow({ where: { id: eventId } })).dispatchedAt);
    const event = await prisma.outboxEvent.findUniqueOrThrow({ where: { id: eventId } });
    await Promise.all([1, 2].map(() => onPostingRequested(prisma)({ ...event, payload: event.payload as any })));
    expect(event.attempts).toBe(2);
    expect(await entryCount(prisma, T, r.idempotencyKey)).toBe(1);
    expect(await ledgerBalance(prisma, r.lines[1].account)).toBe(20_000n);
  });

  it.each([
    ['unbalanced', (p: any) => ({ ...p, lines: [p.lines[0], { ...p.lines[1], amount: '1' }] }), /UNBALANCED_ENTRY/],
    ['a negative amount', (p: any) => ({ ...p, lines: [{ ...p.lines[0], amount: '-10750' }, ...p.lines.slice(1)] }), /BAD_USER_INPUT/],
    ['an unknown purpose', (p: any) => ({ ...p, lines: [{ ...p.lines[0], account: { ...p.lines[0].account, purpose: 'SLUSH_FUND' } }, ...p.lines.slice(1)] }), /purpose/],
    ['no idempotency key', (p: any) => ({ ...p, idempotencyKey: undefined }), /idempotencyKey/],
    ['not an object', () => 'lines: many', /object/],
  ])('records %s request as a RejectedPosting, once, and acknowledges it', async (_label, mangle, reason) => {
    const r = orderPaid(T, uuidv7());
    const payload = mangle(asPayload(r));
    const eventId = await prisma.$transaction((tx) => recordOutboxEvent(tx, { tenantId: T, topic: TOPICS.LEDGER_POSTING_REQUESTED, payload }));
    const delivered = (await eventually(async () => prisma.outboxEvent.findUniqueOrThrow({ where: { id: eventId } }).then((e) => (e.dispatchedAt ? e : null))))!;
    expect(delivered.attempts).toBe(1);
    const rejected = await prisma.rejectedPosting.findMany({ where: { eventId } });
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toMatch(reason);
    expect(rejected[0].tenantId).toBe(T);
    await onPostingRequested(prisma)({ ...delivered, payload: delivered.payload as any } as OutboxEventRecord);
    expect(await prisma.rejectedPosting.count({ where: { eventId } })).toBe(1);
    expect(await entryCount(prisma, T, r.idempotencyKey)).toBe(0);
  });

  it('records a key reused with other content as rejected; the first entry stands', async () => {
    const r = orderPaid(T, uuidv7());
    await postJournalEntry(prisma, r);
    const eventId = await prisma.$transaction((tx) => recordOutboxEvent(tx, { tenantId: T, topic: TOPICS.LEDGER_POSTING_REQUESTED, payload: asPayload({ ...r, memo: 'something else' }) as any }));
    await eventually(() => prisma.rejectedPosting.findFirst({ where: { eventId } }));
    expect((await prisma.rejectedPosting.findFirstOrThrow({ where: { eventId } })).reason).toMatch(/IDEMPOTENCY_KEY_REUSED/);
    expect(await entryCount(prisma, T, r.idempotencyKey)).toBe(1);
  });
});
