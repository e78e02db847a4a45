/**
 * Offline reconciliation through the gateway: a batch replayed changes nothing and answers the same; a
 * sale beyond the stock is applied up to what is there and the shortfall recorded as a conflict plus an
 * alert; batches racing with overlapping client ids apply each movement once; bad batches are refused
 * whole with nothing written.
 */
import { uuidv7, type PrismaClient } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import { startStack, type TestStack } from '../../../test/support/stack';
import { reserveStock } from '../src/services/reservations';
import { receiveStock } from '../src/services/stock';
import { createItem, createLocation, payload, serviceContext, signIn, tenantId, tenantState, userErrorCodes } from './support';

let s: TestStack;
let prisma: PrismaClient;
let fashion: string;
let staff: Record<string, string>;
const call = (query: string, variables: Record<string, unknown> = {}) => gql(s.gatewayUrl, query, variables, staff);

beforeAll(async () => {
  s = await startStack();
  prisma = s.stack.prisma;
  fashion = await tenantId(prisma, 'ade-fashion');
  staff = await signIn(s, 'ade-fashion', 'staff');
});
afterAll(async () => {
  await s?.stop();
});

const APPLY = `mutation ($m: [OfflineMovementInput!]!) { applyStockMovements(movements: $m) {
  results { clientId status appliedQuantity shortfall movement { id quantity reason deviceId occurredAt } conflict { id requested applied shortfall status } }
  userErrors { code field message } } }`;
const apply = (m: unknown[]) => call(APPLY, { m });

async function stocked(quantity: number) {
  const item = await createItem(prisma, fashion);
  const loc = await createLocation(prisma, fashion);
  await receiveStock(serviceContext(prisma, fashion), { variantId: item.variantId, locationId: loc.id, quantity });
  return { item, loc };
}
const sale = (sku: string, locationId: string, quantity: number, extra: Record<string, unknown> = {}) => ({
  clientId: uuidv7(),
  deviceId: 'till-1',
  sku,
  locationId,
  quantity,
  reason: quantity < 0 ? 'SALE' : 'RETURN',
  occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
  ...extra,
});
const levelOf = (variantId: string) => prisma.stockLevel.findFirstOrThrow({ where: { variantId } });

it('applies a batch in order and a replay changes nothing, answering with the same outcomes', async () => {
  const { item, loc } = await stocked(10);
  const batch = [sale(item.sku, loc.id, -3), sale(item.sku, loc.id, -2), sale(item.sku, loc.id, 1)];
  const first = payload(await apply(batch), 'applyStockMovements').results;
  expect(first.map((r: any) => [r.status, r.appliedQuantity, r.shortfall])).toEqual([
    ['APPLIED', -3, 0],
    ['APPLIED', -2, 0],
    ['APPLIED', 1, 0],
  ]);
  expect(first[0].movement).toMatchObject({ quantity: -3, reason: 'SALE', deviceId: 'till-1', occurredAt: batch[0].occurredAt });
  const afterFirst = await tenantState(prisma, fashion);
  expect(await levelOf(item.variantId)).toMatchObject({ onHand: 6 });

  const replay1 = payload(await apply(batch), 'applyStockMovements').results;
  const replay2 = payload(await apply(batch), 'applyStockMovements').results;
  expect(await tenantState(prisma, fashion)).toEqual(afterFirst);
  expect(replay1).toEqual(replay2);
  // Each replayed item is DUPLICATE with the original outcome (same movement, same quantities).
  expect(replay1).toEqual(first.map((r: any) => ({ ...r, status: 'DUPLICATE' })));
});

it('a sale beyond the stock is applied up to what is available, the shortfall recorded as conflict and alert', async () => {
  const { item, loc } = await stocked(4);
  // One unit is held by a checkout: the till can take only 3.
  await reserveStock(serviceContext(prisma, fashion), { variantId: item.variantId, quantity: 1, channel: 'SVM', ttlSeconds: 600 });
  const batch = [sale(item.sku, loc.id, -5), sale(item.sku, loc.id, -2)];
  const results = payload(await apply(batch), 'applyStockMovements').results;
  expect(results.map((r: any) => [r.status, r.appliedQuantity, r.shortfall])).toEqual([
    ['CONFLICT', -3, 2],
    ['CONFLICT', 0, 2],
  ]);
  expect(results[0].conflict).toMatchObject({ requested: -5, applied: -3, shortfall: 2, status: 'OPEN' });
  expect(await levelOf(item.variantId)).toMatchObject({ onHand: 1, reserved: 1 });
  const alerts = await prisma.stockAlert.findMany({ where: { variantId: item.variantId, kind: 'CONFLICT' }, orderBy: { id: 'asc' } });
  expect(alerts.map((a) => a.message)).toEqual([expect.stringMatching(/exceeded the available stock by 2/), expect.stringMatching(/by 2/)]);
  // Both sales are on record (the second one with nothing applied), never dropped.
  const journal = await prisma.stockMovement.findMany({ where: { clientId: { in: batch.map((b) => b.clientId) } }, orderBy: { id: 'asc' } });
  expect(journal.map((m) => m.quantity)).toEqual([-3, 0]);
  // Listed for follow-up, and resolvable.
  const open = await call('query { stockConflicts(first: 50, status: OPEN) { edges { node { id clientId shortfall } } } }');
  const mine = open.data!.stockConflicts.edges.map((e: any) => e.node).filter((c: any) => batch.some((b) => b.clientId === c.clientId));
  expect(mine).toHaveLength(2);
  const resolved = payload(await call('mutation ($id: ID!) { resolveStockConflict(id: $id, note: "recounted") { conflict { status note resolvedAt } userErrors { code } } }', { id: mine[0].id }), 'resolveStockConflict');
  expect(resolved.conflict).toMatchObject({ status: 'RESOLVED', note: 'recounted' });
  // Replaying the batch reports the recorded conflicts again, changes nothing.
  const before = await tenantState(prisma, fashion);
  const replay = payload(await apply(batch), 'applyStockMovements').results;
  expect(replay.map((r: any) => [r.status, r.appliedQuantity, r.shortfall, r.conflict?.id])).toEqual(results.map((r: any) => ['DUPLICATE', r.appliedQuantity, r.shortfall, r.conflict.id]));
  expect(await tenantState(prisma, fashion)).toEqual(before);
});

it('concurrent batches with overlapping client ids apply each movement exactly once', async () => {
  const { item, loc } = await stocked(100);
  const movements = Array.from({ length: 12 }, () => sale(item.sku, loc.id, -2));
  // Three devices upload overlapping slices of the same queue at once.
  const slices = [movements.slice(0, 8), movements.slice(4, 12), movements.slice(2, 10)];
  const results = await Promise.all(slices.map((m) => apply(m)));
  const statuses = results.flatMap((r) => payload(r, 'applyStockMovements').results.map((x: any) => [x.clientId, x.status]));
  const applied = statuses.filter(([, st]) => st === 'APPLIED').map(([id]) => id);
  expect(new Set(applied).size).toBe(applied.length);
  expect(applied.sort()).toEqual(movements.map((m) => m.clientId).sort());
  expect(await levelOf(item.variantId)).toMatchObject({ onHand: 76 });
  expect(await prisma.stockMovement.count({ where: { clientId: { in: movements.map((m) => m.clientId) } } })).toBe(12);
});

it('refuses a bad batch whole, with the position of the bad movement, and writes nothing', async () => {
  const { item, loc } = await stocked(5);
  const naija = await tenantId(prisma, 'naija-market');
  const foreignLoc = await createLocation(prisma, naija);
  const good = sale(item.sku, loc.id, -1);
  const before = await tenantState(prisma, fashion);
  const cases: [Record<string, unknown>, string, string[]][] = [
    [{ sku: 'NO-SUCH-SKU' }, 'UNKNOWN_SKU', ['movements', '1', 'sku']],
    [{ sku: undefined, variantId: uuidv7() }, 'NOT_FOUND', ['movements', '1', 'variantId']],
    [{ locationId: foreignLoc.id }, 'NOT_FOUND', ['movements', '1', 'locationId']],
    [{ quantity: 0 }, 'BAD_USER_INPUT', ['movements', '1', 'quantity']],
    [{ quantity: 3, reason: 'SALE' }, 'BAD_USER_INPUT', ['movements', '1', 'quantity']],
    [{ reason: 'TRANSFER_OUT' }, 'BAD_USER_INPUT', ['movements', '1', 'reason']],
    [{ clientId: '' }, 'BAD_USER_INPUT', ['movements', '1', 'clientId']],
    [{ occurredAt: new Date(Date.now() + 3 * 86_400_000).toISOString() }, 'BAD_USER_INPUT', ['movements', '1', 'occurredAt']],
  ];
  for (const [patch, code, field] of cases) {
    const r = await apply([good, { ...sale(item.sku, loc.id, -1), ...patch }]);
    expect({ patch, errors: r.data?.applyStockMovements?.userErrors.map((e: any) => ({ code: e.code, field: e.field })) }).toEqual({ patch, errors: [{ code, field }] });
    expect(r.data!.applyStockMovements.results).toBeNull();
  }
  expect(userErrorCodes(await apply([]), 'applyStockMovements')).toEqual(['BAD_USER_INPUT']);
  expect(await tenantState(prisma, fashion)).toEqual(before);
});
