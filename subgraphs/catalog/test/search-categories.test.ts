/**
 * Search matches category names (issue 10: "shoes" found nothing while a Shoes category existed). A
 * product's search document holds the names of its category and of that category's ancestors, kept current
 * when the product changes category and when a category is renamed or moved (database triggers).
 */
import type { PrismaClient } from '@webwaka/kit';
import { startStack, type TestStack } from '../../../test/support/stack';
import { createCategory } from '../src/services/categories';
import { createProduct } from '../src/services/products';
import { call, makePerson, makeTenant, makeVendor, serviceCtx, type Tenant } from './support';

let s: TestStack;
let prisma: PrismaClient;
let shop: Tenant;
const ids: Record<string, string> = {};
const cat: Record<string, string> = {};

const SEARCH = `query ($query: String) { searchProducts(query: $query, first: 50) { edges { node { id } } } }`;

async function found(query: string): Promise<string[]> {
  const r = await call(s, { headers: { 'x-tenant': shop.slug, 'cache-control': 'no-cache' } }, SEARCH, { query });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data.searchProducts.edges.map((e: any) => e.node.id).sort();
}
const sorted = (...keys: string[]) => keys.map((k) => ids[k]).sort();

beforeAll(async () => {
  s = await startStack();
  prisma = s.stack.prisma;
  shop = await makeTenant(prisma, 'MARKETPLACE', 'searchcat');
  const admin = await makePerson(s, shop, 'CLIENT_ADMIN');
  const vendorId = (await makeVendor(s, shop, admin, 'Lagos Leather')).vendor.id;
  const ctx = serviceCtx(prisma, admin.actor);
  cat.footwear = (await createCategory(ctx, { name: 'Footwear' })).id;
  cat.shoes = (await createCategory(ctx, { name: 'Shoes', parentId: cat.footwear })).id;
  cat.sneakers = (await createCategory(ctx, { name: 'Sneakers', parentId: cat.shoes })).id;
  cat.bags = (await createCategory(ctx, { name: 'Bags' })).id;
  const add = async (key: string, title: string, categoryId: string | null) => {
    const p = await createProduct(ctx, { title, description: 'Hand made in Lagos', vendorId, categoryId, status: 'ACTIVE', attributes: {}, variants: [{ sku: `SC-${key.toUpperCase()}`, basePrices: [{ amount: 100000n, currency: 'NGN' }] }] });
    ids[key] = p.id;
  };
  await add('loafer', 'Leather loafer', cat.shoes);
  await add('runner', 'Canvas runner', cat.sneakers);
  await add('tote', 'Woven tote', cat.bags);
  await add('plain', 'Plain belt', null);
}, 120_000);

afterAll(() => s?.stop());

test('a category name finds the products of that category and of its subcategories', async () => {
  expect(await found('shoes')).toEqual(sorted('loafer', 'runner'));
  expect(await found('shoe')).toEqual(sorted('loafer', 'runner'));
  expect(await found('footwear')).toEqual(sorted('loafer', 'runner'));
  expect(await found('sneakers')).toEqual(sorted('runner'));
  expect(await found('bags')).toEqual(sorted('tote'));
  // Titles still rank and match as before.
  expect(await found('loafer')).toEqual(sorted('loafer'));
});

test('renaming a category, moving it, or moving a product keeps the documents current', async () => {
  await prisma.category.update({ where: { id: cat.sneakers }, data: { name: 'Trainers' } });
  expect(await found('trainers')).toEqual(sorted('runner'));
  expect(await found('sneakers')).toEqual([]);

  // An ancestor renamed: its descendants' products follow.
  await prisma.category.update({ where: { id: cat.footwear }, data: { name: 'Footgear' } });
  expect(await found('footgear')).toEqual(sorted('loafer', 'runner'));
  expect(await found('footwear')).toEqual([]);

  // The subcategory moved under Bags: it leaves Shoes.
  await prisma.category.update({ where: { id: cat.sneakers }, data: { parentId: cat.bags } });
  expect(await found('shoes')).toEqual(sorted('loafer'));
  expect(await found('bags')).toEqual(sorted('tote', 'runner'));

  // A product moved to another category.
  await prisma.product.update({ where: { id: ids.plain }, data: { categoryId: cat.shoes } });
  expect(await found('shoes')).toEqual(sorted('loafer', 'plain'));
});
