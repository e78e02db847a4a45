/**
 * Coupons at the till (decision 0071): the till's snapshot has the shop's coupons as hashes of their codes
 * (never a code) with their rules; a sale that applied one as the rules give is passed on with the coupon,
 * and commerce counts its use once with the order, even when the same batch is synced twice; a use past the
 * limit made offline is recorded and flagged, not refused; a forged discount, or another shop's coupon, is a
 * COUPON_MISMATCH conflict and its use is not counted; the coupon's part of a discount is not held against
 * the cashier's limit.
 */
import { sha256Hex, uuidv7 } from '@webwaka/kit';
import { couponShares } from '../src/services/sale-math';
import { gql } from '../../../test/support/graphql';
import type { TestStack } from '../../../test/support/stack';
import { addCashier, eventually, payload, pricedVariants, registerTill, signIn, startPosStack, sync, tenantId, TillEvents, SHOP, type Priced } from './support';

const MARKET = 'naija-market';
let s: TestStack;
let admin: Record<string, string>;

beforeAll(async () => {
  s = await startPosStack();
  admin = await signIn(s, SHOP, 'client');
}, 120_000);
afterAll(() => s?.stop());

const POS_COUPONS = '{ posCoupons { id codeHash kind percentBps amount currency minimumSpend productIds categoryIds vendorIds startsAt endsAt } }';

async function coupon(slug: string, code: string, data: { percentBps?: number; usageLimit?: number; minimumSpend?: bigint; kind?: 'PERCENTAGE' | 'FREE_SHIPPING' } = {}) {
  const prisma = s.stack.prisma;
  return prisma.coupon.create({
    data: {
      id: uuidv7(),
      tenantId: await tenantId(prisma, slug),
      code,
      codeKey: code.toUpperCase(),
      kind: data.kind ?? 'PERCENTAGE',
      percentBps: data.kind === 'FREE_SHIPPING' ? null : (data.percentBps ?? 1000),
      currency: 'NGN',
      usageLimit: data.usageLimit ?? null,
      minimumSpend: data.minimumSpend ?? null,
      fundedBy: slug === MARKET ? 'MARKETPLACE' : null,
    },
  });
}

/** The shares a till works out for a coupon on these lines (no cashier's discount). */
function shares(rule: Awaited<ReturnType<typeof coupon>>, lines: { item: Priced; quantity: number }[]) {
  const out = couponShares(
    { ...rule, startsAt: null, endsAt: null },
    'NGN',
    lines.map((l) => ({ productId: null, categoryId: null, vendorId: null, stated: l.item.unitPrice * BigInt(l.quantity) })),
    new Date(),
  );
  if (!out.ok) throw new Error(out.reason);
  return out.shares;
}

it('a till applies a coupon offline: counted once with the order, over the limit flagged, forged or foreign refused', async () => {
  const prisma = s.stack.prisma;
  const shop = await tenantId(prisma, SHOP);
  const till = await registerTill(s, admin, { name: 'Coupon counter' });
  const amaka = await addCashier(s, admin, { name: 'Amaka', pin: '2580', discountLimitBps: 0 });
  const [a, b] = await pricedVariants(s, till, 2);
  const tenOff = await coupon(SHOP, 'Till10', { percentBps: 1000, usageLimit: 2 });
  await coupon(SHOP, 'SHIPFREE', { kind: 'FREE_SHIPPING' });
  const foreign = await coupon(MARKET, 'MARKET10');
  const customer = (await gql(s.gatewayUrl, 'query ($e: String!) { posCustomer(email: $e) { id } }', { e: 'customer@webwaka.test' }, till.headers)).data!.posCustomer;

  // The snapshot: hashes and rules, never a code; a till's key only.
  const listed = await gql(s.gatewayUrl, POS_COUPONS, {}, till.headers);
  expect(listed.errors).toBeUndefined();
  const mine = listed.data!.posCoupons.find((c: any) => c.id === tenOff.id);
  expect(mine).toMatchObject({ codeHash: sha256Hex('TILL10'), kind: 'PERCENTAGE', percentBps: 1000 });
  expect(JSON.stringify(listed.data)).not.toMatch(/till10/i);
  expect(listed.data!.posCoupons.some((c: any) => c.id === foreign.id)).toBe(false);
  expect((await gql(s.gatewayUrl, POS_COUPONS, {}, admin)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

  const ev = new TillEvents();
  const session = uuidv7();
  const open = ev.open(session, amaka, 0n);
  const lines = [{ item: a, quantity: 2 }, { item: b, quantity: 1 }];
  const cash = (t: bigint) => [{ tender: 'CASH' as const, amount: t }];
  const first = ev.sale(session, amaka, lines, cash, { customerUserId: customer.id }, { couponId: tenOff.id, shares: shares(tenOff, lines) });
  const forged = ev.sale(session, amaka, lines, cash, {}, { couponId: tenOff.id, shares: shares(tenOff, lines).map((x) => x * 2n) });
  const second = ev.sale(session, amaka, [{ item: a, quantity: 1 }], cash, {}, { couponId: tenOff.id, shares: shares(tenOff, [{ item: a, quantity: 1 }]) });
  const third = ev.sale(session, amaka, [{ item: b, quantity: 1 }], cash, {}, { couponId: tenOff.id, shares: shares(tenOff, [{ item: b, quantity: 1 }]) });
  const marketCoupon = ev.sale(session, amaka, [{ item: b, quantity: 1 }], cash, {}, { couponId: foreign.id, shares: shares(foreign, [{ item: b, quantity: 1 }]) });
  const batch = [open, first.event, forged.event, second.event, third.event, marketCoupon.event];

  expect(payload(await sync(s, till, batch), 'syncPosBatch').results.map((r: any) => r.status)).toEqual(Array(6).fill('APPLIED'));
  // The same batch again (a tab closed before the answer): nothing happens twice.
  expect(payload(await sync(s, till, batch), 'syncPosBatch').results.map((r: any) => r.status)).toEqual(Array(6).fill('DUPLICATE'));

  const conflicts = await prisma.posConflict.findMany({ where: { deviceId: till.deviceId }, orderBy: { createdAt: 'asc' } });
  // A coupon's discount is the shop's, not the cashier's (limit 0%): no DISCOUNT_OVER_LIMIT for the honest sales.
  expect(conflicts.map((c) => [c.saleId, c.kind])).toEqual(
    expect.arrayContaining([
      [(forged.event as any).clientId, 'COUPON_MISMATCH'],
      [(marketCoupon.event as any).clientId, 'COUPON_MISMATCH'],
    ]),
  );
  expect(conflicts.filter((c) => c.kind === 'COUPON_MISMATCH')).toHaveLength(2);
  expect(conflicts.filter((c) => c.kind === 'DISCOUNT_OVER_LIMIT').map((c) => c.saleId)).toEqual([(forged.event as any).clientId, (marketCoupon.event as any).clientId]);

  // Commerce: three uses of a two-use coupon, each counted once; the one past the limit recorded and flagged.
  const uses = await eventually(() => prisma.couponRedemption.findMany({ where: { couponId: tenOff.id } }), (r) => r.length === 3);
  expect(uses.filter((u) => u.overLimit)).toHaveLength(1);
  expect(new Set(uses.map((u) => u.posSaleId))).toEqual(new Set([first, second, third].map((x) => (x.event as any).clientId)));
  expect((await prisma.coupon.findUniqueOrThrow({ where: { id: tenOff.id } })).used).toBe(2);
  expect(await prisma.couponRedemption.count({ where: { couponId: foreign.id } })).toBe(0);
  const order = await eventually(() => prisma.order.findFirst({ where: { tenantId: shop, deviceId: till.deviceId, customerUserId: customer.id } }), (o) => !!o);
  const firstUse = uses.find((u) => u.posSaleId === (first.event as any).clientId)!;
  expect(firstUse).toMatchObject({ orderId: order!.id, customerUserId: customer.id, amount: BigInt((first.event as any).sale.couponDiscount) });
  expect(order!.discount).toBe(BigInt((first.event as any).sale.discount));
  expect(order!.total).toBe(first.total);

  // The back office sees the till's uses and the one over the limit.
  const read = await gql(s.gatewayUrl, '{ coupons { id used posUses overLimitUses } }', {}, admin);
  expect(read.errors).toBeUndefined();
  expect(read.data!.coupons.find((c: any) => c.id === tenOff.id)).toMatchObject({ used: 2, posUses: 3, overLimitUses: 1 });
}, 180_000);

it('the customer named at the till earns points on replay, once, and a return takes them back in proportion', async () => {
  const prisma = s.stack.prisma;
  const shop = await tenantId(prisma, SHOP);
  await prisma.loyaltySettings.upsert({ where: { tenantId: shop }, create: { tenantId: shop, enabled: true, spendPerPoint: 10_000n, pointValue: 100n }, update: { enabled: true, spendPerPoint: 10_000n, pointValue: 100n, tiers: [] } });
  const till = await registerTill(s, admin, { name: 'Points counter' });
  const bola = await addCashier(s, admin, { name: 'Bola', role: 'SUPERVISOR', pin: '1357', discountLimitBps: 2000 });
  const [item] = await pricedVariants(s, till, 1);
  const customer = (await gql(s.gatewayUrl, 'query ($e: String!) { posCustomer(email: $e) { id } }', { e: 'customer@webwaka.test' }, till.headers)).data!.posCustomer;
  const before = (await prisma.loyaltyAccount.findUnique({ where: { tenantId_userId: { tenantId: shop, userId: customer.id } } }))?.points ?? 0;

  const ev = new TillEvents();
  const session = uuidv7();
  const sale = ev.sale(session, bola, [{ item, quantity: 4 }], (t) => [{ tender: 'CASH', amount: t }], { customerUserId: customer.id });
  const batch = [ev.open(session, bola, 0n), sale.event];
  payload(await sync(s, till, batch), 'syncPosBatch');
  payload(await sync(s, till, batch), 'syncPosBatch');
  const order = await eventually(() => prisma.order.findFirst({ where: { tenantId: shop, deviceId: till.deviceId } }), (o) => !!o);
  const points = Number(order!.subtotal / 10_000n);
  expect(points).toBeGreaterThan(0);
  const account = await eventually(() => prisma.loyaltyAccount.findUnique({ where: { tenantId_userId: { tenantId: shop, userId: customer.id } } }), (a) => (a?.points ?? 0) === before + points);
  expect(account!.points).toBe(before + points);
  expect(await prisma.balanceMovement.count({ where: { tenantId: shop, orderId: order!.id, reason: 'EARN' } })).toBe(1);
  // The ledger: the points' value is a liability, as when an online order earns them.
  const earned = await eventually(() => prisma.journalEntry.findFirst({ where: { tenantId: shop, idempotencyKey: `points-earned:${order!.id}` }, include: { lines: true } }), (e) => !!e);
  const debit = earned!.lines.filter((l: any) => l.side === 'DEBIT').reduce((a: bigint, l: any) => a + l.amount, 0n);
  const credit = earned!.lines.filter((l: any) => l.side === 'CREDIT').reduce((a: bigint, l: any) => a + l.amount, 0n);
  expect([debit, credit]).toEqual([BigInt(points) * 100n, BigInt(points) * 100n]);

  // Half of it back at the till: half the points go back.
  const back = ev.return(session, bola, sale.event as any, [{ item, quantity: 2, amount: sale.total / 2n, tax: sale.tax / 2n, restock: true }], 'CASH', bola);
  payload(await sync(s, till, [back]), 'syncPosBatch');
  const owed = Math.floor((points * Number(sale.total / 2n)) / Number(order!.total));
  await eventually(() => prisma.loyaltyAccount.findUnique({ where: { tenantId_userId: { tenantId: shop, userId: customer.id } } }), (a) => a!.points === before + points - owed);
}, 180_000);
