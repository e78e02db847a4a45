/**
 * Inventory seen from the rest of the graph: `ProductVariant.inventory` / `availableForSale` and
 * `Product.availableForSale` on catalog's entities (correct figures, tenant-scoped, one query per field
 * however many entities), and the live `inventoryChanged` feed over graphql-ws (authorised like the
 * `stockLevel` query, carrying the selected fields, only the subscriber's tenant).
 */
import { ACTOR_HEADER, config, signActorHeader, startSubgraph, uuidv7, type Actor, type PrismaClient, type RunningSubgraph } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import { startStack, type TestStack } from '../../../test/support/stack';
import { settle, subscribe } from '../../../test/support/subscribe';
import { schema } from '../src/schema';
import { variantTotals } from '../src/services/levels';
import { reserveStock } from '../src/services/reservations';
import { adjustStock, receiveStock } from '../src/services/stock';
import { createItem, createLocation, serviceContext, signIn, tenantId } from './support';

let s: TestStack;
let prisma: PrismaClient;
let fashion: string;
let naija: string;
let staff: Record<string, string>;

beforeAll(async () => {
  s = await startStack();
  prisma = s.stack.prisma;
  fashion = await tenantId(prisma, 'ade-fashion');
  naija = await tenantId(prisma, 'naija-market');
  staff = await signIn(s, 'ade-fashion', 'staff');
});
afterAll(async () => {
  await s?.stop();
});

describe('federation', () => {
  const PRODUCTS = `query { products(first: 20, status: ACTIVE) { edges { node { id availableForSale
    variants { id sku availableForSale inventory { onHand reserved available levels { onHand available location { code } } } } } } } }`;

  it('catalog’s products carry stock figures from inventory that match its tables', async () => {
    // Some movement on a seeded variant so the figures are not just the seed's.
    const someItem = await prisma.inventoryItem.findFirstOrThrow({ where: { tenantId: fashion }, orderBy: { variantId: 'asc' } });
    const level = await prisma.stockLevel.findFirstOrThrow({ where: { variantId: someItem.variantId } });
    const ctx = serviceContext(prisma, fashion);
    await receiveStock(ctx, { variantId: someItem.variantId, locationId: level.locationId, quantity: 5 });
    await reserveStock(ctx, { variantId: someItem.variantId, quantity: 2, channel: 'SVM', ttlSeconds: 300 });

    const r = await gql(s.gatewayUrl, PRODUCTS, {}, staff);
    expect(r.errors).toBeUndefined();
    const products = r.data!.products.edges.map((e: any) => e.node);
    const variants = products.flatMap((p: any) => p.variants);
    expect(variants.length).toBeGreaterThan(5);
    const totals = new Map((await variantTotals(prisma, fashion, variants.map((v: any) => v.id))).map((t) => [t.variantId, t]));
    for (const v of variants) {
      const t = totals.get(v.id)!;
      expect({ id: v.id, inventory: { onHand: v.inventory.onHand, reserved: v.inventory.reserved, available: v.inventory.available }, forSale: v.availableForSale }).toEqual({
        id: v.id,
        inventory: { onHand: t.onHand, reserved: t.reserved, available: t.available },
        forSale: t.available > 0,
      });
      expect(v.inventory.levels.reduce((n: number, l: any) => n + l.onHand, 0)).toBe(t.onHand);
    }
    for (const p of products) expect(p.availableForSale).toBe(p.variants.some((v: any) => v.availableForSale));
    // Seeded data has sold-out variants too (8 % have no stock), so both answers occur.
    expect(new Set(variants.map((v: any) => v.availableForSale))).toEqual(new Set([true, false]));
  });

  it('availability is public, stock figures are not', async () => {
    const r = await gql(s.gatewayUrl, 'query { products(first: 3, status: ACTIVE) { edges { node { availableForSale variants { availableForSale inventory { onHand } } } } } }', {}, { 'x-tenant': 'ade-fashion' });
    const nodes = r.data!.products.edges.map((e: any) => e.node);
    expect(nodes.every((p: any) => typeof p.availableForSale === 'boolean')).toBe(true);
    expect(nodes.flatMap((p: any) => p.variants).every((v: any) => typeof v.availableForSale === 'boolean' && v.inventory === null)).toBe(true);
    expect(new Set((r.errors ?? []).map((e) => e.extensions?.code))).toEqual(new Set(['UNAUTHENTICATED']));
  });

  describe('batched and tenant-scoped (inventory subgraph called directly, queries counted)', () => {
    let probe: RunningSubgraph;
    const calls: string[] = [];
    beforeAll(async () => {
      probe = await startSubgraph({ name: 'inventory-probe', schema, prisma: countingPrisma(prisma, calls), pubsub: s.stack.pubsub });
    });
    afterAll(async () => {
      await probe?.close();
    });

    const actor = (tenant: string): Actor => ({ kind: 'user', tenantId: tenant, userId: uuidv7(), roles: ['STAFF'], scopes: [], apiKeyId: null, sessionId: null, mfa: false });
    async function entities(tenant: string, representations: unknown[], selection: string) {
      calls.length = 0;
      const payload = JSON.stringify({ query: `query ($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`, variables: { r: representations } });
      const res = await fetch(probe.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [ACTOR_HEADER]: signActorHeader(actor(tenant), uuidv7(), config.gatewaySecret, { audience: 'inventory-probe', body: payload }) },
        body: payload,
      });
      const body = await res.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return { data: body.data._entities as any[], calls: [...calls].sort() };
    }
    const VARIANT = '... on ProductVariant { id availableForSale inventory { onHand available levels { available location { code } } } }';

    it('one query per field, whether 3 or 40 variants', async () => {
      // The marketplace holds most of the seeded catalogue.
      const items = await prisma.inventoryItem.findMany({ where: { tenantId: naija }, take: 40, orderBy: { variantId: 'asc' } });
      const reps = items.map((i) => ({ __typename: 'ProductVariant', id: i.variantId }));
      const few = await entities(naija, reps.slice(0, 3), VARIANT);
      const many = await entities(naija, reps, VARIANT);
      expect(many.data).toHaveLength(40);
      expect(many.data.every((v) => v.inventory.levels.length >= 1)).toBe(true);
      expect(many.calls).toEqual(few.calls);
      // totals for `inventory`, totals for `availableForSale`, levels, their locations, their available figures.
      expect(many.calls).toEqual(['$queryRaw', '$queryRaw', '$queryRaw', 'location.findMany', 'stockLevel.findMany']);

      const products = [...new Set(items.map((i) => i.productId))].map((id) => ({ __typename: 'Product', id }));
      const p = await entities(naija, products, '... on Product { id availableForSale }');
      expect(p.calls).toEqual(['$queryRaw']);
      expect(p.data.every((x) => typeof x.availableForSale === 'boolean')).toBe(true);
    });

    it('another tenant’s variants and products are unknown: null, not their figures', async () => {
      const theirs = await createItem(prisma, naija);
      const loc = await createLocation(prisma, naija);
      await receiveStock(serviceContext(prisma, naija), { variantId: theirs.variantId, locationId: loc.id, quantity: 9 });
      const v = await entities(fashion, [{ __typename: 'ProductVariant', id: theirs.variantId }], VARIANT);
      expect(v.data).toEqual([{ id: theirs.variantId, availableForSale: null, inventory: null }]);
      const p = await entities(fashion, [{ __typename: 'Product', id: theirs.productId }], '... on Product { availableForSale }');
      expect(p.data).toEqual([{ availableForSale: false }]);
      // The owner sees them.
      const own = await entities(naija, [{ __typename: 'ProductVariant', id: theirs.variantId }], VARIANT);
      expect(own.data[0]).toMatchObject({ availableForSale: true, inventory: { onHand: 9, available: 9 } });
    });
  });
});

describe('inventoryChanged subscription', () => {
  const SUB = 'subscription { inventoryChanged { id onHand reserved available sku location { id } } }';

  it('streams committed changes of the subscriber’s tenant with the selected fields, and only those', async () => {
    const item = await createItem(prisma, fashion);
    const loc = await createLocation(prisma, fashion);
    const theirs = await createItem(prisma, naija);
    const theirLoc = await createLocation(prisma, naija);
    const sub = subscribe<any>(s.wsUrl, SUB, { authorization: staff.authorization });
    try {
      await settle();
      await receiveStock(serviceContext(prisma, naija), { variantId: theirs.variantId, locationId: theirLoc.id, quantity: 1 });
      const received = await receiveStock(serviceContext(prisma, fashion), { variantId: item.variantId, locationId: loc.id, quantity: 8 });
      const e1 = await sub.next((x) => x.inventoryChanged.id === received.stockLevel.id);
      expect(e1.inventoryChanged).toEqual({ id: received.stockLevel.id, onHand: 8, reserved: 0, available: 8, sku: item.sku, location: { id: loc.id } });
      await reserveStock(serviceContext(prisma, fashion), { variantId: item.variantId, quantity: 3, channel: 'POS', ttlSeconds: 300 });
      const e2 = await sub.next((x) => x.inventoryChanged.id === received.stockLevel.id && x.inventoryChanged.reserved === 3);
      expect(e2.inventoryChanged).toMatchObject({ onHand: 8, available: 5 });
      // A rejected change publishes nothing.
      await expect(adjustStock(serviceContext(prisma, fashion), { variantId: item.variantId, locationId: loc.id, quantity: -6, reason: 'ADJUSTMENT' })).rejects.toThrow();
      await settle(600);
      expect(sub.events.filter((x) => x.inventoryChanged.id === received.stockLevel.id)).toHaveLength(2);
      const levels = await prisma.stockLevel.findMany({ where: { id: { in: sub.events.map((x) => x.inventoryChanged.id) } }, select: { tenantId: true } });
      expect(new Set(levels.map((l) => l.tenantId))).toEqual(new Set([fashion]));
      expect(sub.errors).toEqual([]);
    } finally {
      await sub.close();
    }
  });

  it('refuses anonymous subscribers and customers, like the query', async () => {
    const anon = subscribe(s.wsUrl, SUB, { tenant: 'ade-fashion' });
    const customer = subscribe(s.wsUrl, SUB, { authorization: (await signIn(s, 'ade-fashion', 'customer')).authorization });
    await settle(500);
    expect(JSON.stringify(anon.errors)).toContain('UNAUTHENTICATED');
    expect(JSON.stringify(customer.errors)).toContain('FORBIDDEN');
    await anon.close();
    await customer.close();
  });
});

/** The Prisma client with every model call and raw query recorded in `calls` (as `model.method` / `$queryRaw`). */
function countingPrisma(prisma: PrismaClient, calls: string[]): PrismaClient {
  return new Proxy(prisma, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target);
      if (prop === '$queryRaw') {
        return (...args: unknown[]) => {
          calls.push('$queryRaw');
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      if (typeof prop === 'string' && !prop.startsWith('$') && value && typeof value === 'object') {
        return new Proxy(value, {
          get(model, method) {
            const fn = Reflect.get(model, method, model);
            if (typeof fn !== 'function') return fn;
            return (...args: unknown[]) => {
              calls.push(`${prop}.${String(method)}`);
              return fn.apply(model, args);
            };
          },
        });
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
