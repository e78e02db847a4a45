/**
 * Commissions end to end in the stack: commerce's events are written to the outbox exactly as commerce
 * writes them, mlas's dispatcher consumes them, and the ledger posting requests it writes are checked line
 * by line — once per key even when an event is delivered twice — through disputes (hold, release) and
 * partial and full refunds (clawbacks exact, never more than was shared). When the ledger consumes the
 * requests in the stack, its balances must agree.
 */
import { TOPICS, type PrismaClient } from '@webwaka/kit';
import { startStack, type TestStack } from '../../../test/support/stack';
import { T, U } from '../../../test/support/demo';
import { gql } from '../../../test/support/graphql';
import {
  createChain,
  delivered,
  disputePayload,
  emit,
  netCredits,
  orderPaidPayload,
  orderRefundedPayload,
  payload,
  postings,
  signIn,
  type OrderPaidPayload,
  type PostingRequest,
} from './support';

let s: TestStack;
let prisma: PrismaClient;
const MARKET = T(5);
const STORE = T(4);
const PARTNER = T(2);
const PLATFORM = T(1);
const AGENT_USER = U(5);
const UPLINE_USER = U(8);
const CUSTOMER = U(7);

beforeAll(async () => {
  s = await startStack({ demoProducts: 0 });
  prisma = s.stack.prisma;
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

async function send(tenant: string, topic: Parameters<typeof emit>[2], payload: object, times = 1) {
  const ids: string[] = [];
  for (let i = 0; i < times; i++) ids.push(await emit(prisma, tenant, topic, payload));
  await delivered(prisma, ids);
}

const forOrder = (order: OrderPaidPayload) => (key: string) => order.vendorOrders.some((v) => key.includes(v.vendorOrderId));
const sumLines = (p: PostingRequest, side: 'DEBIT' | 'CREDIT') => p.lines.filter((l) => l.side === side).reduce((t, l) => t + BigInt(l.amount), 0n);

/** "PURPOSE:owner" credits of one vendor order's shares in the naija-market demo tree. */
const acct = {
  platform: `PLATFORM_REVENUE:${PLATFORM}`,
  partner: `PARTNER_PAYABLE:${PARTNER}`,
  client: `CLIENT_REVENUE:${MARKET}`,
  agent: `AGENT_COMMISSION_PAYABLE:${AGENT_USER}`,
  upline: `AGENT_COMMISSION_PAYABLE:${UPLINE_USER}`,
  vendor: (id: string) => `VENDOR_PAYABLE:${id}`,
};

describe('an order paid with a referral code (naija-market: HYBRID model, agent under an upline)', () => {
  let order: OrderPaidPayload;
  let vo1: OrderPaidPayload['vendorOrders'][number];
  let vo2: OrderPaidPayload['vendorOrders'][number];

  beforeAll(async () => {
    order = orderPaidPayload({
      referralCode: 'musa-njm',
      customer: { userId: CUSTOMER, email: 'customer@webwaka.test' },
      visitor: { visitorId: 'visitor-e2e-0001', ip: '102.89.1.1', deviceId: 'dev-customer' },
      vendorOrders: [
        { subtotal: 1_000_100n, commissionBps: 1000 }, // pool 100010
        { subtotal: 12_345n, commissionBps: 800 }, // pool 987.6 → 988
        { subtotal: 50_000n, commissionBps: 0 }, // no pool
      ],
    });
    [vo1, vo2] = order.vendorOrders;
    // Delivered twice (at-least-once): the second delivery must change nothing.
    await send(MARKET, TOPICS.COMMERCE_ORDER_PAID, order, 2);
  });

  it('attributes the order to the cart code’s agent, once', async () => {
    const rows = await prisma.commissionOrder.findMany({ where: { tenantId: MARKET, orderId: order.orderId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ attribution: 'CART_CODE', abuseReason: null });
    expect(await prisma.commissionSplit.count({ where: { orderId: order.orderId } })).toBe(2);
  });

  it('names the order on its commission lines by number (back office), for the agent too', async () => {
    const q = 'query ($o: ID) { commissions(first: 50, filter: { orderId: $o }) { edges { node { orderId orderNumber } } } }';
    const lines = (await gql(s.gatewayUrl, q, { o: order.orderId }, await signIn(s, 'naija-market', 'client'))).data!.commissions.edges.map((e: any) => e.node);
    expect(lines.length).toBe(10);
    expect(new Set(lines.map((l: any) => l.orderNumber))).toEqual(new Set([order.orderNumber]));
    const mine = await gql(s.gatewayUrl, '{ myCommissions(first: 50) { edges { node { orderId orderNumber } } } }', {}, await signIn(s, 'naija-market', 'agent'));
    expect(mine.data!.myCommissions.edges.map((e: any) => e.node).filter((n: any) => n.orderId === order.orderId)).toEqual([
      { orderId: order.orderId, orderNumber: order.orderNumber },
      { orderId: order.orderId, orderNumber: order.orderNumber },
    ]);
  });

  it('stores exact shares: platform, partner, agent, upline, and the client as residual', async () => {
    const lines = await prisma.commission.findMany({ where: { orderId: order.orderId }, orderBy: { id: 'asc' } });
    const of = (vo: string) => lines.filter((l) => l.vendorOrderId === vo).map((l) => [l.beneficiary, l.level, l.beneficiaryId, l.amount, l.status]);
    expect(of(vo1.vendorOrderId)).toEqual([
      ['PLATFORM', 0, PLATFORM, 15_002n, 'POSTED'],
      ['PARTNER', 0, PARTNER, 15_001n, 'POSTED'],
      ['AGENT', 1, AGENT_USER, 20_002n, 'POSTED'],
      ['AGENT', 2, UPLINE_USER, 10_001n, 'POSTED'],
      ['CLIENT', 0, MARKET, 40_004n, 'POSTED'],
    ]);
    expect(of(vo2.vendorOrderId)).toEqual([
      ['PLATFORM', 0, PLATFORM, 148n, 'POSTED'],
      ['PARTNER', 0, PARTNER, 148n, 'POSTED'],
      ['AGENT', 1, AGENT_USER, 198n, 'POSTED'],
      ['AGENT', 2, UPLINE_USER, 99n, 'POSTED'],
      ['CLIENT', 0, MARKET, 395n, 'POSTED'],
    ]);
  });

  it('requests one balanced COMMISSION posting per vendor order with a pool, even when delivered twice', async () => {
    const reqs = await postings(prisma, MARKET, forOrder(order));
    expect(reqs.map((r) => [r.idempotencyKey, r.kind, r.currency])).toEqual([
      [`commission:${vo1.vendorOrderId}`, 'COMMISSION', 'NGN'],
      [`commission:${vo2.vendorOrderId}`, 'COMMISSION', 'NGN'],
    ]);
    for (const r of reqs) expect(sumLines(r, 'DEBIT')).toBe(sumLines(r, 'CREDIT'));
    const [p1] = reqs;
    expect(p1.lines).toEqual([
      { account: { tenantId: MARKET, ownerType: 'VENDOR', ownerId: vo1.vendorId, purpose: 'VENDOR_PAYABLE' }, side: 'DEBIT', amount: '100010', memo: expect.any(String) },
      { account: { tenantId: PLATFORM, ownerType: 'PLATFORM', ownerId: PLATFORM, purpose: 'PLATFORM_REVENUE' }, side: 'CREDIT', amount: '15002', memo: expect.any(String) },
      { account: { tenantId: PARTNER, ownerType: 'TENANT', ownerId: PARTNER, purpose: 'PARTNER_PAYABLE' }, side: 'CREDIT', amount: '15001', memo: expect.any(String) },
      { account: { tenantId: MARKET, ownerType: 'AGENT', ownerId: AGENT_USER, purpose: 'AGENT_COMMISSION_PAYABLE' }, side: 'CREDIT', amount: '20002', memo: expect.any(String) },
      { account: { tenantId: MARKET, ownerType: 'AGENT', ownerId: UPLINE_USER, purpose: 'AGENT_COMMISSION_PAYABLE' }, side: 'CREDIT', amount: '10001', memo: expect.any(String) },
      { account: { tenantId: MARKET, ownerType: 'TENANT', ownerId: MARKET, purpose: 'CLIENT_REVENUE' }, side: 'CREDIT', amount: '40004', memo: expect.any(String) },
    ]);
  });

  it('holds posted commissions while disputed (reversal), ignores repeats, and releases them when closed', async () => {
    const opened = new Date();
    await send(MARKET, TOPICS.COMMERCE_ORDER_DISPUTE_CHANGED, disputePayload(order.orderId, true, opened), 2);
    expect(new Set((await prisma.commission.findMany({ where: { orderId: order.orderId } })).map((c) => c.status))).toEqual(new Set(['HELD']));
    let reqs = await postings(prisma, MARKET, forOrder(order));
    const holds = reqs.filter((r) => r.idempotencyKey.startsWith('commission-hold:'));
    expect(holds.map((r) => [r.idempotencyKey, r.kind, r.reversesIdempotencyKey])).toEqual([
      [`commission-hold:${vo1.vendorOrderId}:1`, 'COMMISSION_CLAWBACK', `commission:${vo1.vendorOrderId}`],
      [`commission-hold:${vo2.vendorOrderId}:1`, 'COMMISSION_CLAWBACK', `commission:${vo2.vendorOrderId}`],
    ]);
    // While held, nothing is payable to anyone from this order.
    expect(netCredits(reqs)).toEqual({});

    // An older event arriving late changes nothing.
    await send(MARKET, TOPICS.COMMERCE_ORDER_DISPUTE_CHANGED, disputePayload(order.orderId, false, new Date(opened.getTime() - 60_000)));
    expect(await postings(prisma, MARKET, forOrder(order))).toHaveLength(4);

    await send(MARKET, TOPICS.COMMERCE_ORDER_DISPUTE_CHANGED, disputePayload(order.orderId, false, new Date(opened.getTime() + 1000)));
    reqs = await postings(prisma, MARKET, forOrder(order));
    expect(reqs.slice(4).map((r) => [r.idempotencyKey, r.kind])).toEqual([
      [`commission-release:${vo1.vendorOrderId}:1`, 'COMMISSION'],
      [`commission-release:${vo2.vendorOrderId}:1`, 'COMMISSION'],
    ]);
    expect(netCredits(reqs)).toEqual({
      [acct.platform]: 15_002n + 148n,
      [acct.partner]: 15_001n + 148n,
      [acct.agent]: 20_002n + 198n,
      [acct.upline]: 10_001n + 99n,
      [acct.client]: 40_004n + 395n,
      [acct.vendor(vo1.vendorId)]: -100_010n,
      [acct.vendor(vo2.vendorId)]: -988n,
    });
    expect(new Set((await prisma.commission.findMany({ where: { orderId: order.orderId } })).map((c) => c.status))).toEqual(new Set(['POSTED']));
  });

  it('claws back in proportion on partial refunds (once per refund) and exactly everything on the full refund', async () => {
    // Half of vendor order 1's goods: each line's half, rounded half-up.
    const half = orderRefundedPayload(order, [{ vendorOrderId: vo1.vendorOrderId, subtotal: 500_050n }]);
    await send(MARKET, TOPICS.COMMERCE_ORDER_REFUNDED, half, 2);
    let reqs = await postings(prisma, MARKET, (k) => k === `clawback:${half.refundId}`);
    expect(reqs).toHaveLength(1);
    expect(reqs[0].kind).toBe('COMMISSION_CLAWBACK');
    expect(reqs[0].reversesIdempotencyKey).toBe(`commission-release:${vo1.vendorOrderId}:1`);
    expect(netCredits(reqs)).toEqual({
      [acct.platform]: -7501n, // 7501.0
      [acct.partner]: -7501n, // 7500.5 → 7501
      [acct.agent]: -10_001n,
      [acct.upline]: -5001n, // 5000.5 → 5001
      [acct.client]: -20_002n,
      [acct.vendor(vo1.vendorId)]: 50_006n,
    });

    // A quarter more (cumulative three quarters): the difference between cumulative targets.
    const quarter = orderRefundedPayload(order, [{ vendorOrderId: vo1.vendorOrderId, subtotal: 250_025n }]);
    await send(MARKET, TOPICS.COMMERCE_ORDER_REFUNDED, quarter);
    reqs = await postings(prisma, MARKET, (k) => k === `clawback:${quarter.refundId}`);
    expect(netCredits(reqs)).toEqual({
      [acct.platform]: -(11_252n - 7501n), // 11251.5 → 11252
      [acct.partner]: -(11_251n - 7501n), // 11250.75
      [acct.agent]: -(15_002n - 10_001n), // 15001.5
      [acct.upline]: -(7501n - 5001n), // 7500.75
      [acct.client]: -(30_003n - 20_002n),
      [acct.vendor(vo1.vendorId)]: 75_009n - 50_006n,
    });

    // Refunds beyond what was sold never claw back more than was shared.
    const tooMuch = orderRefundedPayload(order, [{ vendorOrderId: vo1.vendorOrderId, subtotal: 900_000n }]);
    await send(MARKET, TOPICS.COMMERCE_ORDER_REFUNDED, tooMuch);
    const full = orderRefundedPayload(order, [{ vendorOrderId: vo2.vendorOrderId, subtotal: 1n }], true);
    await send(MARKET, TOPICS.COMMERCE_ORDER_REFUNDED, full);

    // Everything this order ever posted now nets to zero, account by account.
    expect(netCredits(await postings(prisma, MARKET, forOrder(order)).then(async (own) => [...own, ...(await postings(prisma, MARKET, (k) => [half, quarter, tooMuch, full].some((r) => k === `clawback:${r.refundId}`)))]))).toEqual({});
    const lines = await prisma.commission.findMany({ where: { orderId: order.orderId } });
    expect(lines.every((l) => l.clawedBack === l.amount)).toBe(true);
    const clawbacks = await prisma.commissionClawback.findMany({ where: { orderId: order.orderId }, orderBy: { id: 'asc' } });
    expect(clawbacks.map((c) => c.amount)).toEqual([50_006n, 25_003n, 25_001n, 988n]);
    expect(clawbacks.reduce((t, c) => t + c.amount, 0n)).toBe(100_010n + 988n);
  });
});

describe('disputes around payment', () => {
  it('a dispute announced before the paid event holds the commission unposted; closing it posts it (net of refunds meanwhile)', async () => {
    const order = orderPaidPayload({ referralCode: 'MUSA-NJM', vendorOrders: [{ subtotal: 10_000n, commissionBps: 1000 }] });
    const [vo] = order.vendorOrders;
    const opened = new Date(Date.now() - 5000);
    await send(MARKET, TOPICS.COMMERCE_ORDER_DISPUTE_CHANGED, disputePayload(order.orderId, true, opened));
    await send(MARKET, TOPICS.COMMERCE_ORDER_PAID, order);
    expect((await prisma.commissionSplit.findFirstOrThrow({ where: { vendorOrderId: vo.vendorOrderId } })).status).toBe('HELD');
    expect(await postings(prisma, MARKET, (k) => k.includes(vo.vendorOrderId))).toEqual([]);

    // A 40% refund while held: recorded, nothing to post.
    const refund = orderRefundedPayload(order, [{ vendorOrderId: vo.vendorOrderId, subtotal: 4000n }]);
    await send(MARKET, TOPICS.COMMERCE_ORDER_REFUNDED, refund);
    expect(await prisma.commissionClawback.findFirstOrThrow({ where: { refundId: refund.refundId } })).toMatchObject({ amount: 400n, postedAmount: 0n });
    expect(await postings(prisma, MARKET, (k) => k === `clawback:${refund.refundId}`)).toEqual([]);

    await send(MARKET, TOPICS.COMMERCE_ORDER_DISPUTE_CHANGED, disputePayload(order.orderId, false, new Date()));
    const reqs = await postings(prisma, MARKET, (k) => k.includes(vo.vendorOrderId));
    expect(reqs.map((r) => r.idempotencyKey)).toEqual([`commission:${vo.vendorOrderId}`]);
    // HYBRID, pool 1000, two agent levels: 150/150/200/100/400, 60% of each remains.
    expect(netCredits(reqs)).toEqual({
      [acct.platform]: 90n,
      [acct.partner]: 90n,
      [acct.agent]: 120n,
      [acct.upline]: 60n,
      [acct.client]: 240n,
      [acct.vendor(vo.vendorId)]: -600n,
    });
  });
});

describe('no agent, abuse, and stores', () => {
  it('without a code or touches, the agent levels go to the residual (the client)', async () => {
    const order = orderPaidPayload({ customer: { userId: CUSTOMER, email: 'customer@webwaka.test' }, vendorOrders: [{ subtotal: 10_000n, commissionBps: 1000 }] });
    await send(MARKET, TOPICS.COMMERCE_ORDER_PAID, order);
    expect(await prisma.commissionOrder.findFirstOrThrow({ where: { orderId: order.orderId } })).toMatchObject({ attribution: 'NONE', agentId: null });
    const vo = order.vendorOrders[0];
    expect(netCredits(await postings(prisma, MARKET, (k) => k.includes(vo.vendorOrderId)))).toEqual({
      [acct.platform]: 150n,
      [acct.partner]: 150n,
      [acct.client]: 700n,
      [acct.vendor(vo.vendorId)]: -1000n,
    });
  });

  it('a self-referral pays no agent: the agent lines are FLAGGED with the reason and the residual takes them', async () => {
    const order = orderPaidPayload({ referralCode: 'MUSA-NJM', customer: { userId: AGENT_USER, email: 'agent@webwaka.test' }, vendorOrders: [{ subtotal: 10_000n, commissionBps: 1000 }] });
    await send(MARKET, TOPICS.COMMERCE_ORDER_PAID, order);
    expect(await prisma.commissionOrder.findFirstOrThrow({ where: { orderId: order.orderId } })).toMatchObject({ attribution: 'CART_CODE', abuseReason: 'SELF_REFERRAL_USER' });
    const lines = await prisma.commission.findMany({ where: { orderId: order.orderId }, orderBy: { id: 'asc' } });
    expect(lines.map((l) => [l.beneficiary, l.level, l.amount, l.status, l.flagReason])).toEqual([
      ['PLATFORM', 0, 150n, 'POSTED', null],
      ['PARTNER', 0, 150n, 'POSTED', null],
      ['CLIENT', 0, 700n, 'POSTED', null],
      ['AGENT', 1, 200n, 'FLAGGED', 'SELF_REFERRAL_USER'],
      ['AGENT', 2, 100n, 'FLAGGED', 'SELF_REFERRAL_USER'],
    ]);
    const vo = order.vendorOrders[0];
    const reqs = await postings(prisma, MARKET, (k) => k.includes(vo.vendorOrderId));
    expect(reqs.flatMap((r) => r.lines.map((l) => l.account.purpose))).not.toContain('AGENT_COMMISSION_PAYABLE');
    expect(netCredits(reqs)).toEqual({ [acct.platform]: 150n, [acct.partner]: 150n, [acct.client]: 700n, [acct.vendor(vo.vendorId)]: -1000n });

    // A full refund takes back what was posted, and never touches the withheld lines.
    const refund = orderRefundedPayload(order, [{ vendorOrderId: vo.vendorOrderId, subtotal: 10_000n }], true);
    await send(MARKET, TOPICS.COMMERCE_ORDER_REFUNDED, refund);
    expect(netCredits(await postings(prisma, MARKET, (k) => k.includes(vo.vendorOrderId) || k === `clawback:${refund.refundId}`))).toEqual({});
    const after = await prisma.commission.findMany({ where: { orderId: order.orderId, status: 'FLAGGED' } });
    expect(after.map((l) => l.clawedBack)).toEqual([0n, 0n]);
  });

  it('a store order (commission 0) is recorded and attributed but shares nothing', async () => {
    const order = orderPaidPayload({ referralCode: 'MUSA-ADE', vendorOrders: [{ subtotal: 25_000n, commissionBps: 0 }] });
    await send(STORE, TOPICS.COMMERCE_ORDER_PAID, order);
    expect(await prisma.commissionOrder.findFirstOrThrow({ where: { tenantId: STORE, orderId: order.orderId } })).toMatchObject({ attribution: 'CART_CODE' });
    expect(await prisma.commissionSplit.count({ where: { orderId: order.orderId } })).toBe(0);
    expect(await postings(prisma, STORE, (k) => k.includes(order.vendorOrders[0].vendorOrderId))).toEqual([]);
  });

  it('a refund that arrives before its order was processed waits (retried), then claws back', async () => {
    const order = orderPaidPayload({ vendorOrders: [{ subtotal: 10_000n, commissionBps: 1000 }] });
    const refund = orderRefundedPayload(order, [{ vendorOrderId: order.vendorOrders[0].vendorOrderId, subtotal: 10_000n }], true);
    const refundEvent = await emit(prisma, MARKET, TOPICS.COMMERCE_ORDER_REFUNDED, refund);
    // Let the dispatcher try (and fail) first.
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && !(await prisma.outboxEvent.findUniqueOrThrow({ where: { id: refundEvent } })).lastError) await new Promise((r) => setTimeout(r, 100));
    expect((await prisma.outboxEvent.findUniqueOrThrow({ where: { id: refundEvent } })).lastError).toMatch(/not been processed yet/);
    await send(MARKET, TOPICS.COMMERCE_ORDER_PAID, order);
    await delivered(prisma, [refundEvent], 30_000);
    expect(netCredits(await postings(prisma, MARKET, (k) => k.includes(order.vendorOrders[0].vendorOrderId) || k === `clawback:${refund.refundId}`))).toEqual({});
  });
});

describe('a tenant’s own model, managed through the gateway', () => {
  const MODEL = 'mutation ($i: CreateRevenueModelInput!) { createRevenueModel(input: $i) { revenueModel { id preset shares { beneficiary level bps } residual } userErrors { code field } } }';
  let admin: Record<string, string>;
  beforeAll(async () => {
    admin = await signIn(s, 'naija-market', 'client');
  });

  it('refuses invalid models and changes to presets', async () => {
    const bad = async (shares: object[]) => (await gql(s.gatewayUrl, MODEL, { i: { name: 'bad', residual: 'CLIENT', shares } }, admin)).data!.createRevenueModel.userErrors.map((e: any) => e.code);
    expect(await bad([{ beneficiary: 'AGENT', level: 2, bps: 100 }])).toEqual(['BAD_USER_INPUT']);
    expect(await bad([{ beneficiary: 'PLATFORM', bps: 6000 }, { beneficiary: 'PARTNER', bps: 4001 }])).toEqual(['BAD_USER_INPUT']);
    const presets = (await gql(s.gatewayUrl, '{ revenueModels { id preset } }', {}, admin)).data!.revenueModels.filter((m: any) => m.preset);
    const r = await gql(s.gatewayUrl, 'mutation ($id: ID!) { updateRevenueModel(input: { id: $id, name: "mine" }) { userErrors { code } } }', { id: presets[0].id }, admin);
    expect(r.data!.updateRevenueModel.userErrors).toEqual([{ code: 'FORBIDDEN' }]);
  });

  it('shares the next order along a five-level agent tree by the assigned model', async () => {
    const created = payload(
      await gql(s.gatewayUrl, MODEL, {
        i: {
          name: 'Five levels',
          residual: 'PARTNER',
          shares: [
            { beneficiary: 'AGENT', level: 1, bps: 1500 },
            { beneficiary: 'AGENT', level: 2, bps: 1000 },
            { beneficiary: 'AGENT', level: 3, bps: 700 },
            { beneficiary: 'AGENT', level: 4, bps: 300 },
            { beneficiary: 'AGENT', level: 5, bps: 100 },
            { beneficiary: 'PLATFORM', bps: 1234 },
          ],
        },
      }, admin),
      'createRevenueModel',
    ).revenueModel;
    expect(created.preset).toBeNull();
    payload(await gql(s.gatewayUrl, 'mutation ($id: ID!) { assignRevenueModel(id: $id) { revenueModel { id } userErrors { code } } }', { id: created.id }, admin), 'assignRevenueModel');
    expect((await gql(s.gatewayUrl, '{ revenueModel { id } }', {}, admin)).data!.revenueModel.id).toBe(created.id);

    const chain = await createChain(prisma, MARKET, 5);
    const order = orderPaidPayload({ referralCode: chain[0].code, vendorOrders: [{ subtotal: 10_010n, commissionBps: 1000 }] }); // pool 1001
    await send(MARKET, TOPICS.COMMERCE_ORDER_PAID, order);
    const vo = order.vendorOrders[0];
    const agentAcct = (i: number) => `AGENT_COMMISSION_PAYABLE:${chain[i].userId}`;
    expect(netCredits(await postings(prisma, MARKET, (k) => k.includes(vo.vendorOrderId)))).toEqual({
      [agentAcct(0)]: 150n,
      [agentAcct(1)]: 100n,
      [agentAcct(2)]: 70n,
      [agentAcct(3)]: 30n,
      [agentAcct(4)]: 10n,
      [acct.platform]: 124n,
      [acct.partner]: 517n,
      [acct.vendor(vo.vendorId)]: -1001n,
    });
    const hybrid = (await gql(s.gatewayUrl, '{ revenueModels { id preset } }', {}, admin)).data!.revenueModels.find((m: any) => m.preset === 'HYBRID');
    payload(await gql(s.gatewayUrl, 'mutation ($id: ID!) { assignRevenueModel(id: $id) { revenueModel { id } userErrors { code } } }', { id: hybrid.id }, admin), 'assignRevenueModel');
  });
});

describe('the ledger, consuming the requests in the stack', () => {
  it('posts every commission request exactly once, rejects none, and its balances equal the requests', async () => {
    const rows = await prisma.outboxEvent.findMany({ where: { topic: TOPICS.LEDGER_POSTING_REQUESTED } });
    const mine = rows.map((r) => ({ tenantId: r.tenantId, request: r.payload as unknown as PostingRequest })).filter((r) => /^(commission|clawback)/.test(r.request.idempotencyKey));
    const keyOf = (r: { tenantId: string; request: PostingRequest }) => `${r.tenantId}/${r.request.idempotencyKey}`;
    let entries: { tenantId: string; idempotencyKey: string }[] = [];
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      entries = await prisma.journalEntry.findMany({ where: { idempotencyKey: { in: mine.map((r) => r.request.idempotencyKey) } }, select: { tenantId: true, idempotencyKey: true } });
      if (entries.length >= mine.length) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(entries.map((e) => `${e.tenantId}/${e.idempotencyKey}`).sort()).toEqual(mine.map(keyOf).sort());
    expect(await prisma.rejectedPosting.count({ where: { idempotencyKey: { in: mine.map((r) => r.request.idempotencyKey) } } })).toBe(0);

    // Every account MLAS moved holds exactly the net of MLAS's requests (all of them credit-normal).
    const expected = new Map<string, bigint>();
    for (const { request } of mine) {
      for (const l of request.lines) {
        const k = [l.account.tenantId, l.account.ownerType, l.account.ownerId, l.account.purpose].join('/');
        expected.set(k, (expected.get(k) ?? 0n) + (l.side === 'CREDIT' ? 1n : -1n) * BigInt(l.amount));
      }
    }
    const accounts = await prisma.ledgerAccount.findMany({ where: { currency: 'NGN', OR: [...expected.keys()].map((k) => { const [tenantId, ownerType, ownerId, purpose] = k.split('/'); return { tenantId, ownerType: ownerType as any, ownerId, purpose: purpose as any }; }) } });
    expect(Object.fromEntries(accounts.map((a) => [[a.tenantId, a.ownerType, a.ownerId, a.purpose].join('/'), a.balance]))).toEqual(Object.fromEntries(expected));
    // The demo agent's payable: HYBRID level 1 of the orders that paid an agent and were not refunded in full.
    expect(expected.get([MARKET, 'AGENT', AGENT_USER, 'AGENT_COMMISSION_PAYABLE'].join('/'))).toBe(120n);
  });
});
