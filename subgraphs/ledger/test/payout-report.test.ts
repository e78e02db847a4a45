/**
 * The payouts report (issue 14, CB-2) against real rows: a batch of a fresh book pays three payees; one is
 * marked paid, one failed, one stays pending; the report adds the items up per payee and status exactly,
 * leaves out another book's items, and refuses a period that runs backwards with BAD_USER_INPUT.
 */
import { uuidv7, type PrismaClient } from '@webwaka/kit';
import { startStack, type TestStack } from '../../../test/support/stack';
import { assertLedgerInvariants } from '../../../test/support/ledger';
import { payoutReport } from '../src/services/payout-report';
import { postJournalEntry } from '../src/services/posting';
import { createPayoutBatch, markPayoutItemFailed, markPayoutItemPaid, submitPayoutBatch } from '../src/services/payouts';
import { commissionPosting, serviceContext } from './support';

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

const commission = (T: string, agentId: string, amount: bigint) => postJournalEntry(prisma, commissionPosting(T, agentId, amount));

it('adds up the period’s payout items per payee and status', async () => {
  const T = uuidv7();
  const ctx = serviceContext(s, T);
  const [paid, failed, pending] = [uuidv7(), uuidv7(), uuidv7()];
  await commission(T, paid, 3_000n);
  await commission(T, failed, 2_000n);
  await commission(T, pending, 1_000n);
  const from = new Date(Date.now() - 1000);
  const batch = await createPayoutBatch(ctx, 'NGN');
  await submitPayoutBatch(ctx, batch.id);
  const items = await prisma.payoutItem.findMany({ where: { batchId: batch.id }, include: { account: true } });
  const itemOf = (owner: string) => items.find((i) => i.account.ownerId === owner)!;
  await markPayoutItemPaid(ctx, itemOf(paid).id, 'NIP-1');
  await markPayoutItemFailed(ctx, itemOf(failed).id, 'account closed');
  const to = new Date(Date.now() + 1000);

  const rows = await payoutReport(ctx, { from, to });
  const row = (owner: string) => rows.find((r) => r.ownerId === owner && r.purpose === 'AGENT_COMMISSION_PAYABLE');
  expect(row(paid)).toMatchObject({ ownerType: 'AGENT', currency: 'NGN', items: 1, amount: 3_000n, paid: 3_000n, pending: 0n, failed: 0n });
  expect(row(paid)!.lastPaidAt).toBeInstanceOf(Date);
  expect(row(failed)).toMatchObject({ items: 1, amount: 2_000n, paid: 0n, failed: 2_000n, lastPaidAt: null });
  expect(row(pending)).toMatchObject({ items: 1, amount: 1_000n, pending: 1_000n });
  // Every item of the book in the period, and nothing else: the vendors' payables went out too.
  expect(rows.reduce((n, r) => n + r.items, 0)).toBe(items.length);
  expect(rows.reduce((n, r) => n + r.amount, 0n)).toBe(batch.total);
  // Another book, and this book before the period, have none of these items.
  expect(await payoutReport(serviceContext(s, uuidv7()), { from, to })).toEqual([]);
  expect(await payoutReport(ctx, { from: new Date(+from - 86_400_000), to: from })).toEqual([]);
});

it('refuses a period that ends before it starts, or spans more than three years', async () => {
  const ctx = serviceContext(s, uuidv7());
  const now = new Date();
  await expect(payoutReport(ctx, { from: now, to: new Date(+now - 1) })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  await expect(payoutReport(ctx, { from: new Date('2020-01-01'), to: new Date('2026-01-01') })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
});
