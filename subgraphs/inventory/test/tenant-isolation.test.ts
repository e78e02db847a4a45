/**
 * Tenant isolation of every inventory operation, through the gateway. Tenant A (ade-fashion) acts by its
 * staff and by its integration key; tenant B (naija-market) has locations, stock, movements, a transfer,
 * reservations, an allocation, alerts and a conflict. A's lists hold only A's rows; B's ids and SKUs are
 * unknown to A (NOT_FOUND / UNKNOWN_SKU, exactly like ids that do not exist); B's data is unchanged
 * afterwards; a header naming B changes nothing. A guard fails when an operation is not covered here.
 */
import { uuidv7, type PrismaClient } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import { startStack, type TestStack } from '../../../test/support/stack';
import { rootFieldNames } from '../../../test/support/operations';
import { schema } from '../src/schema';
import { allocateStock, setChannelPolicy } from '../src/services/channels';
import { applyStockMovements } from '../src/services/offline';
import { reserveStock } from '../src/services/reservations';
import { receiveStock, setStockThresholds, transferStock } from '../src/services/stock';
import { apiKey, createItem, createLocation, serviceContext, signIn, tenantId, tenantState } from './support';

let s: TestStack;
let prisma: PrismaClient;
const A = {} as { id: string; item: { variantId: string; sku: string; productId: string }; loc: { id: string }; loc2: { id: string }; callers: Record<string, Record<string, string>> };
const B = {} as {
  id: string;
  item: { variantId: string; sku: string; productId: string };
  loc: { id: string };
  levelId: string;
  reservationId: string;
  alertId: string;
  conflictId: string;
  allocationId: string;
  movementId: string;
};

beforeAll(async () => {
  s = await startStack();
  prisma = s.stack.prisma;
  A.id = await tenantId(prisma, 'ade-fashion');
  B.id = await tenantId(prisma, 'naija-market');

  // B's inventory, made by its own services.
  const bCtx = serviceContext(prisma, B.id);
  const bItem = await createItem(prisma, B.id);
  const bLoc = await createLocation(prisma, B.id, { code: 'SHARED-CODE' });
  const bLoc2 = await createLocation(prisma, B.id);
  B.item = bItem;
  B.loc = bLoc;
  B.levelId = (await receiveStock(bCtx, { variantId: bItem.variantId, locationId: bLoc.id, quantity: 20 })).stockLevel.id;
  await transferStock(bCtx, { variantId: bItem.variantId, fromLocationId: bLoc.id, toLocationId: bLoc2.id, quantity: 2 });
  await setStockThresholds(bCtx, { variantId: bItem.variantId, locationId: bLoc.id, lowStockThreshold: 30, reorderPoint: 30 });
  B.reservationId = (await reserveStock(bCtx, { variantId: bItem.variantId, quantity: 1, channel: 'SVM', ttlSeconds: 3600 })).id;
  await setChannelPolicy(bCtx, { channel: 'POS', mode: 'ALLOCATED' });
  B.allocationId = (await allocateStock(bCtx, { channel: 'POS', variantId: bItem.variantId, locationId: bLoc.id, quantity: 3 })).allocation.id;
  const [offline] = await applyStockMovements(bCtx, [{ clientId: uuidv7(), variantId: bItem.variantId, locationId: bLoc2.id, quantity: -5, reason: 'SALE', occurredAt: new Date() }]);
  B.conflictId = offline.conflict!.id;
  B.movementId = offline.movement.id;
  B.alertId = (await prisma.stockAlert.findFirstOrThrow({ where: { tenantId: B.id } })).id;

  // A's own: an item and two locations, with some stock.
  A.item = await createItem(prisma, A.id);
  A.loc = await createLocation(prisma, A.id);
  A.loc2 = await createLocation(prisma, A.id);
  // ...and one of every kind of row B has, so A's lists are not empty by accident.
  const aCtx = serviceContext(prisma, A.id);
  await receiveStock(aCtx, { variantId: A.item.variantId, locationId: A.loc.id, quantity: 10 });
  await setStockThresholds(aCtx, { variantId: A.item.variantId, locationId: A.loc.id, lowStockThreshold: 10, reorderPoint: 10 });
  await reserveStock(aCtx, { variantId: A.item.variantId, quantity: 1, channel: 'SVM', ttlSeconds: 3600 });
  await setChannelPolicy(aCtx, { channel: 'MVM', mode: 'INDEPENDENT' });
  await allocateStock(aCtx, { channel: 'MVM', variantId: A.item.variantId, locationId: A.loc.id, quantity: 5 });
  await applyStockMovements(aCtx, [{ clientId: uuidv7(), variantId: A.item.variantId, locationId: A.loc2.id, quantity: -1, reason: 'SALE', occurredAt: new Date() }]);
  const admin = await signIn(s, 'ade-fashion', 'client');
  A.callers = { staff: await signIn(s, 'ade-fashion', 'staff'), apiKey: await apiKey(s, admin, ['inventory:read', 'inventory:write']) };
});
afterAll(async () => {
  await s?.stop();
});

/** B's rows of every kind, for "unchanged" checks (B's policy included). */
const snapshotB = () => tenantState(prisma, B.id);

// ---------------------------------------------------------------------------------------------------
// Reads: what A lists contains only A's rows
// ---------------------------------------------------------------------------------------------------

const LISTS: Record<string, { query: string; model: 'location' | 'stockLevel' | 'stockMovement' | 'reservation' | 'channelAllocation' | 'stockAlert' | 'stockConflict' }> = {
  locations: { query: '{ locations(first: 100) { edges { node { id } } } }', model: 'location' },
  stockLevels: { query: '{ stockLevels(first: 100) { edges { node { id } } } }', model: 'stockLevel' },
  stockMovements: { query: '{ stockMovements(first: 100) { edges { node { id } } } }', model: 'stockMovement' },
  reservations: { query: '{ reservations(first: 100) { edges { node { id } } } }', model: 'reservation' },
  channelAllocations: { query: '{ channelAllocations(first: 100) { edges { node { id } } } }', model: 'channelAllocation' },
  stockAlerts: { query: '{ stockAlerts(first: 100) { edges { node { id } } } }', model: 'stockAlert' },
  stockConflicts: { query: '{ stockConflicts(first: 100) { edges { node { id } } } }', model: 'stockConflict' },
  reorderSuggestions: { query: '{ reorderSuggestions(first: 100) { edges { node { stockLevel { id } } } } }', model: 'stockLevel' },
};

const SINGLE_READS: Record<string, { query: string; variables: () => Record<string, unknown> }> = {
  stockLevel: { query: 'query ($id: ID!) { stockLevel(id: $id) { id } }', variables: () => ({ id: B.levelId }) },
  reservation: { query: 'query ($id: ID!) { reservation(id: $id) { id } }', variables: () => ({ id: B.reservationId }) },
};

describe.each(['staff', 'apiKey'])('A’s %s', (who) => {
  const call = (query: string, variables: Record<string, unknown> = {}, extra: Record<string, string> = {}) => gql(s.gatewayUrl, query, variables, { ...A.callers[who], ...extra });

  it.each(Object.entries(LISTS))('%s lists only A’s rows (also with a header naming B)', async (field, { query, model }) => {
    for (const extra of [{}, { 'x-tenant': 'naija-market' }] as Record<string, string>[]) {
      const r = await call(query, {}, extra);
      expect(r.errors).toBeUndefined();
      const ids: string[] = r.data![field].edges.map((e: any) => e.node.id ?? e.node.stockLevel.id);
      expect(ids.length).toBeGreaterThan(0);
      const rows: { tenantId: string }[] = await (prisma[model] as any).findMany({ where: { id: { in: ids } }, select: { tenantId: true } });
      expect(rows.length).toBe(ids.length);
      expect(rows.every((row) => row.tenantId === A.id)).toBe(true);
    }
  });

  it('channelPolicies are A’s own (B’s POS is ALLOCATED)', async () => {
    const r = await call('{ channelPolicies { channel mode } }');
    expect(r.data!.channelPolicies.find((p: any) => p.channel === 'POS').mode).toBe('SHARED');
  });

  it('stockReport holds A’s locations and products only (also with a header naming B)', async () => {
    for (const extra of [{}, { 'x-tenant': 'naija-market' }] as Record<string, string>[]) {
      for (const by of ['LOCATION', 'PRODUCT']) {
        const r = await call(`{ stockReport(groupBy: ${by}) { key onHand } }`, {}, extra);
        expect(r.errors).toBeUndefined();
        const keys: string[] = r.data!.stockReport.map((row: any) => row.key);
        expect(keys).toContain(by === 'LOCATION' ? A.loc.id : A.item.productId);
        expect(keys).not.toContain(by === 'LOCATION' ? B.loc.id : B.item.productId);
      }
    }
  });

  it.each(Object.entries(SINGLE_READS))('%s(B’s id) is null', async (_f, { query, variables }) => {
    const r = await call(query, variables());
    expect(r.errors).toBeUndefined();
    expect(Object.values(r.data!)[0]).toBeNull();
  });

  // -------------------------------------------------------------------------------------------------
  // Writes: B's ids behave like unknown ids, nothing written anywhere
  // -------------------------------------------------------------------------------------------------

  const MUTATIONS: Record<string, { document: string; cases: () => [string, Record<string, unknown>, string][] }> = {
    createLocation: {
      // Codes are unique per tenant: B's code is free in A (this one writes, in A only).
      document: 'mutation ($i: CreateLocationInput!) { createLocation(input: $i) { location { id } userErrors { code } } }',
      cases: () => [],
    },
    updateLocation: {
      document: 'mutation ($i: UpdateLocationInput!) { updateLocation(input: $i) { location { id } userErrors { code } } }',
      cases: () => [['B’s location', { i: { id: B.loc.id, name: 'taken over' } }, 'NOT_FOUND']],
    },
    deactivateLocation: {
      document: 'mutation ($id: ID!) { deactivateLocation(id: $id) { location { id } userErrors { code } } }',
      cases: () => [['B’s location', { id: B.loc.id }, 'NOT_FOUND']],
    },
    receiveStock: {
      document: 'mutation ($i: ReceiveStockInput!) { receiveStock(input: $i) { stockLevel { id } userErrors { code } } }',
      cases: () => [
        ['B’s variant', { i: { variantId: B.item.variantId, locationId: A.loc.id, quantity: 1 } }, 'NOT_FOUND'],
        ['B’s SKU', { i: { sku: B.item.sku, locationId: A.loc.id, quantity: 1 } }, 'UNKNOWN_SKU'],
        ['B’s location', { i: { variantId: A.item.variantId, locationId: B.loc.id, quantity: 1 } }, 'NOT_FOUND'],
      ],
    },
    adjustStock: {
      document: 'mutation ($i: AdjustStockInput!) { adjustStock(input: $i) { stockLevel { id } userErrors { code } } }',
      cases: () => [
        ['B’s variant', { i: { variantId: B.item.variantId, locationId: B.loc.id, quantity: -1, reason: 'ADJUSTMENT' } }, 'NOT_FOUND'],
        ['B’s location', { i: { variantId: A.item.variantId, locationId: B.loc.id, quantity: -1, reason: 'ADJUSTMENT' } }, 'NOT_FOUND'],
      ],
    },
    transferStock: {
      document: 'mutation ($i: TransferStockInput!) { transferStock(input: $i) { transfer { id } userErrors { code } } }',
      cases: () => [
        ['to B’s location', { i: { variantId: A.item.variantId, fromLocationId: A.loc.id, toLocationId: B.loc.id, quantity: 1 } }, 'NOT_FOUND'],
        ['from B’s location', { i: { variantId: A.item.variantId, fromLocationId: B.loc.id, toLocationId: A.loc.id, quantity: 1 } }, 'NOT_FOUND'],
        ['B’s variant', { i: { sku: B.item.sku, fromLocationId: A.loc.id, toLocationId: A.loc2.id, quantity: 1 } }, 'UNKNOWN_SKU'],
      ],
    },
    setStockThresholds: {
      document: 'mutation ($i: SetStockThresholdsInput!) { setStockThresholds(input: $i) { stockLevel { id } userErrors { code } } }',
      cases: () => [
        ['B’s variant', { i: { variantId: B.item.variantId, locationId: B.loc.id, lowStockThreshold: 1 } }, 'NOT_FOUND'],
        ['B’s location', { i: { variantId: A.item.variantId, locationId: B.loc.id, lowStockThreshold: 1 } }, 'NOT_FOUND'],
      ],
    },
    reserveStock: {
      document: 'mutation ($i: ReserveStockInput!) { reserveStock(input: $i) { reservation { id } userErrors { code } } }',
      cases: () => [
        ['B’s SKU', { i: { sku: B.item.sku, quantity: 1, channel: 'SVM', ttlSeconds: 60 } }, 'UNKNOWN_SKU'],
        ['B’s variant', { i: { variantId: B.item.variantId, quantity: 1, channel: 'SVM', ttlSeconds: 60 } }, 'NOT_FOUND'],
        ['B’s location', { i: { variantId: A.item.variantId, quantity: 1, channel: 'SVM', ttlSeconds: 60, locationId: B.loc.id } }, 'NOT_FOUND'],
      ],
    },
    commitReservation: {
      document: 'mutation ($id: ID!) { commitReservation(id: $id) { reservation { id } userErrors { code } } }',
      cases: () => [['B’s reservation', { id: B.reservationId }, 'NOT_FOUND']],
    },
    releaseReservation: {
      document: 'mutation ($id: ID!) { releaseReservation(id: $id) { reservation { id } userErrors { code } } }',
      cases: () => [['B’s reservation', { id: B.reservationId }, 'NOT_FOUND']],
    },
    setChannelPolicy: {
      // Only ever A's own setting; checked below.
      document: 'mutation { setChannelPolicy(channel: POS, mode: SHARED) { policy { mode } userErrors { code } } }',
      cases: () => [],
    },
    allocateStock: {
      document: 'mutation ($i: AllocateStockInput!) { allocateStock(input: $i) { allocation { id } userErrors { code } } }',
      cases: () => [
        ['B’s variant', { i: { channel: 'POS', variantId: B.item.variantId, locationId: B.loc.id, quantity: 1 } }, 'NOT_FOUND'],
        ['B’s location', { i: { channel: 'POS', variantId: A.item.variantId, locationId: B.loc.id, quantity: 1 } }, 'NOT_FOUND'],
      ],
    },
    deallocateStock: {
      document: 'mutation ($i: AllocateStockInput!) { deallocateStock(input: $i) { allocation { id } userErrors { code } } }',
      cases: () => [['B’s allocation', { i: { channel: 'POS', sku: B.item.sku, locationId: B.loc.id, quantity: 1 } }, 'UNKNOWN_SKU']],
    },
    applyStockMovements: {
      document: 'mutation ($m: [OfflineMovementInput!]!) { applyStockMovements(movements: $m) { results { status } userErrors { code } } }',
      cases: () => [
        ['B’s location', { m: [{ clientId: uuidv7(), variantId: A.item.variantId, locationId: B.loc.id, quantity: -1, reason: 'SALE', occurredAt: new Date().toISOString() }] }, 'NOT_FOUND'],
        ['B’s variant', { m: [{ clientId: uuidv7(), variantId: B.item.variantId, locationId: A.loc.id, quantity: -1, reason: 'SALE', occurredAt: new Date().toISOString() }] }, 'NOT_FOUND'],
      ],
    },
    acknowledgeAlert: {
      document: 'mutation ($id: ID!) { acknowledgeAlert(id: $id) { alert { id } userErrors { code } } }',
      cases: () => [['B’s alert', { id: B.alertId }, 'NOT_FOUND']],
    },
    resolveStockConflict: {
      document: 'mutation ($id: ID!) { resolveStockConflict(id: $id) { conflict { id } userErrors { code } } }',
      cases: () => [['B’s conflict', { id: B.conflictId }, 'NOT_FOUND']],
    },
  };

  it('covers every inventory query and mutation', () => {
    const { queries, mutations } = rootFieldNames(schema);
    expect(queries.filter((q) => !(q in LISTS) && !(q in SINGLE_READS) && q !== 'channelPolicies' && q !== 'stockReport')).toEqual([]);
    expect(mutations.filter((m) => !(m in MUTATIONS)).sort()).toEqual([]);
  });

  it.each(Object.entries(MUTATIONS))('%s: B’s ids are unknown, nothing written', async (name, m) => {
    const cases = m.cases();
    const beforeB = await snapshotB();
    for (const [label, variables, code] of cases) {
      const beforeA = await tenantState(prisma, A.id);
      const r = await call(m.document, variables);
      expect({ label, errors: r.errors, codes: r.data?.[name]?.userErrors?.map((e: any) => e.code) }).toEqual({ label, errors: undefined, codes: [code] });
      expect(await tenantState(prisma, A.id)).toEqual(beforeA);
    }
    if (name === 'createLocation') {
      const r = await call(m.document, { i: { code: 'SHARED-CODE', name: `A's ${who}`, kind: 'SHOP' } });
      // The first caller creates it; the second finds the code taken in A (not in B).
      expect([[], ['ALREADY_EXISTS']]).toContainEqual(r.data!.createLocation.userErrors.map((e: any) => e.code));
    }
    if (name === 'setChannelPolicy') {
      const r = await call(m.document);
      expect(r.errors ?? r.data!.setChannelPolicy.userErrors).toEqual(who === 'apiKey' ? [] : [expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
    }
    expect(await snapshotB()).toEqual(beforeB);
  });
});
