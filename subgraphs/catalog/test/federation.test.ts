/**
 * Catalog as a federation citizen and an outbox consumer:
 * - `Product` and `ProductVariant` entities resolve in the caller's tenant only (a foreign, unknown or
 *   malformed id is null), batched into one query per type however many references arrive.
 * - inventory's `inventory.availability.changed` events keep VariantAvailability (and so search's
 *   in-stock filter) current; replays and late older events change nothing; malformed events are dropped.
 * - catalog's `catalog.variant.upserted` events reach inventory with the agreed payload.
 */
import { execute, parse } from 'graphql';
import { ACTOR_HEADER, CHANNELS, Peers, config, logger, recordEvent, signActorHeader, TOPICS, uuidv7, type Actor, type PrismaClient, type RequestContext } from '@webwaka/kit';
import { startStack, type TestStack } from '../../../test/support/stack';
import { schema } from '../src/schema';
import { applyAvailabilityChanged } from '../src/services/availability';
import { createProduct } from '../src/services/products';
import { call, eventually, makePerson, makeTenant, ok, serviceCtx, type Person, type Tenant } from './support';

let s: TestStack;
let prisma: PrismaClient;
let store: Tenant;
let other: Tenant;
let admin: Person;
let products: Awaited<ReturnType<typeof createProduct>>[] = [];
let foreign: Awaited<ReturnType<typeof createProduct>>;

const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Product { id title variants { sku } } ... on ProductVariant { id sku product { id } } } }`;
const anonymous = (tenantId: string | null): Actor => ({ kind: 'anonymous', tenantId, userId: null, roles: [], scopes: [], apiKeyId: null, sessionId: null, mfa: false });

/** Calls the catalog subgraph itself (as the gateway does, with a signed actor header). */
async function subgraph(query: string, variables: Record<string, unknown>, actor: Actor) {
  const body = JSON.stringify({ query, variables });
  const res = await fetch(s.stack.subgraphs.catalog, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [ACTOR_HEADER]: signActorHeader(actor, uuidv7(), config.gatewaySecret, { audience: 'catalog', body }) },
    body,
  });
  return (await res.json()) as { data?: any; errors?: any[] };
}

beforeAll(async () => {
  s = await startStack();
  prisma = s.stack.prisma;
  store = await makeTenant(prisma, 'STORE', 'fstore');
  other = await makeTenant(prisma, 'STORE', 'fother');
  admin = await makePerson(s, store, 'CLIENT_ADMIN');
  const ctx = serviceCtx(prisma, admin.actor);
  for (let i = 0; i < 4; i++) {
    products.push(await createProduct(ctx, { title: `Entity ${i}`, status: i === 3 ? 'ARCHIVED' : 'ACTIVE', variants: [{ sku: `ENT-${i}-A` }, { sku: `ENT-${i}-B` }] }));
  }
  const otherAdmin = await makePerson(s, other, 'CLIENT_ADMIN');
  foreign = await createProduct(serviceCtx(prisma, otherAdmin.actor), { title: 'Foreign', status: 'ACTIVE', variants: [{ sku: 'ENT-0-A' }] });
});
afterAll(async () => {
  await s?.stop();
});

describe('entities', () => {
  it('resolve in the caller tenant only: own products and variants (any status), null for foreign, unknown and malformed ids', async () => {
    const reps = [
      ...products.map((p) => ({ __typename: 'Product', id: p.id })),
      { __typename: 'Product', id: foreign.id },
      { __typename: 'Product', id: uuidv7() },
      { __typename: 'Product', id: 'not-a-uuid' },
      { __typename: 'ProductVariant', id: products[1].variants[1].id },
      { __typename: 'ProductVariant', id: foreign.variants[0].id },
    ];
    const r = await subgraph(ENTITIES, { r: reps }, anonymous(store.id));
    expect(r.errors).toBeUndefined();
    expect(r.data._entities).toEqual([
      ...products.map((p, i) => ({ __typename: 'Product', id: p.id, title: `Entity ${i}`, variants: [{ sku: `ENT-${i}-A` }, { sku: `ENT-${i}-B` }] })),
      null,
      null,
      null,
      { __typename: 'ProductVariant', id: products[1].variants[1].id, sku: 'ENT-1-B', product: { id: products[1].id } },
      null,
    ]);
    // The other tenant sees its own product and none of ours; no tenant at all resolves nothing.
    const fromOther = await subgraph(ENTITIES, { r: [{ __typename: 'Product', id: foreign.id }, { __typename: 'Product', id: products[0].id }] }, anonymous(other.id));
    expect(fromOther.data._entities.map((e: any) => e?.id ?? null)).toEqual([foreign.id, null]);
    const noTenant = await subgraph(ENTITIES, { r: [{ __typename: 'Product', id: products[0].id }] }, anonymous(null));
    expect(noTenant.data._entities).toEqual([null]);
  });

  it('batch every reference of a type into one query', async () => {
    const calls: Record<string, number> = { product: 0, productVariant: 0 };
    // A Prisma client that counts findMany per model and otherwise is the real one.
    const counting = new Proxy(prisma, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (key !== 'product' && key !== 'productVariant') return value;
        return new Proxy(value, {
          get(model, k) {
            const fn = Reflect.get(model, k);
            if (k !== 'findMany') return typeof fn === 'function' ? fn.bind(model) : fn;
            return (...args: unknown[]) => {
              calls[key as string]++;
              return fn.apply(model, args);
            };
          },
        });
      },
    });
    const contextValue: RequestContext = {
      actor: anonymous(store.id),
      tenantId: store.id,
      requestId: uuidv7(),
      ip: null,
      log: logger,
      prisma: counting,
      pubsub: s.stack.pubsub,
      peers: new Peers(),
      eventsRecorded: () => {},
    };
    const reps = [
      ...products.map((p) => ({ __typename: 'Product', id: p.id })),
      ...products.flatMap((p) => p.variants.map((v) => ({ __typename: 'ProductVariant', id: v.id }))),
    ];
    const r = await execute({ schema, document: parse(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id } ... on ProductVariant { id } } }`), variableValues: { r: reps }, contextValue });
    expect(r.errors).toBeUndefined();
    expect((r.data as any)._entities.map((e: any) => e.id)).toEqual(reps.map((x) => x.id));
    expect(calls).toEqual({ product: 1, productVariant: 1 });
  });
});

describe('availability from inventory', () => {
  const inStock = async (who: { headers: Record<string, string> }) =>
    ok(await call(s, who, '{ searchProducts(filters: { inStock: true }, first: 50) { edges { node { id } } } }')).searchProducts.edges.map((e: any) => e.node.id);
  const anon = () => ({ headers: { 'x-tenant': store.slug } });
  const publish = (payload: Record<string, unknown>, tenantId = store.id) => prisma.$transaction((tx) => recordEvent(tx, { tenantId, topic: TOPICS.INVENTORY_AVAILABILITY_CHANGED, payload: payload as any }));

  it('events from inventory land in VariantAvailability, the in-stock filter follows them, and gateways hear of it', async () => {
    const [p] = products;
    const v = p.variants[0];
    expect(await inStock(anon())).not.toContain(p.id);
    const announced: string[] = [];
    const unsubscribe = await s.stack.pubsub.subscribe(CHANNELS.tenantDataChanged, ({ tenantId }: { tenantId: string }) => void announced.push(tenantId));
    const id = await publish({ tenantId: store.id, variantId: v.id, productId: p.id, available: 5 });
    expect(await eventually(() => prisma.variantAvailability.findUnique({ where: { variantId: v.id } }))).toMatchObject({ tenantId: store.id, productId: p.id, available: 5 });
    expect(await eventually(async () => (await prisma.outboxEvent.findUniqueOrThrow({ where: { id } })).dispatchedAt)).not.toBeNull();
    expect(await inStock(anon())).toContain(p.id);
    expect(await eventually(async () => announced.includes(store.id))).toBe(true);
    unsubscribe();

    await publish({ tenantId: store.id, variantId: v.id, productId: p.id, available: 0 });
    expect(await eventually(async () => (await prisma.variantAvailability.findUniqueOrThrow({ where: { variantId: v.id } })).available === 0)).toBe(true);
    expect(await inStock(anon())).not.toContain(p.id);
  });

  it('a replay changes nothing and an older event arriving late is ignored', async () => {
    const p = products[1];
    const v = p.variants[0];
    const newer = { id: uuidv7(), tenantId: store.id, createdAt: new Date(Date.now() + 1000), payload: { tenantId: store.id, variantId: v.id, productId: p.id, available: 9 } };
    const older = { id: uuidv7(), tenantId: store.id, createdAt: new Date(Date.now() - 1000), payload: { tenantId: store.id, variantId: v.id, productId: p.id, available: 1 } };
    await applyAvailabilityChanged(prisma, newer);
    await applyAvailabilityChanged(prisma, newer);
    await applyAvailabilityChanged(prisma, older);
    expect((await prisma.variantAvailability.findUniqueOrThrow({ where: { variantId: v.id } })).available).toBe(9);
  });

  it('malformed events are dropped (delivered, not retried) and write nothing', async () => {
    const before = await prisma.variantAvailability.count();
    const bad = [
      { tenantId: store.id, variantId: 'nope', productId: products[2].id, available: 3 },
      { tenantId: store.id, variantId: products[2].variants[0].id, productId: products[2].id, available: 'many' },
      { tenantId: other.id, variantId: products[2].variants[0].id, productId: products[2].id, available: 3 },
    ];
    const ids = [];
    for (const payload of bad) ids.push(await publish(payload));
    for (const id of ids) expect(await eventually(async () => (await prisma.outboxEvent.findUniqueOrThrow({ where: { id } })).dispatchedAt)).not.toBeNull();
    expect(await prisma.variantAvailability.count()).toBe(before);
  });
});

describe('variants reach inventory', () => {
  it('catalog.variant.upserted is consumed by inventory with the agreed payload (its item projection follows)', async () => {
    const p = products[2];
    for (const v of p.variants) {
      const item = await eventually(() => prisma.inventoryItem.findUnique({ where: { variantId: v.id } }));
      expect(item).toMatchObject({ variantId: v.id, tenantId: store.id, productId: p.id, sku: v.sku, vendorId: p.vendorId });
    }
  });
});
