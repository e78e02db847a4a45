/**
 * The payee's payout message (payout-messages.ts): marking a vendor's payout item paid records one
 * `payout.sent` to the vendor's e-mail in the same transaction, with the amount for people and the
 * transfer's reference; marking it again is refused and records nothing; a payee the ledger cannot
 * address (an agent) is not told. No payload holds the vendor's bank account number.
 */
import { formatMoney, TOPICS, uuidv7, type MessageRequestedPayload, type PrismaClient } from '@webwaka/kit';
import { startStack, type TestStack } from '../../../test/support/stack';
import { postJournalEntry } from '../src/services/posting';
import { createPayoutBatch, markPayoutItemPaid, submitPayoutBatch } from '../src/services/payouts';
import { commissionPosting, orderPaid, payeeVendor, serviceContext } from './support';

let s: TestStack;
let prisma: PrismaClient;
beforeAll(async () => {
  s = await startStack();
  prisma = s.stack.prisma;
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

const told = async (itemId: string) =>
  (await prisma.outboxEvent.findMany({ where: { topic: TOPICS.NOTIFICATIONS_MESSAGE_REQUESTED } })).map((e) => e.payload as unknown as MessageRequestedPayload).filter((m) => m.key === `payout.sent:${itemId}`);

it('a vendor paid is told once, by e-mail, with the amount and reference; an agent is not told', async () => {
  const T = uuidv7();
  const ctx = serviceContext(s, T);
  const vendor = await payeeVendor(prisma, T, { accountNumber: '0123456789' });
  const agent = uuidv7();
  await postJournalEntry(prisma, orderPaid(T, vendor, { goods: 1_250_000n, tax: 0n }));
  await postJournalEntry(prisma, commissionPosting(T, agent, 600_000n, 'NGN'));
  const batch = await createPayoutBatch(ctx, 'NGN');
  await submitPayoutBatch(ctx, batch.id);
  const items = await prisma.payoutItem.findMany({ where: { batchId: batch.id }, include: { account: true } });
  const toVendor = items.find((i) => i.account.ownerId === vendor)!;
  const toAgent = items.find((i) => i.account.ownerId === agent)!;

  await markPayoutItemPaid(ctx, toVendor.id, 'NIP-0042');
  const v = await prisma.vendor.findUniqueOrThrow({ where: { id: vendor } });
  const [m, ...more] = await told(toVendor.id);
  expect(more).toEqual([]);
  expect(m).toEqual({
    key: `payout.sent:${toVendor.id}`,
    tenantId: T,
    template: 'payout.sent',
    to: { email: v.email, name: v.name, userId: v.ownerUserId },
    channels: ['EMAIL'],
    variables: { vendorName: v.name, amount: formatMoney({ amount: toVendor.amount, currency: 'NGN' }), reference: 'NIP-0042' },
  });
  expect(m.variables.amount).toMatch(/^₦[\d,]+\.\d{2}$/);
  expect(JSON.stringify(m)).not.toContain('0123456789');

  await expect(markPayoutItemPaid(ctx, toVendor.id, 'NIP-0042')).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
  expect(await told(toVendor.id)).toHaveLength(1);

  await markPayoutItemPaid(ctx, toAgent.id, 'NIP-0043');
  expect(await told(toAgent.id)).toEqual([]);
});
