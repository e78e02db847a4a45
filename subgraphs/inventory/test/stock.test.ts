/**
 * Stock at locations: the item projection fed by catalog's events, receiving, adjusting and transferring
 * stock through the gateway, the journal and its filters, thresholds with once-per-crossing LOW_STOCK
 * alerts, reorder suggestions, locations' lifecycle, the availability events catalog consumes, and bad
 * input refused with nothing written.
 */
import { recordEvent, TOPICS, uuidv7, type PrismaClient } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import { startStack, type TestStack } from '../../../test/support/stack';
import { upsertInventoryItem } from '../src/services/items';
import { receiveStock } from '../src/services/stock';
import { availabilityEvents, createItem, createLocation, payload, serviceContext, signIn, stockChangedEvents, tenantId, tenantState, userErrorCodes } from './support';

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

const LEVEL = 'id onHand reserved available lowStockThreshold reorderPoint reorderQuantity sku location { id code active }';
const RECEIVE = `mutation ($i: ReceiveStockInput!) { receiveStock(input: $i) { stockLevel { ${LEVEL} } movement { id quantity reason reference } userErrors { code field } } }`;
const ADJUST = `mutation ($i: AdjustStockInput!) { adjustStock(input: $i) { stockLevel { ${LEVEL} } movement { id quantity reason } userErrors { code field } } }`;
const TRANSFER = `mutation ($i: TransferStockInput!) { transferStock(input: $i) { transfer { id quantity from { id } to { id } } from { ${LEVEL} } to { ${LEVEL} } userErrors { code field } } }`;
const THRESHOLDS = `mutation ($i: SetStockThresholdsInput!) { setStockThresholds(input: $i) { stockLevel { ${LEVEL} } userErrors { code field } } }`;

const alerts = (variantId: string, kind = 'LOW_STOCK') => prisma.stockAlert.findMany({ where: { variantId, kind: kind as 'LOW_STOCK' }, orderBy: { id: 'asc' } });

describe('items from catalog events', () => {
  it('a catalog.variant.upserted event creates the item, a SKU change renames it, replays change nothing', async () => {
    const variantId = uuidv7();
    const productId = uuidv7();
    await prisma.$transaction((tx) => recordEvent(tx, { tenantId: fashion, topic: TOPICS.CATALOG_VARIANT_UPSERTED, payload: { variantId, tenantId: fashion, productId, sku: 'EVT-1' } }));
    await waitFor(async () => (await prisma.inventoryItem.findUnique({ where: { variantId } }))?.sku === 'EVT-1');
    await prisma.$transaction((tx) => recordEvent(tx, { tenantId: fashion, topic: TOPICS.CATALOG_VARIANT_UPSERTED, payload: { variantId, tenantId: fashion, productId, sku: 'EVT-1B' } }));
    await waitFor(async () => (await prisma.inventoryItem.findUnique({ where: { variantId } }))?.sku === 'EVT-1B');
    // Delivered again (at-least-once): same row.
    await upsertInventoryItem(prisma, { variantId, tenantId: fashion, productId, sku: 'EVT-1B' });
    expect(await prisma.inventoryItem.findMany({ where: { variantId } })).toEqual([expect.objectContaining({ variantId, productId, sku: 'EVT-1B', tenantId: fashion })]);
    // Now the SKU can be used to receive stock.
    const loc = await createLocation(prisma, fashion);
    const r = payload(await call(RECEIVE, { i: { sku: 'EVT-1B', locationId: loc.id, quantity: 3 } }), 'receiveStock');
    expect(r.stockLevel).toMatchObject({ onHand: 3, available: 3, sku: 'EVT-1B' });
  });

  it('a SKU that moved between variants is absorbed whatever order the events arrive in', async () => {
    const a = uuidv7();
    const b = uuidv7();
    const productId = uuidv7();
    await upsertInventoryItem(prisma, { variantId: a, tenantId: fashion, productId, sku: 'SWAP-X' });
    // Catalog renamed A to SWAP-Y, then gave SWAP-X to B; B's event is delivered first.
    await upsertInventoryItem(prisma, { variantId: b, tenantId: fashion, productId, sku: 'SWAP-X' });
    await upsertInventoryItem(prisma, { variantId: a, tenantId: fashion, productId, sku: 'SWAP-Y' });
    const items = await prisma.inventoryItem.findMany({ where: { variantId: { in: [a, b] } }, orderBy: { sku: 'asc' } });
    expect(items.map((i) => [i.variantId, i.sku])).toEqual([
      [b, 'SWAP-X'],
      [a, 'SWAP-Y'],
    ]);
  });
});

describe('receive, adjust, transfer', () => {
  it('receives stock into a level, journals it and records the availability event in the same transaction', async () => {
    const item = await createItem(prisma, fashion);
    const loc = await createLocation(prisma, fashion);
    const r = payload(await call(RECEIVE, { i: { variantId: item.variantId, locationId: loc.id, quantity: 12, reference: 'GRN-1' } }), 'receiveStock');
    expect(r.stockLevel).toMatchObject({ onHand: 12, reserved: 0, available: 12, sku: item.sku, location: { id: loc.id } });
    expect(r.movement).toMatchObject({ quantity: 12, reason: 'RECEIPT', reference: 'GRN-1' });
    expect(await availabilityEvents(prisma, item.variantId)).toEqual([{ tenantId: fashion, variantId: item.variantId, productId: item.productId, available: 12 }]);
    expect(await stockChangedEvents(prisma, r.stockLevel.id)).toHaveLength(1);
  });

  it('adjusts with reason codes in both directions, never below what is available', async () => {
    const item = await createItem(prisma, fashion);
    const loc = await createLocation(prisma, fashion);
    await receiveStock(serviceContext(prisma, fashion), { variantId: item.variantId, locationId: loc.id, quantity: 10 });
    const down = payload(await call(ADJUST, { i: { sku: item.sku, locationId: loc.id, quantity: -4, reason: 'CORRECTION' } }), 'adjustStock');
    expect(down.stockLevel).toMatchObject({ onHand: 6, available: 6 });
    expect(down.movement).toMatchObject({ quantity: -4, reason: 'CORRECTION' });
    const ret = payload(await call(ADJUST, { i: { sku: item.sku, locationId: loc.id, quantity: 2, reason: 'RETURN' } }), 'adjustStock');
    expect(ret.stockLevel.onHand).toBe(8);

    const before = await tenantState(prisma, fashion);
    expect(userErrorCodes(await call(ADJUST, { i: { sku: item.sku, locationId: loc.id, quantity: -9, reason: 'ADJUSTMENT' } }), 'adjustStock')).toEqual(['INSUFFICIENT_STOCK']);
    // Wrong sign for the reason, a reason that has its own operation, zero.
    expect(userErrorCodes(await call(ADJUST, { i: { sku: item.sku, locationId: loc.id, quantity: -1, reason: 'RETURN' } }), 'adjustStock')).toEqual(['BAD_USER_INPUT']);
    expect(userErrorCodes(await call(ADJUST, { i: { sku: item.sku, locationId: loc.id, quantity: 5, reason: 'TRANSFER_IN' } }), 'adjustStock')).toEqual(['BAD_USER_INPUT']);
    expect(userErrorCodes(await call(ADJUST, { i: { sku: item.sku, locationId: loc.id, quantity: 0, reason: 'ADJUSTMENT' } }), 'adjustStock')).toEqual(['BAD_USER_INPUT']);
    expect(await tenantState(prisma, fashion)).toEqual(before);
  });

  it('transfers atomically between locations: two journal entries, one Transfer, both levels', async () => {
    const item = await createItem(prisma, fashion);
    const a = await createLocation(prisma, fashion);
    const b = await createLocation(prisma, fashion);
    await receiveStock(serviceContext(prisma, fashion), { variantId: item.variantId, locationId: a.id, quantity: 5 });
    const r = payload(await call(TRANSFER, { i: { variantId: item.variantId, fromLocationId: a.id, toLocationId: b.id, quantity: 3, reference: 'restock shop' } }), 'transferStock');
    expect(r.from).toMatchObject({ onHand: 2, location: { id: a.id } });
    expect(r.to).toMatchObject({ onHand: 3, location: { id: b.id } });
    expect(r.transfer).toMatchObject({ quantity: 3, from: { id: a.id }, to: { id: b.id } });
    const journal = await prisma.stockMovement.findMany({ where: { variantId: item.variantId }, orderBy: { id: 'asc' } });
    expect(journal.map((m) => [m.reason, m.locationId, m.quantity])).toEqual([
      ['RECEIPT', a.id, 5],
      ['TRANSFER_OUT', a.id, -3],
      ['TRANSFER_IN', b.id, 3],
    ]);
    expect(journal[1].reference).toBe(`transfer:${r.transfer.id}`);
    // Moving stock between locations does not change what can be sold: no availability event.
    expect((await availabilityEvents(prisma, item.variantId)).map((e) => e.available)).toEqual([5]);

    const before = await tenantState(prisma, fashion);
    expect(userErrorCodes(await call(TRANSFER, { i: { variantId: item.variantId, fromLocationId: a.id, toLocationId: b.id, quantity: 3 } }), 'transferStock')).toEqual(['INSUFFICIENT_STOCK']);
    expect(userErrorCodes(await call(TRANSFER, { i: { variantId: item.variantId, fromLocationId: a.id, toLocationId: a.id, quantity: 1 } }), 'transferStock')).toEqual(['BAD_USER_INPUT']);
    expect(await tenantState(prisma, fashion)).toEqual(before);
  });

  it('refuses bad input with clear errors and writes nothing', async () => {
    const item = await createItem(prisma, fashion);
    const loc = await createLocation(prisma, fashion);
    const before = await tenantState(prisma, fashion);
    const cases: [Record<string, unknown>, string, string[]][] = [
      [{ variantId: item.variantId, locationId: loc.id, quantity: -5 }, 'BAD_USER_INPUT', ['quantity']],
      [{ variantId: item.variantId, locationId: loc.id, quantity: 0 }, 'BAD_USER_INPUT', ['quantity']],
      [{ variantId: item.variantId, locationId: loc.id, quantity: 2_000_000 }, 'BAD_USER_INPUT', ['quantity']],
      [{ sku: 'NO-SUCH-SKU', locationId: loc.id, quantity: 1 }, 'UNKNOWN_SKU', ['sku']],
      [{ variantId: uuidv7(), locationId: loc.id, quantity: 1 }, 'NOT_FOUND', ['variantId']],
      [{ variantId: 'not-a-uuid', locationId: loc.id, quantity: 1 }, 'NOT_FOUND', ['variantId']],
      [{ variantId: item.variantId, locationId: uuidv7(), quantity: 1 }, 'NOT_FOUND', ['locationId']],
      [{ variantId: item.variantId, locationId: 'nope', quantity: 1 }, 'NOT_FOUND', ['locationId']],
      [{ locationId: loc.id, quantity: 1 }, 'BAD_USER_INPUT', ['variantId']],
      [{ variantId: item.variantId, sku: 'SOMETHING-ELSE', locationId: loc.id, quantity: 1 }, 'BAD_USER_INPUT', ['sku']],
    ];
    for (const [i, code, field] of cases) {
      const r = await call(RECEIVE, { i });
      expect({ i, errors: r.data?.receiveStock?.userErrors }).toEqual({ i, errors: [{ code, field }] });
      expect(r.data.receiveStock.stockLevel).toBeNull();
    }
    expect(await tenantState(prisma, fashion)).toEqual(before);
  });
});

describe('journal', () => {
  it('lists movements newest first, filtered by variant, SKU, location, reason and time', async () => {
    const item = await createItem(prisma, fashion);
    const other = await createItem(prisma, fashion);
    const a = await createLocation(prisma, fashion);
    const b = await createLocation(prisma, fashion);
    const ctx = serviceContext(prisma, fashion);
    await receiveStock(ctx, { variantId: item.variantId, locationId: a.id, quantity: 4 });
    const mid = new Date();
    await new Promise((r) => setTimeout(r, 20));
    await receiveStock(ctx, { variantId: item.variantId, locationId: b.id, quantity: 6 });
    await receiveStock(ctx, { variantId: other.variantId, locationId: a.id, quantity: 1 });
    const q = `query ($v: ID, $sku: String, $loc: ID, $reason: MovementReason, $after: DateTime, $before: DateTime) {
      stockMovements(first: 50, variantId: $v, sku: $sku, locationId: $loc, reason: $reason, occurredAfter: $after, occurredBefore: $before) { edges { node { quantity sku location { id } } } } }`;
    const list = async (v: Record<string, unknown>) => ((await call(q, v)).data!.stockMovements.edges as { node: { quantity: number } }[]).map((e) => e.node.quantity);
    expect(await list({ v: item.variantId })).toEqual([6, 4]);
    expect(await list({ sku: item.sku })).toEqual([6, 4]);
    expect(await list({ sku: item.sku, loc: a.id })).toEqual([4]);
    expect(await list({ v: item.variantId, after: mid.toISOString() })).toEqual([6]);
    expect(await list({ v: item.variantId, before: mid.toISOString() })).toEqual([4]);
    expect(await list({ v: item.variantId, reason: 'SALE' })).toEqual([]);
    expect(await list({ sku: 'NO-SUCH' })).toEqual([]);
    expect(await list({ v: 'malformed' })).toEqual([]);
  });

  it('is append-only: the database refuses to change or delete an entry', async () => {
    const m = await prisma.stockMovement.findFirstOrThrow({ where: { tenantId: fashion } });
    await expect(prisma.stockMovement.update({ where: { id: m.id }, data: { quantity: 999 } })).rejects.toThrow(/append-only/);
    await expect(prisma.stockMovement.delete({ where: { id: m.id } })).rejects.toThrow(/append-only/);
  });
});

describe('thresholds, alerts, reorder suggestions', () => {
  it('raises LOW_STOCK once per crossing, not on every change below the threshold', async () => {
    const item = await createItem(prisma, fashion);
    const loc = await createLocation(prisma, fashion);
    const ctx = serviceContext(prisma, fashion);
    await receiveStock(ctx, { variantId: item.variantId, locationId: loc.id, quantity: 10 });
    payload(await call(THRESHOLDS, { i: { variantId: item.variantId, locationId: loc.id, lowStockThreshold: 3, reorderPoint: 4, reorderQuantity: 20 } }), 'setStockThresholds');
    expect(await alerts(item.variantId)).toEqual([]);
    const adjust = (quantity: number) => call(ADJUST, { i: { variantId: item.variantId, locationId: loc.id, quantity, reason: 'ADJUSTMENT' } });
    payload(await adjust(-5), 'adjustStock'); // 5: above
    payload(await adjust(-2), 'adjustStock'); // 3: crosses
    payload(await adjust(-1), 'adjustStock'); // 2: still below, no new alert
    payload(await adjust(-2), 'adjustStock'); // 0
    expect((await alerts(item.variantId)).map((a) => [a.available, a.threshold])).toEqual([[3, 3]]);
    payload(await adjust(6), 'adjustStock'); // 6: back above
    payload(await adjust(-4), 'adjustStock'); // 2: crosses again
    expect((await alerts(item.variantId)).map((a) => a.available)).toEqual([3, 2]);

    const list = await call('query { stockAlerts(first: 100, kind: LOW_STOCK, acknowledged: false) { edges { node { id sku available threshold message } } } }');
    const mine = list.data!.stockAlerts.edges.filter((e: any) => e.node.sku === item.sku);
    expect(mine).toHaveLength(2);
    const ack = payload(await call('mutation ($id: ID!) { acknowledgeAlert(id: $id) { alert { id acknowledgedAt } userErrors { code } } }', { id: mine[0].node.id }), 'acknowledgeAlert');
    expect(ack.alert.acknowledgedAt).not.toBeNull();
    const open = await call('query { stockAlerts(first: 100, acknowledged: false) { edges { node { id } } } }');
    expect(open.data!.stockAlerts.edges.map((e: any) => e.node.id)).not.toContain(mine[0].node.id);
    expect(userErrorCodes(await call('mutation { acknowledgeAlert(id: "nope") { alert { id } userErrors { code } } }'), 'acknowledgeAlert')).toEqual(['NOT_FOUND']);
  });

  it('setting a threshold the stock is already under counts as a crossing', async () => {
    const item = await createItem(prisma, fashion);
    const loc = await createLocation(prisma, fashion);
    await receiveStock(serviceContext(prisma, fashion), { variantId: item.variantId, locationId: loc.id, quantity: 2 });
    payload(await call(THRESHOLDS, { i: { sku: item.sku, locationId: loc.id, lowStockThreshold: 5 } }), 'setStockThresholds');
    payload(await call(THRESHOLDS, { i: { sku: item.sku, locationId: loc.id, lowStockThreshold: 4 } }), 'setStockThresholds');
    expect((await alerts(item.variantId)).map((a) => [a.available, a.threshold])).toEqual([[2, 5]]);
    expect(userErrorCodes(await call(THRESHOLDS, { i: { sku: item.sku, locationId: loc.id, lowStockThreshold: -1 } }), 'setStockThresholds')).toEqual(['BAD_USER_INPUT']);
    expect(userErrorCodes(await call(THRESHOLDS, { i: { sku: item.sku, locationId: loc.id, reorderQuantity: 0 } }), 'setStockThresholds')).toEqual(['BAD_USER_INPUT']);
  });

  it('suggests reorders for levels at or below their reorder point', async () => {
    const loc = await createLocation(prisma, fashion);
    const ctx = serviceContext(prisma, fashion);
    const low = await createItem(prisma, fashion);
    const lowNoQty = await createItem(prisma, fashion);
    const fine = await createItem(prisma, fashion);
    for (const [item, onHand, point, qty] of [[low, 2, 5, 30], [lowNoQty, 1, 4, null], [fine, 9, 5, 10]] as const) {
      await receiveStock(ctx, { variantId: item.variantId, locationId: loc.id, quantity: onHand });
      payload(await call(THRESHOLDS, { i: { variantId: item.variantId, locationId: loc.id, reorderPoint: point, reorderQuantity: qty } }), 'setStockThresholds');
    }
    const r = await call('query ($loc: ID) { reorderSuggestions(first: 10, locationId: $loc) { edges { node { available reorderPoint suggestedQuantity stockLevel { sku } } } pageInfo { hasNextPage } } }', { loc: loc.id });
    const rows = r.data!.reorderSuggestions.edges.map((e: any) => e.node);
    expect(rows).toEqual(
      expect.arrayContaining([
        { available: 2, reorderPoint: 5, suggestedQuantity: 30, stockLevel: { sku: low.sku } },
        { available: 1, reorderPoint: 4, suggestedQuantity: 4, stockLevel: { sku: lowNoQty.sku } },
      ]),
    );
    expect(rows).toHaveLength(2);
    // Paging: one at a time, forward.
    const p1 = await call('query ($loc: ID) { reorderSuggestions(first: 1, locationId: $loc) { edges { cursor } pageInfo { hasNextPage endCursor } } }', { loc: loc.id });
    expect(p1.data!.reorderSuggestions.pageInfo.hasNextPage).toBe(true);
    const p2 = await call('query ($loc: ID, $after: String) { reorderSuggestions(first: 1, after: $after, locationId: $loc) { edges { cursor } pageInfo { hasNextPage } } }', {
      loc: loc.id,
      after: p1.data!.reorderSuggestions.pageInfo.endCursor,
    });
    expect(p2.data!.reorderSuggestions.pageInfo.hasNextPage).toBe(false);
    expect(p2.data!.reorderSuggestions.edges[0].cursor).not.toBe(p1.data!.reorderSuggestions.edges[0].cursor);
  });
});

describe('locations', () => {
  it('updates, deactivates (stock stops being available, catalog is told) and refuses receipts into a closed location', async () => {
    const item = await createItem(prisma, fashion);
    const loc = payload(await call('mutation { createLocation(input: { code: "van-7", name: "Van 7", kind: VEHICLE }) { location { id code } userErrors { code } } }'), 'createLocation').location;
    expect(loc.code).toBe('VAN-7');
    const upd = payload(await call('mutation ($i: UpdateLocationInput!) { updateLocation(input: $i) { location { name kind } userErrors { code } } }', { i: { id: loc.id, name: 'Van seven', kind: 'SHOP' } }), 'updateLocation');
    expect(upd.location).toEqual({ name: 'Van seven', kind: 'SHOP' });
    expect(userErrorCodes(await call('mutation ($i: UpdateLocationInput!) { updateLocation(input: $i) { location { name } userErrors { code } } }', { i: { id: loc.id, name: '  ' } }), 'updateLocation')).toEqual(['BAD_USER_INPUT']);
    await receiveStock(serviceContext(prisma, fashion), { variantId: item.variantId, locationId: loc.id, quantity: 4 });
    const off = payload(await call('mutation ($id: ID!) { deactivateLocation(id: $id) { location { active } userErrors { code } } }', { id: loc.id }), 'deactivateLocation');
    expect(off.location.active).toBe(false);
    expect((await availabilityEvents(prisma, item.variantId)).map((e) => e.available)).toEqual([4, 0]);
    const level = await call(`query ($v: ID) { stockLevels(first: 5, variantId: $v) { edges { node { onHand available location { active } } } } }`, { v: item.variantId });
    expect(level.data!.stockLevels.edges[0].node).toEqual({ onHand: 4, available: 4, location: { active: false } });
    expect(userErrorCodes(await call(RECEIVE, { i: { variantId: item.variantId, locationId: loc.id, quantity: 1 } }), 'receiveStock')).toEqual(['BAD_USER_INPUT']);
    // Counting stock out of a closed location still works.
    payload(await call(ADJUST, { i: { variantId: item.variantId, locationId: loc.id, quantity: -4, reason: 'CORRECTION' } }), 'adjustStock');
    const inactive = await call('query { locations(first: 100, active: false) { edges { node { id } } } }');
    expect(inactive.data!.locations.edges.map((e: any) => e.node.id)).toContain(loc.id);
  });
});

async function waitFor(pred: () => Promise<boolean>, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await pred()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('condition not met in time');
}
