/**
 * The commissions report (issue 14, CB-2) against real rows: a paid marketplace order attributed to an
 * agent and an agent's ticket sale, processed as the events arrive; the report adds up the tenant's lines
 * of the period per beneficiary exactly as the lines sum in JavaScript, leaves out lines of another tenant
 * and of another period, and refuses a period that runs backwards with BAD_USER_INPUT.
 */
import type { PrismaClient } from '@webwaka/kit';
import { startStack, type TestStack } from '../../../test/support/stack';
import { T, U } from '../../../test/support/demo';
import { processOrderPaid } from '../src/services/commissions';
import { commissionReport } from '../src/services/reports';
import { processTicketSold } from '../src/services/tickets';
import { orderPaidPayload, serviceContext, stackPeers, ticketSoldPayload } from './support';

let s: TestStack;
let prisma: PrismaClient;
const MARKET = T(5);

beforeAll(async () => {
  s = await startStack({ demoProducts: 0 });
  prisma = s.stack.prisma;
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

it('adds up the period’s commission lines per beneficiary and currency', async () => {
  const from = new Date(Date.now() - 1000);
  const peers = stackPeers(s);
  await processOrderPaid(prisma, peers, MARKET, orderPaidPayload({ referralCode: 'MUSA-NJM', vendorOrders: [{ subtotal: 100_000n, commissionBps: 1000 }, { subtotal: 50_000n, commissionBps: 1000 }] }));
  await processTicketSold(prisma, peers, T(60), ticketSoldPayload({ channelTenantId: MARKET, agentUserId: U(5), amountPaid: 1_000_000n }));
  const to = new Date(Date.now() + 1000);

  const rows = await commissionReport(serviceContext(s, MARKET), { from, to });
  const lines = await prisma.commission.findMany({ where: { tenantId: MARKET, createdAt: { gte: from, lt: to } } });
  expect(lines.length).toBeGreaterThan(2);
  expect(rows.reduce((n, r) => n + r.lines, 0)).toBe(lines.length);
  for (const r of rows) {
    const mine = lines.filter((l) => l.beneficiary === r.beneficiary && l.level === r.level && l.beneficiaryId === r.beneficiaryId && l.currency === r.currency);
    const sum = (pick: (l: (typeof lines)[number]) => bigint) => mine.reduce((n, l) => n + pick(l), 0n);
    expect(r).toMatchObject({ lines: mine.length, amount: sum((l) => l.amount), clawedBack: sum((l) => l.clawedBack) });
    expect(r.held + r.posted + r.flagged).toBe(r.amount);
  }
  // The attributed agent (level 1) is named by its referral code here.
  expect(rows.find((r) => r.beneficiary === 'AGENT' && r.level === 1 && r.beneficiaryId === U(5))).toMatchObject({ agentCode: 'MUSA-NJM' });

  // Another tenant's report and another period hold none of these lines.
  const other = await commissionReport(serviceContext(s, T(4)), { from, to });
  expect(other.reduce((n, r) => n + r.lines, 0)).toBe(await prisma.commission.count({ where: { tenantId: T(4), createdAt: { gte: from, lt: to } } }));
  const before = await commissionReport(serviceContext(s, MARKET), { from: new Date(+from - 86_400_000), to: from });
  expect(before.reduce((n, r) => n + r.lines, 0)).toBe(await prisma.commission.count({ where: { tenantId: MARKET, createdAt: { gte: new Date(+from - 86_400_000), lt: from } } }));
});

it('refuses a period that ends before it starts, or spans more than three years', async () => {
  const ctx = serviceContext(s, MARKET);
  const now = new Date();
  await expect(commissionReport(ctx, { from: now, to: new Date(+now - 1) })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  await expect(commissionReport(ctx, { from: new Date('2020-01-01'), to: new Date('2026-01-01') })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
});
