/**
 * The stock report (issue 14, CB-2) against real rows: units on hand, reserved (expired reservations given
 * back) and available, per location (an empty one reads 0) and per product (its variants at every
 * location); the totals are every level of the tenant, and another tenant's stock never shows.
 */
import type { PrismaClient } from '@webwaka/kit';
import { startStack, type TestStack } from '../../../test/support/stack';
import { stockReport } from '../src/services/report';
import { reserveStock } from '../src/services/reservations';
import { receiveStock } from '../src/services/stock';
import { createItem, createLocation, serviceContext, tenantId } from './support';

let s: TestStack;
let prisma: PrismaClient;

beforeAll(async () => {
  s = await startStack();
  prisma = s.stack.prisma;
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

it('adds up the units of every level per location and per product', async () => {
  const tenant = await tenantId(prisma, 'ade-fashion');
  const ctx = serviceContext(prisma, tenant);
  const v1 = await createItem(prisma, tenant);
  const v2 = await createItem(prisma, tenant, { productId: v1.productId });
  const [l1, l2, empty] = [await createLocation(prisma, tenant), await createLocation(prisma, tenant), await createLocation(prisma, tenant)];
  await receiveStock(ctx, { variantId: v1.variantId, locationId: l1.id, quantity: 10 });
  await receiveStock(ctx, { variantId: v1.variantId, locationId: l2.id, quantity: 5 });
  await receiveStock(ctx, { variantId: v2.variantId, locationId: l1.id, quantity: 3 });
  await reserveStock(ctx, { variantId: v1.variantId, quantity: 2, channel: 'SVM', ttlSeconds: 3600 });
  // A reservation past its time holds nothing, though the sweeper has not released it yet.
  const stale = await reserveStock(ctx, { variantId: v2.variantId, quantity: 1, channel: 'SVM', ttlSeconds: 3600 });
  await prisma.reservation.update({ where: { id: stale.id }, data: { expiresAt: new Date(Date.now() - 1000) } });

  const products = await stockReport(ctx, 'PRODUCT');
  expect(products.find((r) => r.key === v1.productId)).toEqual({ key: v1.productId, label: [v1.sku, v2.sku].sort()[0], productId: v1.productId, variants: 2, onHand: 18, reserved: 2, available: 16 });

  const locations = await stockReport(ctx, 'LOCATION');
  const mine = locations.filter((r) => [l1.id, l2.id].includes(r.key));
  expect(mine.map((r) => r.onHand).sort()).toEqual([13, 5].sort());
  expect(mine.reduce((n, r) => n + r.reserved, 0)).toBe(2);
  expect(locations.find((r) => r.key === l1.id)).toMatchObject({ label: l1.name, variants: 2, productId: null });
  expect(locations.find((r) => r.key === empty.id)).toMatchObject({ variants: 0, onHand: 0, reserved: 0, available: 0 });
  for (const r of locations) expect(r.available).toBe(r.onHand - r.reserved);

  // The totals are the tenant's every level, and nothing of another tenant's.
  const all = await prisma.stockLevel.aggregate({ where: { tenantId: tenant }, _sum: { onHand: true } });
  expect(locations.reduce((n, r) => n + r.onHand, 0)).toBe(all._sum.onHand);
  expect(products.reduce((n, r) => n + r.onHand, 0)).toBe(all._sum.onHand);
  const other = serviceContext(prisma, await tenantId(prisma, 'naija-market'));
  const theirs = [...(await stockReport(other, 'LOCATION')), ...(await stockReport(other, 'PRODUCT'))].map((r) => r.key);
  for (const id of [v1.productId, l1.id, l2.id, empty.id]) expect(theirs).not.toContain(id);
}, 120_000);
