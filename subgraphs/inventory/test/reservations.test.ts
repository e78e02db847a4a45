/**
 * Reservations for carts and checkouts: reserve, commit, release; idempotency keys; expiry (reads treat
 * overdue reservations as released, writers short of stock expire them, the sweeper marks them); bad
 * input; and no oversell under contention: 300 concurrent reservations through the gateway for 7 units.
 */
import { CHANNELS, uuidv7, type PrismaClient } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import { startStack, type TestStack } from '../../../test/support/stack';
import { expireReservations } from '../src/services/levels';
import { reserveStock } from '../src/services/reservations';
import { receiveStock } from '../src/services/stock';
import { apiKey, availabilityEvents, createItem, createLocation, payload, serviceContext, signIn, tenantId, tenantState, userErrorCodes } from './support';

let s: TestStack;
let prisma: PrismaClient;
let fashion: string;
let staff: Record<string, string>;
let admin: Record<string, string>;
let key: Record<string, string>;
const call = (query: string, variables: Record<string, unknown> = {}, headers = staff) => gql(s.gatewayUrl, query, variables, headers);

beforeAll(async () => {
  s = await startStack();
  prisma = s.stack.prisma;
  fashion = await tenantId(prisma, 'ade-fashion');
  staff = await signIn(s, 'ade-fashion', 'staff');
  admin = await signIn(s, 'ade-fashion', 'client');
  key = await apiKey(s, admin, ['inventory:read', 'inventory:write']);
});
afterAll(async () => {
  await s?.stop();
});

const RES = 'id quantity status channel reference expiresAt sku location { id }';
const RESERVE = `mutation ($i: ReserveStockInput!) { reserveStock(input: $i) { reservation { ${RES} } userErrors { code field message } } }`;
const COMMIT = `mutation ($id: ID!) { commitReservation(id: $id) { reservation { ${RES} } userErrors { code field } } }`;
const RELEASE = `mutation ($id: ID!) { releaseReservation(id: $id) { reservation { ${RES} } userErrors { code field } } }`;
const LEVEL = 'query ($id: ID!) { stockLevel(id: $id) { onHand reserved available } }';

async function stocked(quantity: number, locations = 1) {
  const item = await createItem(prisma, fashion);
  const locs = [];
  for (let i = 0; i < locations; i++) locs.push(await createLocation(prisma, fashion));
  const ctx = serviceContext(prisma, fashion);
  const levels = [];
  for (const [i, loc] of locs.entries()) {
    const q = Math.floor(quantity / locations) + (i < quantity % locations ? 1 : 0);
    levels.push((await receiveStock(ctx, { variantId: item.variantId, locationId: loc.id, quantity: q })).stockLevel);
  }
  return { item, locs, levels };
}
const level = async (id: string) => (await call(LEVEL, { id })).data!.stockLevel;
const backdate = (id: string) => prisma.reservation.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });

describe('reserve, commit, release', () => {
  it('holds stock, sells it on commit (journal SALE), gives it back on release', async () => {
    const { item, locs, levels } = await stocked(10);
    const r = payload(await call(RESERVE, { i: { sku: item.sku, quantity: 3, channel: 'SVM', ttlSeconds: 900, reference: 'cart-1' } }), 'reserveStock').reservation;
    expect(r).toMatchObject({ quantity: 3, status: 'ACTIVE', channel: 'SVM', reference: 'cart-1', sku: item.sku, location: { id: locs[0].id } });
    expect(new Date(r.expiresAt).getTime()).toBeGreaterThan(Date.now() + 850_000);
    expect(await level(levels[0].id)).toEqual({ onHand: 10, reserved: 3, available: 7 });

    const c = payload(await call(COMMIT, { id: r.id }), 'commitReservation').reservation;
    expect(c.status).toBe('COMMITTED');
    expect(await level(levels[0].id)).toEqual({ onHand: 7, reserved: 0, available: 7 });
    const sale = await prisma.stockMovement.findFirstOrThrow({ where: { variantId: item.variantId, reason: 'SALE' } });
    expect({ quantity: sale.quantity, channel: sale.channel, reference: sale.reference }).toEqual({ quantity: -3, channel: 'SVM', reference: 'cart-1' });
    // Committing again is a no-op; releasing a sale is refused.
    expect(payload(await call(COMMIT, { id: r.id }), 'commitReservation').reservation.status).toBe('COMMITTED');
    expect(userErrorCodes(await call(RELEASE, { id: r.id }), 'releaseReservation')).toEqual(['BAD_USER_INPUT']);
    expect(await prisma.stockMovement.count({ where: { variantId: item.variantId, reason: 'SALE' } })).toBe(1);

    const r2 = payload(await call(RESERVE, { i: { variantId: item.variantId, quantity: 2, channel: 'POS', ttlSeconds: 60 } }, key), 'reserveStock').reservation;
    expect(await level(levels[0].id)).toEqual({ onHand: 7, reserved: 2, available: 5 });
    expect(payload(await call(RELEASE, { id: r2.id }), 'releaseReservation').reservation.status).toBe('RELEASED');
    expect(payload(await call(RELEASE, { id: r2.id }), 'releaseReservation').reservation.status).toBe('RELEASED');
    expect(userErrorCodes(await call(COMMIT, { id: r2.id }), 'commitReservation')).toEqual(['BAD_USER_INPUT']);
    expect(await level(levels[0].id)).toEqual({ onHand: 7, reserved: 0, available: 7 });
    // Catalog heard of every change of sellable stock: reserve, (commit changes nothing), reserve, release.
    expect((await availabilityEvents(prisma, item.variantId)).map((e) => e.available)).toEqual([10, 7, 5, 7]);

    const list = await call('query ($ref: String) { reservations(first: 10, reference: $ref) { edges { node { id status } } } }', { ref: 'cart-1' });
    expect(list.data!.reservations.edges.map((e: any) => e.node)).toEqual([{ id: r.id, status: 'COMMITTED' }]);
  });

  it('picks the location with the most available stock, and INSUFFICIENT_STOCK when none has enough', async () => {
    const { item, locs } = await stocked(5, 2); // 3 + 2
    const r = payload(await call(RESERVE, { i: { sku: item.sku, quantity: 2, channel: 'SVM', ttlSeconds: 300 } }), 'reserveStock').reservation;
    expect(r.location.id).toBe(locs[0].id);
    const before = await tenantState(prisma, fashion);
    // 1 + 2 left: 3 in total, but no single location has 3.
    expect(userErrorCodes(await call(RESERVE, { i: { sku: item.sku, quantity: 3, channel: 'SVM', ttlSeconds: 300 } }), 'reserveStock')).toEqual(['INSUFFICIENT_STOCK']);
    expect(userErrorCodes(await call(RESERVE, { i: { sku: item.sku, quantity: 2, channel: 'SVM', ttlSeconds: 300, locationId: locs[0].id } }), 'reserveStock')).toEqual(['INSUFFICIENT_STOCK']);
    expect(await tenantState(prisma, fashion)).toEqual(before);
    const at = payload(await call(RESERVE, { i: { sku: item.sku, quantity: 2, channel: 'SVM', ttlSeconds: 300, locationId: locs[1].id } }), 'reserveStock').reservation;
    expect(at.location.id).toBe(locs[1].id);
  });

  it('an idempotency key returns the first reservation on retry, even when retries race', async () => {
    const { item, levels } = await stocked(10);
    const i = { sku: item.sku, quantity: 2, channel: 'MVM', ttlSeconds: 300, idempotencyKey: `checkout-${uuidv7()}` };
    const first = payload(await call(RESERVE, { i }), 'reserveStock').reservation;
    const again = payload(await call(RESERVE, { i }), 'reserveStock').reservation;
    expect(again.id).toBe(first.id);
    expect(userErrorCodes(await call(RESERVE, { i: { ...i, quantity: 3 } }), 'reserveStock')).toEqual(['BAD_USER_INPUT']);
    const racing = { ...i, idempotencyKey: `checkout-${uuidv7()}` };
    const results = await Promise.all(Array.from({ length: 8 }, () => call(RESERVE, { i: racing })));
    const ids = new Set(results.map((r) => payload(r, 'reserveStock').reservation.id));
    expect(ids.size).toBe(1);
    expect(await level(levels[0].id)).toEqual({ onHand: 10, reserved: 4, available: 6 });
  });

  it('refuses bad input with clear errors and writes nothing', async () => {
    const { item, locs } = await stocked(5);
    const inactive = await createLocation(prisma, fashion, { active: false });
    const naija = await tenantId(prisma, 'naija-market');
    const foreignItem = await createItem(prisma, naija);
    const foreignLoc = await createLocation(prisma, naija);
    const before = await tenantState(prisma, fashion);
    const base = { sku: item.sku, quantity: 1, channel: 'SVM', ttlSeconds: 300 };
    const cases: [Record<string, unknown>, string, string[]][] = [
      [{ ...base, ttlSeconds: 5 }, 'BAD_USER_INPUT', ['ttlSeconds']],
      [{ ...base, ttlSeconds: 2 * 24 * 3600 }, 'BAD_USER_INPUT', ['ttlSeconds']],
      [{ ...base, quantity: 0 }, 'BAD_USER_INPUT', ['quantity']],
      [{ ...base, quantity: -2 }, 'BAD_USER_INPUT', ['quantity']],
      [{ ...base, sku: 'NOPE-NOPE' }, 'UNKNOWN_SKU', ['sku']],
      [{ ...base, sku: foreignItem.sku }, 'UNKNOWN_SKU', ['sku']],
      [{ ...base, sku: undefined, variantId: foreignItem.variantId }, 'NOT_FOUND', ['variantId']],
      [{ ...base, locationId: foreignLoc.id }, 'NOT_FOUND', ['locationId']],
      [{ ...base, locationId: inactive.id }, 'BAD_USER_INPUT', ['locationId']],
      [{ ...base, idempotencyKey: 'x'.repeat(201) }, 'BAD_USER_INPUT', ['idempotencyKey']],
    ];
    for (const [i, code, field] of cases) {
      const r = await call(RESERVE, { i });
      expect({ i, errors: r.data?.reserveStock?.userErrors?.map((e: any) => ({ code: e.code, field: e.field })) }).toEqual({ i, errors: [{ code, field }] });
    }
    expect(await tenantState(prisma, fashion)).toEqual(before);
    expect(userErrorCodes(await call(COMMIT, { id: uuidv7() }), 'commitReservation')).toEqual(['NOT_FOUND']);
    expect(userErrorCodes(await call(RELEASE, { id: 'not-an-id' }), 'releaseReservation')).toEqual(['NOT_FOUND']);
    expect(locs).toHaveLength(1);
  });
});

describe('expiry', () => {
  it('an overdue reservation holds nothing: reads release it, a writer short of stock expires it, commit is refused', async () => {
    const { item, levels } = await stocked(4);
    const r = payload(await call(RESERVE, { i: { sku: item.sku, quantity: 3, channel: 'SVM', ttlSeconds: 60 } }), 'reserveStock').reservation;
    expect(await level(levels[0].id)).toEqual({ onHand: 4, reserved: 3, available: 1 });
    await backdate(r.id);
    // Not swept yet, but already released for every reader.
    expect(await level(levels[0].id)).toEqual({ onHand: 4, reserved: 0, available: 4 });
    const read = await call('query ($id: ID!) { reservation(id: $id) { status } }', { id: r.id });
    expect(read.data!.reservation.status).toBe('EXPIRED');
    const inv = await call('query { reservations(first: 10, status: EXPIRED) { edges { node { id } } } }');
    expect(inv.data!.reservations.edges.map((e: any) => e.node.id)).toContain(r.id);
    expect(userErrorCodes(await call(COMMIT, { id: r.id }), 'commitReservation')).toEqual(['RESERVATION_EXPIRED']);
    // 4 units are wanted while 3 are still held by the overdue reservation: the writer expires it.
    const r2 = payload(await call(RESERVE, { i: { sku: item.sku, quantity: 4, channel: 'SVM', ttlSeconds: 60 } }), 'reserveStock').reservation;
    expect(r2.status).toBe('ACTIVE');
    expect((await prisma.reservation.findUniqueOrThrow({ where: { id: r.id } })).status).toBe('EXPIRED');
    expect(await level(levels[0].id)).toEqual({ onHand: 4, reserved: 4, available: 0 });
    // Releasing an overdue reservation ends it EXPIRED and gives the stock back once.
    await backdate(r2.id);
    expect(payload(await call(RELEASE, { id: r2.id }), 'releaseReservation').reservation.status).toBe('EXPIRED');
    expect(await prisma.stockLevel.findUniqueOrThrow({ where: { id: levels[0].id } })).toMatchObject({ onHand: 4, reserved: 0 });
  });

  it('the sweeper marks overdue reservations EXPIRED and returns their stock, once', async () => {
    const { item, levels } = await stocked(6);
    const ctx = serviceContext(prisma, fashion);
    const a = await reserveStock(ctx, { variantId: item.variantId, quantity: 2, channel: 'SVM', ttlSeconds: 60 });
    const b = await reserveStock(ctx, { variantId: item.variantId, quantity: 1, channel: 'POS', ttlSeconds: 60 });
    const c = await reserveStock(ctx, { variantId: item.variantId, quantity: 1, channel: 'SVM', ttlSeconds: 600 });
    await backdate(a.id);
    await backdate(b.id);
    expect(await prisma.stockLevel.findUniqueOrThrow({ where: { id: levels[0].id } })).toMatchObject({ reserved: 4 });
    // Expiry is a change no mutation announces: inventory tells the gateways' response caches itself.
    const announced: string[] = [];
    const stopListening = await s.stack.pubsub.subscribe(CHANNELS.tenantDataChanged, (m: { tenantId: string }) => announced.push(m.tenantId));
    const scope = { tenantId: fashion, variantId: item.variantId };
    const swept = await Promise.all([expireReservations(prisma, scope), expireReservations(prisma, scope)]);
    expect(swept[0] + swept[1]).toBe(2);
    expect(await expireReservations(prisma, scope)).toBe(0);
    const rows = await prisma.reservation.findMany({ where: { id: { in: [a.id, b.id, c.id] } }, orderBy: { id: 'asc' } });
    expect(rows.map((r) => r.status)).toEqual(['EXPIRED', 'EXPIRED', 'ACTIVE']);
    expect(await prisma.stockLevel.findUniqueOrThrow({ where: { id: levels[0].id } })).toMatchObject({ onHand: 6, reserved: 1 });
    expect((await availabilityEvents(prisma, item.variantId)).at(-1)!.available).toBe(5);
    for (let i = 0; i < 100 && !announced.includes(fashion); i++) await new Promise((r) => setTimeout(r, 50));
    stopListening();
    expect(announced).toContain(fashion);
  });
});

describe('contention', () => {
  it('300 concurrent reservations through the gateway for 7 units: exactly 7 succeed, the rest INSUFFICIENT_STOCK', async () => {
    const { item, levels } = await stocked(7, 2); // 4 + 3 at two locations
    // Three callers (the gateway rate-limits each): staff, an administrator, an integration key.
    const callers = [staff, admin, key];
    const results = await Promise.all(
      Array.from({ length: 300 }, (_, n) => call(RESERVE, { i: { sku: item.sku, quantity: 1, channel: 'SVM', ttlSeconds: 600, reference: `cart-${n}` } }, callers[n % 3])),
    );
    const outcome = results.map((r) => (r.errors?.length ? `error:${r.errors[0].extensions?.code}` : r.data!.reserveStock.userErrors[0]?.code ?? 'OK'));
    const counts = outcome.reduce<Record<string, number>>((m, o) => ({ ...m, [o]: (m[o] ?? 0) + 1 }), {});
    expect(counts).toEqual({ OK: 7, INSUFFICIENT_STOCK: 293 });
    const rows = await prisma.stockLevel.findMany({ where: { id: { in: levels.map((l) => l.id) } } });
    expect(rows.map((l) => [l.onHand, l.reserved]).sort()).toEqual([
      [3, 3],
      [4, 4],
    ]);
    const active = await prisma.reservation.findMany({ where: { variantId: item.variantId, status: 'ACTIVE' } });
    expect(active.reduce((n, r) => n + r.quantity, 0)).toBe(7);
    expect(await prisma.stockLevel.count({ where: { OR: [{ onHand: { lt: 0 } }, { reserved: { lt: 0 } }] } })).toBe(0);
  });
});
