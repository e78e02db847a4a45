/**
 * Channel sync modes, per tenant: SHARED channels draw from the shared pool; ALLOCATED channels only from
 * their allocation (which shared channels cannot touch); INDEPENDENT channels from counts of their own
 * that never move the shared pool. Channels never take each other's stock, and a channel changes mode
 * only while it holds nothing.
 */
import type { PrismaClient } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import { startStack, type TestStack } from '../../../test/support/stack';
import { releaseReservation } from '../src/services/reservations';
import { receiveStock } from '../src/services/stock';
import { availabilityEvents, createItem, createLocation, payload, serviceContext, signIn, tenantId, tenantState, userErrorCodes } from './support';

let s: TestStack;
let prisma: PrismaClient;
let naija: string;
let admin: Record<string, string>;
let staff: Record<string, string>;
const call = (query: string, variables: Record<string, unknown> = {}, headers = admin) => gql(s.gatewayUrl, query, variables, headers);

beforeAll(async () => {
  s = await startStack();
  prisma = s.stack.prisma;
  // Its own tenant (the marketplace), so other test files' channel settings never meet these.
  naija = await tenantId(prisma, 'naija-market');
  admin = await signIn(s, 'naija-market', 'client');
  staff = await signIn(s, 'ade-fashion', 'staff');
});
afterAll(async () => {
  await s?.stop();
});
// Each test starts with no channel holding anything, as mode changes require.
afterEach(async () => {
  const ctx = serviceContext(prisma, naija);
  for (const r of await prisma.reservation.findMany({ where: { tenantId: naija, status: 'ACTIVE' } })) await releaseReservation(ctx, r.id);
});

const POLICY = 'mutation ($c: StockChannel!, $m: ChannelMode!) { setChannelPolicy(channel: $c, mode: $m) { policy { channel mode } userErrors { code field message } } }';
const ALLOCATE = 'mutation ($i: AllocateStockInput!) { allocateStock(input: $i) { allocation { id channel quantity reserved available } mode userErrors { code field } } }';
const DEALLOCATE = 'mutation ($i: AllocateStockInput!) { deallocateStock(input: $i) { allocation { id quantity reserved available } mode userErrors { code field } } }';
const RESERVE = 'mutation ($i: ReserveStockInput!) { reserveStock(input: $i) { reservation { id channel location { id } } userErrors { code } } }';
const COMMIT = 'mutation ($id: ID!) { commitReservation(id: $id) { reservation { status } userErrors { code } } }';
const RELEASE = 'mutation ($id: ID!) { releaseReservation(id: $id) { reservation { status } userErrors { code } } }';

const setMode = async (channel: string, mode: string) => payload(await call(POLICY, { c: channel, m: mode }), 'setChannelPolicy').policy;
const reserve = (sku: string, channel: string, quantity: number) => call(RESERVE, { i: { sku, channel, quantity, ttlSeconds: 300 } });
const level = (variantId: string) => prisma.stockLevel.findFirstOrThrow({ where: { variantId } });
const allocation = (variantId: string, channel: 'SVM' | 'MVM' | 'POS') => prisma.channelAllocation.findFirstOrThrow({ where: { variantId, channel } });

async function stocked(quantity: number) {
  const item = await createItem(prisma, naija);
  const loc = await createLocation(prisma, naija);
  await receiveStock(serviceContext(prisma, naija), { variantId: item.variantId, locationId: loc.id, quantity });
  return { item, loc };
}

it('lists every channel, SHARED until set', async () => {
  const r = await call('query { channelPolicies { channel mode } }');
  expect(r.data!.channelPolicies).toEqual([
    { channel: 'SVM', mode: 'SHARED' },
    { channel: 'MVM', mode: 'SHARED' },
    { channel: 'POS', mode: 'SHARED' },
  ]);
});

it('SHARED channels draw from one pool: what one sells, the other cannot', async () => {
  const { item } = await stocked(3);
  expect(userErrorCodes(await reserve(item.sku, 'SVM', 2), 'reserveStock')).toEqual([]);
  expect(userErrorCodes(await reserve(item.sku, 'MVM', 2), 'reserveStock')).toEqual(['INSUFFICIENT_STOCK']);
  expect(userErrorCodes(await reserve(item.sku, 'MVM', 1), 'reserveStock')).toEqual([]);
  expect(await level(item.variantId)).toMatchObject({ onHand: 3, reserved: 3 });
  // Allocating needs a non-shared channel.
  expect(userErrorCodes(await call(ALLOCATE, { i: { channel: 'SVM', sku: item.sku, locationId: (await level(item.variantId)).locationId, quantity: 1 } }), 'allocateStock')).toEqual(['BAD_USER_INPUT']);
});

it('ALLOCATED: POS sells only its allocation; shared channels cannot sell the allocated units; sales lower onHand', async () => {
  const { item, loc } = await stocked(10);
  await setMode('POS', 'ALLOCATED');
  try {
    // Nothing allocated yet: POS cannot sell from the shared pool.
    expect(userErrorCodes(await reserve(item.sku, 'POS', 1), 'reserveStock')).toEqual(['INSUFFICIENT_STOCK']);
    const a = payload(await call(ALLOCATE, { i: { channel: 'POS', sku: item.sku, locationId: loc.id, quantity: 4 } }), 'allocateStock');
    expect(a).toMatchObject({ mode: 'ALLOCATED', allocation: { channel: 'POS', quantity: 4, reserved: 0, available: 4 } });
    // Set aside in the level: shared channels see 6.
    expect(await level(item.variantId)).toMatchObject({ onHand: 10, reserved: 4 });
    expect((await availabilityEvents(prisma, item.variantId)).at(-1)!.available).toBe(6);
    expect(userErrorCodes(await reserve(item.sku, 'SVM', 7), 'reserveStock')).toEqual(['INSUFFICIENT_STOCK']);
    const svm = payload(await reserve(item.sku, 'SVM', 6), 'reserveStock').reservation;
    // The shared pool is empty now; POS still has its 4.
    expect(userErrorCodes(await reserve(item.sku, 'POS', 5), 'reserveStock')).toEqual(['INSUFFICIENT_STOCK']);
    const pos = payload(await reserve(item.sku, 'POS', 3), 'reserveStock').reservation;
    expect(await allocation(item.variantId, 'POS')).toMatchObject({ quantity: 4, reserved: 3 });
    expect(await level(item.variantId)).toMatchObject({ onHand: 10, reserved: 10 });
    // Selling allocated stock: it leaves the allocation and the location.
    expect(payload(await call(COMMIT, { id: pos.id }), 'commitReservation').reservation.status).toBe('COMMITTED');
    expect(await allocation(item.variantId, 'POS')).toMatchObject({ quantity: 1, reserved: 0 });
    expect(await level(item.variantId)).toMatchObject({ onHand: 7, reserved: 7 });
    const sale = await prisma.stockMovement.findFirstOrThrow({ where: { variantId: item.variantId, reason: 'SALE' } });
    expect([sale.quantity, sale.channel]).toEqual([-3, 'POS']);
    // Mode cannot change while POS holds stock.
    expect(userErrorCodes(await call(POLICY, { c: 'POS', m: 'SHARED' }), 'setChannelPolicy')).toEqual(['BAD_USER_INPUT']);
    // Give the rest back: more than is unreserved in the allocation is refused.
    expect(userErrorCodes(await call(DEALLOCATE, { i: { channel: 'POS', sku: item.sku, locationId: loc.id, quantity: 2 } }), 'deallocateStock')).toEqual(['INSUFFICIENT_STOCK']);
    payload(await call(DEALLOCATE, { i: { channel: 'POS', sku: item.sku, locationId: loc.id, quantity: 1 } }), 'deallocateStock');
    expect(await level(item.variantId)).toMatchObject({ onHand: 7, reserved: 6 });
    payload(await call(RELEASE, { id: svm.id }), 'releaseReservation');
    expect(await level(item.variantId)).toMatchObject({ onHand: 7, reserved: 0 });
  } finally {
    await setMode('POS', 'SHARED');
  }
});

it('INDEPENDENT: MVM keeps its own counts, which never touch the shared pool', async () => {
  const { item, loc } = await stocked(2);
  await setMode('MVM', 'INDEPENDENT');
  try {
    const a = payload(await call(ALLOCATE, { i: { channel: 'MVM', variantId: item.variantId, locationId: loc.id, quantity: 50 } }), 'allocateStock');
    expect(a).toMatchObject({ mode: 'INDEPENDENT', allocation: { quantity: 50, available: 50 } });
    // Its own 50 do not appear in (nor come from) the shared pool.
    expect(await level(item.variantId)).toMatchObject({ onHand: 2, reserved: 0 });
    const r = payload(await reserve(item.sku, 'MVM', 20), 'reserveStock').reservation;
    expect(await level(item.variantId)).toMatchObject({ onHand: 2, reserved: 0 });
    expect(payload(await call(COMMIT, { id: r.id }), 'commitReservation').reservation.status).toBe('COMMITTED');
    expect(await allocation(item.variantId, 'MVM')).toMatchObject({ quantity: 30, reserved: 0 });
    expect(await level(item.variantId)).toMatchObject({ onHand: 2, reserved: 0 });
    expect(await prisma.stockMovement.count({ where: { variantId: item.variantId, reason: 'SALE' } })).toBe(0);
    // The shared channels still have exactly their 2, and cannot reach MVM's.
    expect(userErrorCodes(await reserve(item.sku, 'SVM', 3), 'reserveStock')).toEqual(['INSUFFICIENT_STOCK']);
    payload(await reserve(item.sku, 'SVM', 2), 'reserveStock');
    // Lowering its own count to zero lets it leave INDEPENDENT mode.
    payload(await call(DEALLOCATE, { i: { channel: 'MVM', sku: item.sku, locationId: loc.id, quantity: 30 } }), 'deallocateStock');
  } finally {
    await setMode('MVM', 'SHARED');
  }
});

it('a mode change waits for the channel to hold nothing; overdue reservations do not block it', async () => {
  const { item } = await stocked(5);
  const r = payload(await reserve(item.sku, 'SVM', 1), 'reserveStock').reservation;
  const before = await tenantState(prisma, naija);
  const refused = await call(POLICY, { c: 'SVM', m: 'ALLOCATED' });
  expect(userErrorCodes(refused, 'setChannelPolicy')).toEqual(['BAD_USER_INPUT']);
  expect(refused.data!.setChannelPolicy.userErrors[0].message).toMatch(/1 active reservation/);
  expect(await tenantState(prisma, naija)).toEqual(before);
  await prisma.reservation.update({ where: { id: r.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  expect(await setMode('SVM', 'ALLOCATED')).toEqual({ channel: 'SVM', mode: 'ALLOCATED' });
  // The overdue reservation was settled under SHARED: its unit is back in the shared pool.
  expect(await level(item.variantId)).toMatchObject({ onHand: 5, reserved: 0 });
  expect((await prisma.reservation.findUniqueOrThrow({ where: { id: r.id } })).status).toBe('EXPIRED');
  await setMode('SVM', 'SHARED');
});

it('is per tenant, and only administrators or integration keys change it', async () => {
  await setMode('POS', 'INDEPENDENT');
  try {
    const fashion = await gql(s.gatewayUrl, 'query { channelPolicies { channel mode } }', {}, staff);
    expect(fashion.data!.channelPolicies.find((p: any) => p.channel === 'POS').mode).toBe('SHARED');
    const byStaff = await gql(s.gatewayUrl, POLICY, { c: 'POS', m: 'ALLOCATED' }, staff);
    expect(byStaff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  } finally {
    await setMode('POS', 'SHARED');
  }
});
