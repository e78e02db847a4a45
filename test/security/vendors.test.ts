/**
 * Marketplace vendors, attacked from outside (issue 10, item 11): a vendor signed in to naija-market must
 * not read another vendor's stock — not by listing levels, movements or reservations, not by naming the
 * other vendor's SKU or level id, not through the `inventoryChanged` feed, and must not move it; an agent
 * reads no stock at all. The vendor still reads and stocks its own variants.
 */
import { uuidv7, type PrismaClient } from '@webwaka/kit';
import { gql } from '../support/graphql';
import { signIn, userErrorCodes } from '../support/callers';
import { startStack, type TestStack } from '../support/stack';
import { settle, subscribe } from '../support/subscribe';
import { receiveStock } from '../../subgraphs/inventory/src/services/stock';
import { serviceContext } from '../../subgraphs/inventory/test/support';

let s: TestStack;
let prisma: PrismaClient;
let market: string;
let vendor: Record<string, string>;
let vendorUserId: string;
let own: { variantId: string; sku: string };
let foreign: { variantId: string; sku: string };
let location: string;

beforeAll(async () => {
  s = await startStack();
  prisma = s.stack.prisma;
  market = (await prisma.tenant.findUniqueOrThrow({ where: { slug: 'naija-market' } })).id;
  vendor = await signIn(s, 'naija-market', 'vendor');
  vendorUserId = (await prisma.user.findFirstOrThrow({ where: { email: 'vendor@webwaka.test' } })).id;
  own = await prisma.inventoryItem.findFirstOrThrow({ where: { tenantId: market, vendorOwnerUserId: vendorUserId } });
  foreign = await prisma.inventoryItem.findFirstOrThrow({ where: { tenantId: market, vendorOwnerUserId: null, vendorId: { not: null } } });
  location = (await prisma.location.findFirstOrThrow({ where: { tenantId: market, active: true } })).id;
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

const ownVariants = async () => new Set((await prisma.inventoryItem.findMany({ where: { tenantId: market, vendorOwnerUserId: vendorUserId }, select: { variantId: true } })).map((i) => i.variantId));

describe('a vendor reads only its own stock', () => {
  it('lists of levels, movements, reservations and alerts hold only its own variants', async () => {
    const r = await gql(
      s.gatewayUrl,
      `{ stockLevels(first: 100) { edges { node { variantId } } }
         stockMovements(first: 100) { edges { node { variantId } } }
         reservations(first: 100) { edges { node { variantId } } }
         stockAlerts(first: 100) { edges { node { variantId } } } }`,
      {},
      vendor,
    );
    expect(r.errors).toBeUndefined();
    const mine = await ownVariants();
    const seen = ['stockLevels', 'stockMovements', 'reservations', 'stockAlerts'].flatMap((f) => (r.data as any)[f].edges.map((e: any) => e.node.variantId));
    expect((r.data as any).stockLevels.edges.length).toBeGreaterThan(0);
    expect(seen.filter((v) => !mine.has(v))).toEqual([]);
  });

  it("another vendor's level, SKU and variant read as nothing", async () => {
    const level = await prisma.stockLevel.findFirstOrThrow({ where: { variantId: foreign.variantId } });
    const r = await gql(
      s.gatewayUrl,
      `query ($id: ID!, $sku: String!, $v: ID!) {
         stockLevel(id: $id) { id onHand }
         bySku: stockLevels(sku: $sku) { edges { node { id } } }
         byVariant: stockLevels(variantId: $v) { edges { node { id } } }
         moves: stockMovements(sku: $sku) { edges { node { id } } } }`,
      { id: level.id, sku: foreign.sku, v: foreign.variantId },
      vendor,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ stockLevel: null, bySku: { edges: [] }, byVariant: { edges: [] }, moves: { edges: [] } });
    // The same questions about its own variant are answered.
    const mine = await gql(s.gatewayUrl, 'query ($sku: String!) { stockLevels(sku: $sku) { edges { node { id } } } }', { sku: own.sku }, vendor);
    expect((mine.data as any).stockLevels.edges.length).toBeGreaterThan(0);
  });

  it("cannot receive or adjust another vendor's stock, but can stock its own", async () => {
    const receive = 'mutation ($i: ReceiveStockInput!) { receiveStock(input: $i) { stockLevel { onHand } userErrors { code } } }';
    const before = await prisma.stockLevel.findMany({ where: { variantId: foreign.variantId } });
    expect(userErrorCodes(await gql(s.gatewayUrl, receive, { i: { sku: foreign.sku, locationId: location, quantity: 5 } }, vendor), 'receiveStock')).toEqual(['UNKNOWN_SKU']);
    expect(userErrorCodes(await gql(s.gatewayUrl, receive, { i: { variantId: foreign.variantId, locationId: location, quantity: 5 } }, vendor), 'receiveStock')).toEqual(['NOT_FOUND']);
    const adjust = 'mutation ($i: AdjustStockInput!) { adjustStock(input: $i) { stockLevel { onHand } userErrors { code } } }';
    expect(userErrorCodes(await gql(s.gatewayUrl, adjust, { i: { sku: foreign.sku, locationId: location, quantity: -1, reason: 'ADJUSTMENT' } }, vendor), 'adjustStock')).toEqual(['UNKNOWN_SKU']);
    expect(await prisma.stockLevel.findMany({ where: { variantId: foreign.variantId } })).toEqual(before);
    const ok = await gql(s.gatewayUrl, receive, { i: { sku: own.sku, locationId: location, quantity: 2 } }, vendor);
    expect(userErrorCodes(ok, 'receiveStock')).toEqual([]);
  });

  it("the inventoryChanged feed carries its own levels and never another vendor's", async () => {
    const sub = subscribe<any>(s.wsUrl, 'subscription { inventoryChanged { id variantId onHand } }', { authorization: vendor.authorization });
    try {
      await settle();
      const staff = serviceContext(prisma, market);
      const theirs = await receiveStock(staff, { variantId: foreign.variantId, locationId: location, quantity: 3 });
      const mine = await receiveStock(staff, { variantId: own.variantId, locationId: location, quantity: 1 });
      await sub.next((e) => e.inventoryChanged.id === mine.stockLevel.id);
      // The foreign change was committed first; give its event every chance to arrive.
      await settle(800);
      expect(sub.events.map((e) => e.inventoryChanged.id)).not.toContain(theirs.stockLevel.id);
      expect(sub.events.every((e) => e.inventoryChanged.variantId === own.variantId)).toBe(true);
      expect(sub.errors).toEqual([]);
    } finally {
      await sub.close();
    }
  });
});

describe('an agent reads no stock', () => {
  it('queries and the feed are FORBIDDEN', async () => {
    const agent = await signIn(s, 'naija-market', 'agent');
    const r = await gql(s.gatewayUrl, '{ stockLevels(first: 5) { edges { node { id } } } }', {}, agent);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const m = await gql(s.gatewayUrl, 'query ($id: ID!) { stockLevel(id: $id) { id } }', { id: uuidv7() }, agent);
    expect(m.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const sub = subscribe(s.wsUrl, 'subscription { inventoryChanged { id } }', { authorization: agent.authorization });
    await settle(500);
    expect(JSON.stringify(sub.errors)).toContain('FORBIDDEN');
    await sub.close();
  });
});
