/**
 * Demo catalogue and stock: a marketplace (naija-market) with 5 approved vendors and a single-vendor store
 * (ade-fashion), a category tree in each, N products (1,000 by default) with 1-3 variants, NGN base prices,
 * some sale and quantity-tier prices, a warehouse per tenant with stock, and the projections other
 * capabilities keep (inventory items, catalog availability), exactly as the services would leave them.
 *
 * Deterministic: product i is always the same product (ids, names, prices, stock come from i alone), so
 * `--products 10000` on a database seeded with 1,000 adds products 1,000..9,999 and changes nothing else.
 * Written with createMany in batches: seeding goes through no service, so it keeps their invariants itself
 * (onHand = sum of the movement journal, availability = onHand, every variant has an inventory item).
 */
import type { PrismaClient } from '../../subgraphs/kit/src';
import { T, U } from './identity';

const id = (kind: number, n: number) => `0193b${kind.toString(16).padStart(3, '0')}-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
const KIND = { vendor: 1, category: 2, product: 3, variant: 4, price: 5, location: 6, stock: 7, movement: 8, listing: 9, statusChange: 10 };

const MARKET = T(5);
const STORE = T(4);

/** mulberry32: a tiny deterministic PRNG; one stream per product index. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(r: () => number, xs: readonly T[]) => xs[Math.floor(r() * xs.length)];

export const DEMO_VENDORS = [
  { n: 0, tenantId: STORE, slug: 'ade-fashion-house', name: 'Ade Fashion House', owner: U(3), tin: '12345678-0001', commissionBps: null },
  { n: 1, tenantId: MARKET, slug: 'chiamakas-closet', name: "Chiamaka's Closet", owner: U(4), tin: '23456789-0001', commissionBps: 800 },
  { n: 2, tenantId: MARKET, slug: 'kano-leather-works', name: 'Kano Leather Works', owner: null, tin: '34567890-0001', commissionBps: null },
  { n: 3, tenantId: MARKET, slug: 'aba-made', name: 'Aba Made', owner: null, tin: '45678901-0001', commissionBps: 1200 },
  { n: 4, tenantId: MARKET, slug: 'lagos-spice-co', name: 'Lagos Spice Co.', owner: null, tin: '56789012-0001', commissionBps: null },
  { n: 5, tenantId: MARKET, slug: 'ife-beauty', name: 'Ife Beauty', owner: null, tin: '67890123-0001', commissionBps: 1000 },
] as const;

/** Category tree per tenant: [slug, name, parent slug]. */
const CATEGORIES: [string, string, string | null, readonly string[]][] = [
  ['fashion', 'Fashion', null, []],
  ['dresses', 'Dresses', 'fashion', ['Ankara Wrap Dress', 'Adire Maxi Dress', 'Lace Gown', 'Kaftan Dress']],
  ['shirts', 'Shirts', 'fashion', ['Adire Shirt', 'Dashiki Shirt', 'Senator Top', 'Linen Kaftan']],
  ['caps-hats', 'Caps & Hats', 'fashion', ['Aso Oke Cap', 'Fila Abeti Aja', 'Gele Headwrap']],
  ['shoes', 'Shoes', 'fashion', ['Leather Sandals', 'Beaded Slippers', 'Loafers']],
  ['home', 'Home', null, []],
  ['kitchen', 'Kitchen', 'home', ['Clay Pot', 'Mortar and Pestle', 'Calabash Bowl']],
  ['decor', 'Decor', 'home', ['Woven Basket', 'Bronze Sculpture', 'Akwete Throw']],
  ['food', 'Food', null, []],
  ['spices', 'Spices', 'food', ['Jollof Spice Mix', 'Suya Pepper', 'Ogbono Powder', 'Crayfish Seasoning']],
  ['snacks', 'Snacks', 'food', ['Chin Chin', 'Plantain Chips', 'Kuli Kuli']],
  ['beauty', 'Beauty', null, []],
  ['skincare', 'Skincare', 'beauty', ['Shea Butter', 'Black Soap', 'Coconut Oil']],
  ['hair', 'Hair', 'beauty', ['Hair Growth Oil', 'Wooden Comb', 'Braiding Extensions']],
];
const LEAVES = CATEGORIES.filter(([, , parent]) => parent);
const ADJECTIVES = ['Classic', 'Royal', 'Everyday', 'Premium', 'Handmade', 'Festive', 'Heritage', 'Modern', 'Vintage', 'Sunday'];
const MATERIALS = ['ankara', 'adire', 'aso oke', 'leather', 'cotton', 'shea', 'clay', 'raffia', 'lace', 'linen'];
const COLOURS = ['indigo', 'gold', 'wine', 'emerald', 'coral', 'black', 'white', 'orange'];
const CITIES = ['Lagos', 'Kano', 'Aba', 'Ibadan', 'Enugu', 'Abeokuta', 'Port Harcourt', 'Jos'];

/** The index an id was made from, to derive the ids of rows that hang off it. */
const num = (uuid: string) => Number.parseInt(uuid.slice(-12), 16);

const tenantCode = (tenantId: string) => (tenantId === STORE ? 'ADF' : 'NJM');
const categoryId = (tenantId: string, slug: string) => id(KIND.category, (tenantId === STORE ? 0 : 1000) + CATEGORIES.findIndex(([s]) => s === slug));
const locationId = (tenantId: string) => id(KIND.location, tenantId === STORE ? 1 : 2);

/** Product i: every field derived from i. Every sixth product belongs to the store, the rest to vendors 1-5. */
export function demoProduct(i: number) {
  const r = rng(i * 7919 + 17);
  const vendor = DEMO_VENDORS[i % 6];
  const [categorySlug, , , items] = pick(r, LEAVES);
  const title = `${pick(r, ADJECTIVES)} ${pick(r, items)} ${i + 1}`;
  const material = pick(r, MATERIALS);
  const colour = pick(r, COLOURS);
  const sizes = categorySlug === 'dresses' || categorySlug === 'shirts' || categorySlug === 'shoes' ? ['S', 'M', 'L'].slice(0, 1 + Math.floor(r() * 3)) : ['ONE'];
  const base = BigInt(Math.round((1_500 + r() * 148_500) / 50) * 50) * 100n; // ₦1,500–₦150,000, in kobo
  return {
    id: id(KIND.product, i),
    tenantId: vendor.tenantId,
    vendorId: id(KIND.vendor, vendor.n),
    categoryId: categoryId(vendor.tenantId, categorySlug),
    title,
    slug: `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    description: `${title}: ${colour} ${material}, made in ${pick(r, CITIES)}. ${pick(r, ['Perfect for owambe.', 'Everyday comfort.', 'A thoughtful gift.', 'Made to last.'])}`,
    attributes: { material, colour },
    sale: r() < 0.1,
    tier: r() < 0.05,
    variants: sizes.map((size, k) => ({
      id: id(KIND.variant, i * 4 + k),
      sku: `${tenantCode(vendor.tenantId)}-${String(i + 1).padStart(6, '0')}-${size}`,
      title: size === 'ONE' ? 'Default' : `Size ${size}`,
      options: size === 'ONE' ? {} : { size },
      price: base + BigInt(k) * 50000n,
      stock: r() < 0.08 ? 0 : Math.floor(1 + r() * 60),
    })),
  };
}

async function seedStructure(prisma: PrismaClient) {
  if (await prisma.vendor.findUnique({ where: { id: id(KIND.vendor, 0) } })) return;
  await prisma.$transaction(async (tx) => {
    for (const v of DEMO_VENDORS) {
      await tx.vendor.create({
        data: {
          id: id(KIND.vendor, v.n),
          tenantId: v.tenantId,
          slug: v.slug,
          name: v.name,
          legalName: `${v.name} Ltd`,
          tin: v.tin,
          email: `hello@${v.slug}.example.ng`,
          documentUrls: [],
          ownerUserId: v.owner,
          status: 'APPROVED',
          commissionBps: v.commissionBps,
        },
      });
      await tx.vendorStatusChange.create({
        data: { id: id(KIND.statusChange, v.n), tenantId: v.tenantId, vendorId: id(KIND.vendor, v.n), fromStatus: null, toStatus: 'APPROVED', reason: 'demo data' },
      });
    }
    for (const tenantId of [STORE, MARKET]) {
      for (const [slug, name, parent] of CATEGORIES) {
        await tx.category.create({
          data: { id: categoryId(tenantId, slug), tenantId, slug, name, parentId: parent ? categoryId(tenantId, parent) : null, position: CATEGORIES.findIndex(([s]) => s === slug) },
        });
      }
      await tx.location.create({
        data: { id: locationId(tenantId), tenantId, code: 'MAIN', name: tenantId === STORE ? 'Ade Fashion warehouse, Lekki' : 'Naija Market fulfilment centre, Ikeja', kind: 'WAREHOUSE' },
      });
    }
  });
}

const SALE_WINDOW = { startsAt: new Date('2026-01-01T00:00:00Z'), endsAt: new Date('2027-12-31T23:59:59Z') };

/** Adds demo products until there are `count`; returns how many were added. */
export async function seedCatalog(prisma: PrismaClient, count: number): Promise<number> {
  await seedStructure(prisma);
  // Demo products are 0..existing-1 (always added in order): count the demo id range.
  const existing = await prisma.product.count({ where: { id: { gte: id(KIND.product, 0), lte: id(KIND.product, 0xffffffffffff) } } });
  const BATCH = 500;
  let added = 0;
  for (let from = existing; from < count; from += BATCH) {
    const products = Array.from({ length: Math.min(BATCH, count - from) }, (_, k) => demoProduct(from + k));
    const variants = products.flatMap((p) => p.variants.map((v, position) => ({ p, v, position })));
    await prisma.$transaction(async (tx) => {
      await tx.product.createMany({
        data: products.map((p) => ({
          id: p.id,
          tenantId: p.tenantId,
          vendorId: p.vendorId,
          categoryId: p.categoryId,
          title: p.title,
          slug: p.slug,
          description: p.description,
          status: 'ACTIVE' as const,
          attributes: p.attributes,
          seoTitle: `${p.title} | ${p.tenantId === STORE ? 'Ade Fashion House' : 'Naija Market'}`,
          seoDescription: p.description.slice(0, 155),
        })),
      });
      await tx.productVariant.createMany({
        data: variants.map(({ p, v, position }) => ({ id: v.id, tenantId: p.tenantId, productId: p.id, sku: v.sku, title: v.title, options: v.options, position })),
      });
      await tx.price.createMany({
        data: variants.flatMap(({ p, v }) => {
          const n = num(v.id); // up to three prices per variant: base, sale, tier
          const rows = [{ id: id(KIND.price, n * 4), tenantId: p.tenantId, variantId: v.id, currency: 'NGN', amount: v.price }];
          if (p.sale) rows.push({ id: id(KIND.price, n * 4 + 1), tenantId: p.tenantId, variantId: v.id, currency: 'NGN', amount: (v.price * 80n) / 100n, ...SALE_WINDOW } as any);
          if (p.tier) rows.push({ id: id(KIND.price, n * 4 + 2), tenantId: p.tenantId, variantId: v.id, currency: 'NGN', amount: (v.price * 90n) / 100n, minQuantity: 10 } as any);
          return rows;
        }),
      });
      await tx.marketplaceListing.createMany({
        data: products
          .filter((p) => p.tenantId === MARKET)
          .map((p) => {
            const vendor = DEMO_VENDORS.find((v) => id(KIND.vendor, v.n) === p.vendorId)!;
            return { id: id(KIND.listing, num(p.id)), tenantId: MARKET, productId: p.id, vendorId: p.vendorId, commissionBps: vendor.commissionBps ?? 1000 };
          }),
      });
      await tx.inventoryItem.createMany({
        data: variants.map(({ p, v }) => ({ variantId: v.id, tenantId: p.tenantId, productId: p.id, sku: v.sku, vendorId: p.vendorId, vendorOwnerUserId: DEMO_VENDORS.find((d) => id(KIND.vendor, d.n) === p.vendorId)!.owner })),
      });
      await tx.stockLevel.createMany({
        data: variants.map(({ p, v }) => ({ id: id(KIND.stock, num(v.id)), tenantId: p.tenantId, variantId: v.id, locationId: locationId(p.tenantId), onHand: v.stock, lowStockThreshold: 5 })),
      });
      await tx.stockMovement.createMany({
        data: variants
          .filter(({ v }) => v.stock > 0)
          .map(({ p, v }) => ({
            id: id(KIND.movement, num(v.id)),
            tenantId: p.tenantId,
            variantId: v.id,
            locationId: locationId(p.tenantId),
            quantity: v.stock,
            reason: 'RECEIPT' as const,
            reference: 'demo opening stock',
            occurredAt: new Date('2026-01-01T00:00:00Z'),
          })),
      });
      await tx.variantAvailability.createMany({ data: variants.map(({ p, v }) => ({ variantId: v.id, tenantId: p.tenantId, productId: p.id, available: v.stock })) });
    });
    added += products.length;
  }
  // A bulk load leaves the planner without statistics (PGlite runs no autovacuum), and plans made blind
  // are slow on thousands of rows; refresh them once for the tables just filled.
  if (added > 0) await prisma.$executeRawUnsafe('ANALYZE "catalog"."Product", "catalog"."ProductVariant", "catalog"."Price", "catalog"."VariantAvailability", "inventory"."StockLevel", "inventory"."InventoryItem"');
  return added;
}
