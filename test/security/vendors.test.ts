/**
 * Marketplace vendors, attacked from outside (issue 10, item 11): a vendor signed in to naija-market must
 * not read another vendor's stock — not by listing levels, movements or reservations, not by naming the
 * other vendor's SKU or level id, not through the `inventoryChanged` feed, and must not move it; an agent
 * reads no stock at all. The vendor still reads and stocks its own variants. And the flow that makes a
 * vendor: an approved applicant holds the VENDOR role (identity follows catalog's approval), and what it
 * publishes in the marketplace is listed, so shoppers can buy it.
 */
import { hashPassword, recordOutboxEvent, TOPICS, uuidv7, type PrismaClient } from '@webwaka/kit';
import { bearer, gql } from '../support/graphql';
import { payload, signIn, userErrorCodes, createUser, login } from '../support/callers';
import { startStack, type TestStack } from '../support/stack';
import { settle, subscribe } from '../support/subscribe';
import { receiveStock } from '../../subgraphs/inventory/src/services/stock';
import { serviceContext } from '../../subgraphs/inventory/test/support';
import { eventually } from '../../subgraphs/catalog/test/support';

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
    // A part of a SKU finds the vendor's own variants, never the other vendor's that share it.
    const part = 'JM-0';
    const partial = await gql(s.gatewayUrl, 'query ($sku: String!) { stockLevels(sku: $sku, first: 100) { edges { node { variantId sku } } } }', { sku: part.toLowerCase() }, vendor);
    const found = (partial.data as any).stockLevels.edges.map((e: any) => e.node);
    expect(found.length).toBeGreaterThan(0);
    const mineIds = await ownVariants();
    expect(found.filter((n: any) => !mineIds.has(n.variantId))).toEqual([]);
    expect(found.every((n: any) => n.sku.includes(part))).toBe(true);
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
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && sub.errors.length === 0) await settle(50);
    expect(JSON.stringify(sub.errors)).toContain('FORBIDDEN');
    await sub.close();
  });
});

describe('an approved applicant acts as a vendor', () => {
  it('approval grants the VENDOR role (audited, once), the new product is listed when published, the vendor stocks it; suspension takes the role back', async () => {
    const email = `applicant-${uuidv7()}@vendors.test`;
    const user = await createUser(prisma, { email, passwordHash: await hashPassword(s.demo.password), memberships: [{ tenantId: market, role: 'CUSTOMER' }] });
    const asApplicant = async () => bearer((await login(s.gatewayUrl, 'naija-market', email, s.demo.password)).accessToken);
    let applicant = await asApplicant();
    const applied = payload(
      await gql(
        s.gatewayUrl,
        'mutation ($i: VendorApplicationInput!) { applyAsVendor(input: $i) { vendor { id status } userErrors { code } } }',
        { i: { businessName: `Yaba Crafts ${uuidv7().slice(-6)}`, legalName: 'Yaba Crafts Ltd', tin: '12345678-0002', email: 'yaba@crafts.example.ng', phone: '+2348012345678', address: '12 Herbert Macaulay Way, Yaba' } },
        applicant,
      ),
      'applyAsVendor',
    );
    const vendorId = applied.vendor.id;
    const roles = () => prisma.membership.findMany({ where: { userId: user.id, tenantId: market, role: 'VENDOR' } });
    expect(await roles()).toEqual([]);

    const admin = await signIn(s, 'naija-market', 'client');
    payload(await gql(s.gatewayUrl, 'mutation ($id: ID!) { approveVendor(id: $id) { vendor { status } userErrors { code } } }', { id: vendorId }, admin), 'approveVendor');
    expect(await eventually(async () => (await roles()).length === 1)).toBe(true);
    const grants = await prisma.auditEvent.findMany({ where: { tenantId: market, subjectId: user.id, type: 'role.granted' } });
    expect(grants.map((g) => g.data)).toEqual([expect.objectContaining({ role: 'VENDOR', vendorId })]);

    // Roles ride in access tokens: the applicant signs in again and sells.
    applicant = await asApplicant();
    const sku = `YABA-${uuidv7().slice(-8).toUpperCase()}`;
    const created = payload(
      await gql(
        s.gatewayUrl,
        'mutation ($i: CreateProductInput!) { createProduct(input: $i) { product { id status } userErrors { code message } } }',
        { i: { title: 'Adire Tote Bag', status: 'ACTIVE', variants: [{ sku, basePrices: [{ amount: '1500000', currency: 'NGN' }] }] } },
        applicant,
      ),
      'createProduct',
    );
    const listing = await prisma.marketplaceListing.findFirst({ where: { tenantId: market, productId: created.product.id } });
    expect(listing).toMatchObject({ vendorId, active: true, commissionBps: 1000 });

    // Its variant reaches inventory with its owner; the vendor receives stock for it, and sees it.
    const item = await eventually(() => prisma.inventoryItem.findFirst({ where: { tenantId: market, sku, vendorOwnerUserId: user.id } }));
    expect(item).not.toBeNull();
    const received = await gql(s.gatewayUrl, 'mutation ($i: ReceiveStockInput!) { receiveStock(input: $i) { stockLevel { onHand } userErrors { code } } }', { i: { sku, locationId: location, quantity: 4 } }, applicant);
    expect(payload(received, 'receiveStock').stockLevel.onHand).toBe(4);
    // ...and not the first vendor's stock.
    const seen = await gql(s.gatewayUrl, 'query ($sku: String!) { stockLevels(sku: $sku) { edges { node { id } } } }', { sku: own.sku }, applicant);
    expect((seen.data as any).stockLevels.edges).toEqual([]);

    // A replayed approval event changes nothing; a suspension takes the role back.
    const approval = await prisma.outboxEvent.findFirstOrThrow({ where: { topic: TOPICS.CATALOG_VENDOR_STATUS_CHANGED, tenantId: market, payload: { path: ['to'], equals: 'APPROVED' }, AND: { payload: { path: ['vendorId'], equals: vendorId } } } });
    await prisma.$transaction((tx) => recordOutboxEvent(tx, { tenantId: market, topic: approval.topic, payload: approval.payload as never }));
    payload(await gql(s.gatewayUrl, 'mutation ($id: ID!) { suspendVendor(id: $id, reason: "Counterfeit goods reported") { vendor { status } userErrors { code } } }', { id: vendorId }, admin), 'suspendVendor');
    expect(await eventually(async () => (await roles()).length === 0)).toBe(true);
    await settle(800);
    expect(await roles()).toEqual([]);
    expect(await prisma.auditEvent.count({ where: { tenantId: market, subjectId: user.id, type: 'role.granted' } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { tenantId: market, subjectId: user.id, type: 'role.revoked' } })).toBe(1);
  });
});
