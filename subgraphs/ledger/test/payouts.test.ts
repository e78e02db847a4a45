/**
 * Payouts: a batch pays every payable balance of the book that reaches the currency's minimum, posting
 * each item at once (payable debited, PAYOUT_CLEARING credited); a paid item settles clearing against
 * PAYMENT_CLEARING; a failed item's posting is reversed so the money is owed again; the batch ends PAID,
 * PARTIALLY_FAILED or FAILED. The schedule makes one batch per run and currency.
 */
import { uuidv7, type PrismaClient } from '@webwaka/kit';
import { startStack, type TestStack } from '../../../test/support/stack';
import { assertLedgerInvariants, ledgerBalance } from '../../../test/support/ledger';
import { postJournalEntry } from '../src/services/posting';
import { createPayoutBatch, markPayoutItemFailed, markPayoutItemPaid, nextRun, payoutPlan, runDuePayouts, setPayoutSettings, submitPayoutBatch } from '../src/services/payouts';
import { applyHold, parseHoldPayload } from '../src/services/holds';
import type { ServiceContext } from '../src/services/context';
import { account, commissionPosting, orderPaid, payeeVendor, serviceContext, tenantId } from './support';

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

const errorOf = (p: Promise<unknown>) => p.then(() => null, (e) => e as { code: string; message: string });

/** A fresh book (a tenant id nobody else posts to) with an admin context. */
function book(): { T: string; ctx: ServiceContext } {
  const T = uuidv7();
  return { T, ctx: serviceContext(s, T) };
}

/** Credits an agent's commission payable (DEBIT the vendor's payable), as mlas does. */
async function commission(T: string, agentId: string, amount: bigint, currency = 'NGN') {
  await postJournalEntry(prisma, commissionPosting(T, agentId, amount, currency));
}

it('pays the payables that reach the minimum, posting each item at batch creation', async () => {
  const { T, ctx } = book();
  const [big, small] = [uuidv7(), uuidv7()];
  const vendor = await payeeVendor(prisma, T);
  await postJournalEntry(prisma, orderPaid(T, vendor, { goods: 100_000n, tax: 7_500n }));
  await commission(T, big, 6_000n);
  await commission(T, small, 4_999n);
  await setPayoutSettings(ctx, { schedule: 'MANUAL', thresholds: [{ currency: 'NGN', minimum: 5_000n }] });

  const batch = await createPayoutBatch(ctx, 'NGN');
  const items = await prisma.payoutItem.findMany({ where: { batchId: batch.id }, include: { account: true } });
  expect(items.map((i) => [i.account.ownerId, i.amount]).sort()).toEqual([[big, 6_000n], [vendor, 100_000n]].sort());
  expect(batch).toMatchObject({ status: 'DRAFT', total: 106_000n, currency: 'NGN' });
  // Money committed: payables emptied, clearing credited; the small one waits.
  expect(await ledgerBalance(prisma, account(T, 'AGENT', big, 'AGENT_COMMISSION_PAYABLE'))).toBe(0n);
  expect(await ledgerBalance(prisma, account(T, 'VENDOR', vendor, 'VENDOR_PAYABLE'))).toBe(0n);
  expect(await ledgerBalance(prisma, account(T, 'AGENT', small, 'AGENT_COMMISSION_PAYABLE'))).toBe(4_999n);
  expect(await ledgerBalance(prisma, account(T, 'TENANT', T, 'PAYOUT_CLEARING'))).toBe(-106_000n);
  const entries = await prisma.journalEntry.findMany({ where: { tenantId: T, kind: 'PAYOUT' } });
  expect(entries).toHaveLength(2);
  // Nothing left to pay: a second batch is refused and commits nothing.
  expect((await errorOf(createPayoutBatch(ctx, 'NGN')))?.code).toBe('BAD_USER_INPUT');
});

it('settles paid items against payment clearing and reverses failed ones to the payable', async () => {
  const { T, ctx } = book();
  const [a, b] = [uuidv7(), uuidv7()];
  await commission(T, a, 3_000n);
  await commission(T, b, 2_000n);
  const clearingBefore = await ledgerBalance(prisma, account(T, 'TENANT', T, 'PAYMENT_CLEARING'));
  const batch = await createPayoutBatch(ctx, 'NGN');
  const items = await prisma.payoutItem.findMany({ where: { batchId: batch.id }, include: { account: true } });
  const itemOf = (owner: string) => items.find((i) => i.account.ownerId === owner)!;

  // Settled only once the batch is PROCESSING.
  expect((await errorOf(markPayoutItemPaid(ctx, itemOf(a).id)))?.code).toBe('INVALID_TRANSITION');
  await submitPayoutBatch(ctx, batch.id);
  expect((await errorOf(submitPayoutBatch(ctx, batch.id)))?.code).toBe('INVALID_TRANSITION');

  const paid = await markPayoutItemPaid(ctx, itemOf(a).id, 'NIP-0001');
  expect(paid).toMatchObject({ status: 'PAID', paidReference: 'NIP-0001' });
  expect(await ledgerBalance(prisma, account(T, 'TENANT', T, 'PAYMENT_CLEARING'))).toBe(clearingBefore - 3_000n);
  expect((await errorOf(markPayoutItemFailed(ctx, itemOf(a).id, 'late bounce')))?.code).toBe('INVALID_TRANSITION');

  const failed = await markPayoutItemFailed(ctx, itemOf(b).id, 'account closed');
  expect(failed).toMatchObject({ status: 'FAILED', failureReason: 'account closed' });
  expect(await ledgerBalance(prisma, account(T, 'AGENT', b, 'AGENT_COMMISSION_PAYABLE'))).toBe(2_000n);
  const reversal = await prisma.journalEntry.findUniqueOrThrow({ where: { id: failed.reversalEntryId! } });
  expect(reversal).toMatchObject({ kind: 'REVERSAL', reversesEntryId: itemOf(b).payoutEntryId });

  // Every item settled: clearing is back to zero, the batch PARTIALLY_FAILED.
  expect(await ledgerBalance(prisma, account(T, 'TENANT', T, 'PAYOUT_CLEARING'))).toBe(0n);
  expect((await prisma.payoutBatch.findUniqueOrThrow({ where: { id: batch.id } })).status).toBe('PARTIALLY_FAILED');
  // The failed balance goes into the next batch.
  const next = await createPayoutBatch(ctx, 'NGN');
  expect(next.total).toBe(2_000n);
});

it('ends PAID when every item is paid, FAILED when every item failed', async () => {
  for (const outcome of ['PAID', 'FAILED'] as const) {
    const { T, ctx } = book();
    await commission(T, uuidv7(), 1_000n);
    await commission(T, uuidv7(), 1_000n);
    const batch = await createPayoutBatch(ctx, 'NGN');
    await submitPayoutBatch(ctx, batch.id);
    for (const item of await prisma.payoutItem.findMany({ where: { batchId: batch.id } })) {
      if (outcome === 'PAID') await markPayoutItemPaid(ctx, item.id);
      else await markPayoutItemFailed(ctx, item.id, 'bounced');
    }
    expect((await prisma.payoutBatch.findUniqueOrThrow({ where: { id: batch.id } })).status).toBe(outcome);
  }
});

it('never pays a balance twice under concurrent batches', async () => {
  const { T, ctx } = book();
  const agent = uuidv7();
  await commission(T, agent, 9_000n);
  const results = await Promise.allSettled([1, 2, 3].map(() => createPayoutBatch(ctx, 'NGN')));
  expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  expect(await prisma.payoutItem.aggregate({ where: { tenantId: T }, _sum: { amount: true } })).toEqual({ _sum: { amount: 9_000n } });
  expect(await ledgerBalance(prisma, account(T, 'AGENT', agent, 'AGENT_COMMISSION_PAYABLE'))).toBe(0n);
});

it('keeps books and currencies apart', async () => {
  const { T, ctx } = book();
  const other = book();
  await commission(T, uuidv7(), 1_000n, 'USD');
  await commission(other.T, uuidv7(), 5_000n);
  expect((await errorOf(createPayoutBatch(ctx, 'NGN')))?.code).toBe('BAD_USER_INPUT');
  const usd = await createPayoutBatch(ctx, 'USD');
  expect(usd.total).toBe(1_000n);
  expect(await ledgerBalance(prisma, account(other.T, 'TENANT', other.T, 'PAYOUT_CLEARING'))).toBe(0n);
});

it('runs the schedule once per due run, then moves the next run on', async () => {
  const { T, ctx } = book();
  await commission(T, uuidv7(), 2_500n);
  await setPayoutSettings(ctx, { schedule: 'WEEKLY', nextRunAt: new Date(Date.now() + 1_000) });
  const runAt = (await prisma.payoutSettings.findUniqueOrThrow({ where: { tenantId: T } })).nextRunAt!;
  const later = new Date(runAt.getTime() + 1_000);
  const created = await Promise.all([runDuePayouts(prisma, later), runDuePayouts(prisma, later)]);
  const batches = await prisma.payoutBatch.findMany({ where: { tenantId: T } });
  expect(batches).toHaveLength(1);
  expect(created.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
  expect(batches[0]).toMatchObject({ scheduledFor: runAt, total: 2_500n });
  expect((await prisma.payoutSettings.findUniqueOrThrow({ where: { tenantId: T } })).nextRunAt).toEqual(nextRun('WEEKLY', runAt));
});

it('computes next runs: weekly, monthly clamped to the month', () => {
  expect(nextRun('WEEKLY', new Date('2026-01-28T09:00:00Z'))).toEqual(new Date('2026-02-04T09:00:00Z'));
  expect(nextRun('MONTHLY', new Date('2026-01-31T09:00:00Z'))).toEqual(new Date('2026-02-28T09:00:00Z'));
  expect(nextRun('MONTHLY', new Date('2026-12-15T09:00:00Z'))).toEqual(new Date('2027-01-15T09:00:00Z'));
  expect(nextRun('MANUAL', new Date())).toBeNull();
});

it('refuses bad settings', async () => {
  const { ctx } = book();
  expect((await errorOf(setPayoutSettings(ctx, { schedule: 'MANUAL', nextRunAt: new Date(Date.now() + 86_400_000) })))?.code).toBe('BAD_USER_INPUT');
  expect((await errorOf(setPayoutSettings(ctx, { schedule: 'WEEKLY', thresholds: [{ currency: 'NGN', minimum: 0n }] })))?.code).toBe('BAD_USER_INPUT');
  expect((await errorOf(setPayoutSettings(ctx, { schedule: 'WEEKLY', thresholds: [{ currency: 'naira', minimum: 5n }] })))?.code).toBe('BAD_USER_INPUT');
  expect((await errorOf(setPayoutSettings(ctx, { schedule: 'WEEKLY', nextRunAt: new Date('2020-01-01') })))?.code).toBe('BAD_USER_INPUT');
});

describe('holds until delivery plus the return window, and bank details (decision 0031)', () => {
  const DAY = 86_400_000;
  /** Commerce's `ledger.payout_hold.requested` for one vendor order, applied as the consumer does. */
  const hold = (T: string, payload: Record<string, unknown>) => applyHold(prisma, T, parseHoldPayload({ currency: 'NGN', at: new Date().toISOString(), ...payload }));
  const vo = (vendorOrderId: string, vendorId: string, amount: bigint) => [{ vendorOrderId, vendorId, amount: amount.toString() }];

  /** A vendor order paid (ORDER_PAID posted and the hold recorded), as commerce does in one transaction. */
  async function paidOrder(T: string, vendor: string, goods: bigint) {
    const req = orderPaid(T, vendor, { goods, tax: 0n });
    await postJournalEntry(prisma, req);
    const vendorOrderId = uuidv7();
    await hold(T, { action: 'PAID', orderId: req.reference.id, vendorOrders: vo(vendorOrderId, vendor, goods) });
    return { orderId: req.reference.id, vendorOrderId };
  }

  it('pays only delivered orders whose return window has passed (clock injected)', async () => {
    const { T, ctx } = book();
    const vendor = await payeeVendor(prisma, T);
    const undelivered = await paidOrder(T, vendor, 30_000n);
    const delivered = await paidOrder(T, vendor, 20_000n);
    const deliveredAt = new Date('2026-03-01T12:00:00Z');
    await hold(T, { action: 'DELIVERED', orderId: delivered.orderId, at: deliveredAt.toISOString(), vendorOrders: vo(delivered.vendorOrderId, vendor, 20_000n) });
    // A redelivery of the same event, later, does not restart the window.
    await hold(T, { action: 'DELIVERED', orderId: delivered.orderId, at: new Date(deliveredAt.getTime() + 5 * DAY).toISOString(), vendorOrders: vo(delivered.vendorOrderId, vendor, 20_000n) });

    // Inside the window (6 days later): everything is held, no batch.
    const within = new Date(deliveredAt.getTime() + 6 * DAY);
    const refused = await errorOf(createPayoutBatch(ctx, 'NGN', { now: within }));
    expect(refused?.code).toBe('BAD_USER_INPUT');
    expect(refused?.message).toMatch(/held back/);
    const plan = await payoutPlan(ctx, 'NGN', within);
    expect(plan).toEqual([expect.objectContaining({ ownerId: vendor, balance: 50_000n, held: 50_000n, payable: 0n, reason: expect.stringMatching(/1 order\(s\) not yet delivered, 1 order\(s\) inside the 7-day return window/) })]);

    // The window passed: the delivered order is paid, the undelivered one still held.
    const after = new Date(deliveredAt.getTime() + 7 * DAY + 1);
    const batch = await createPayoutBatch(ctx, 'NGN', { now: after });
    const items = await prisma.payoutItem.findMany({ where: { batchId: batch.id }, include: { account: true } });
    expect(items.map((i) => [i.account.ownerId, i.amount, i.heldAmount, i.bankName, i.accountLast4])).toEqual([[vendor, 20_000n, 30_000n, 'Test Bank', '6789']]);
    expect(await ledgerBalance(prisma, account(T, 'VENDOR', vendor, 'VENDOR_PAYABLE'))).toBe(30_000n);
    void undelivered;
  });

  it('reduces the hold by refunds, once per refund however often it is delivered', async () => {
    const { T, ctx } = book();
    const vendor = await payeeVendor(prisma, T);
    const other = await paidOrder(T, vendor, 10_000n);
    const o = await paidOrder(T, vendor, 40_000n);
    const refundId = uuidv7();
    // The refund's REFUND posting and its hold request (delivered twice: at least once).
    await postJournalEntry(prisma, { ...orderPaid(T, vendor, { goods: 15_000n, tax: 0n, key: `refund:${refundId}` }), kind: 'REFUND', lines: [
      { account: account(T, 'VENDOR', vendor, 'VENDOR_PAYABLE'), side: 'DEBIT', amount: 15_000n },
      { account: account(T, 'TENANT', T, 'PAYMENT_CLEARING'), side: 'CREDIT', amount: 15_000n },
    ] });
    for (let i = 0; i < 2; i++) await hold(T, { action: 'REFUNDED', orderId: o.orderId, refundId, vendorOrders: vo(o.vendorOrderId, vendor, 15_000n) });
    expect((await prisma.payoutHold.findFirstOrThrow({ where: { tenantId: T, vendorOrderId: o.vendorOrderId } })).refunded).toBe(15_000n);
    // Balance 35,000; held 10,000 + (40,000 - 15,000) = 35,000: nothing due.
    expect((await payoutPlan(ctx, 'NGN'))[0]).toMatchObject({ balance: 35_000n, held: 35_000n, payable: 0n });
    // The other order delivered long ago: its 10,000 is paid.
    await hold(T, { action: 'DELIVERED', orderId: other.orderId, at: new Date(Date.now() - 30 * DAY).toISOString(), vendorOrders: vo(other.vendorOrderId, vendor, 10_000n) });
    const batch = await createPayoutBatch(ctx, 'NGN');
    expect(batch.total).toBe(10_000n);
  });

  it('holds out a vendor without bank details, saying why, and pays the others', async () => {
    const { T, ctx } = book();
    const noBank = await payeeVendor(prisma, T, { bank: false });
    const banked = await payeeVendor(prisma, T, { accountNumber: '9876543210' });
    await postJournalEntry(prisma, orderPaid(T, noBank, { goods: 5_000n, tax: 0n }));
    await postJournalEntry(prisma, orderPaid(T, banked, { goods: 7_000n, tax: 0n }));
    // Not a vendor catalog knows (suspended ones are hidden from services too): nowhere to pay to.
    const unknown = uuidv7();
    await postJournalEntry(prisma, orderPaid(T, unknown, { goods: 2_000n, tax: 0n }));
    const batch = await createPayoutBatch(ctx, 'NGN');
    const items = await prisma.payoutItem.findMany({ where: { batchId: batch.id }, include: { account: true } });
    expect(items.map((i) => [i.account.ownerId, i.amount, i.accountLast4])).toEqual([[banked, 7_000n, '3210']]);
    expect(batch.heldBack).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ownerId: noBank, balance: '5000', held: '0', reason: expect.stringMatching(/No payout bank details/) }),
        expect.objectContaining({ ownerId: unknown, balance: '2000', reason: expect.stringMatching(/Not an approved vendor/) }),
      ]),
    );
    expect((batch.heldBack as unknown[]).length).toBe(2);
    expect(await ledgerBalance(prisma, account(T, 'VENDOR', noBank, 'VENDOR_PAYABLE'))).toBe(5_000n);
  });

  it("pays a seller outside the catalogue (a bus operator's ticket sales, owned by its tenant id) by arrangement, without bank details", async () => {
    const { T, ctx } = book();
    const operator = await tenantId(prisma, 'abc-transport');
    await postJournalEntry(prisma, orderPaid(T, operator, { goods: 9_000n, tax: 0n }));
    const plan = await payoutPlan(ctx, 'NGN');
    expect(plan).toEqual([expect.objectContaining({ ownerId: operator, payable: 9_000n, bank: null, reason: null })]);
    const batch = await createPayoutBatch(ctx, 'NGN');
    const items = await prisma.payoutItem.findMany({ where: { batchId: batch.id }, include: { account: true } });
    expect(items.map((i) => [i.account.ownerId, i.amount, i.bankName])).toEqual([[operator, 9_000n, null]]);
    expect(batch.heldBack).toEqual([]);
  });
});
