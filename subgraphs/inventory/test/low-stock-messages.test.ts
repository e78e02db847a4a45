/**
 * The administrators' low-stock message (low-stock-messages.ts): one `inventory.low_stock` to the
 * tenant's administrators per LOW_STOCK alert, recorded with the alert (so not on every change below the
 * threshold, and again only at the next crossing), with the SKU, what is left, the location and the back
 * office's alerts page. Offline sales' CONFLICT alerts are not low-stock messages.
 */
import { TOPICS, type MessageRequestedPayload, type PrismaClient } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import { startStack, type TestStack } from '../../../test/support/stack';
import { receiveStock } from '../src/services/stock';
import { createItem, createLocation, payload, serviceContext, signIn, tenantId } from './support';

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

const ADJUST = 'mutation ($i: AdjustStockInput!) { adjustStock(input: $i) { stockLevel { available } userErrors { code field } } }';
const THRESHOLDS = 'mutation ($i: SetStockThresholdsInput!) { setStockThresholds(input: $i) { stockLevel { id } userErrors { code field } } }';

async function messages(sku: string): Promise<MessageRequestedPayload[]> {
  const rows = await prisma.outboxEvent.findMany({ where: { tenantId: fashion, topic: TOPICS.NOTIFICATIONS_MESSAGE_REQUESTED }, orderBy: { id: 'asc' } });
  return rows.map((r) => r.payload as unknown as MessageRequestedPayload).filter((m) => m.template === 'inventory.low_stock' && m.variables.sku === sku);
}

it('tells the administrators once per alert, with what is left where, and the alerts page', async () => {
  const item = await createItem(prisma, fashion);
  const loc = await createLocation(prisma, fashion);
  await receiveStock(serviceContext(prisma, fashion), { variantId: item.variantId, locationId: loc.id, quantity: 10 });
  payload(await call(THRESHOLDS, { i: { variantId: item.variantId, locationId: loc.id, lowStockThreshold: 3 } }), 'setStockThresholds');
  const adjust = (quantity: number) => call(ADJUST, { i: { variantId: item.variantId, locationId: loc.id, quantity, reason: 'ADJUSTMENT' } });
  payload(await adjust(-7), 'adjustStock'); // 3: crosses
  payload(await adjust(-1), 'adjustStock'); // 2: still below, no new alert, no new message
  expect(await messages(item.sku)).toHaveLength(1);

  const [alert] = await prisma.stockAlert.findMany({ where: { variantId: item.variantId, kind: 'LOW_STOCK' } });
  const location = await prisma.location.findUniqueOrThrow({ where: { id: loc.id } });
  expect((await messages(item.sku))[0]).toEqual({
    key: `inventory.low_stock:${alert.id}`,
    tenantId: fashion,
    template: 'inventory.low_stock',
    to: { role: 'ADMIN' },
    channels: ['EMAIL'],
    variables: { sku: item.sku, title: item.sku, available: '3', location: location.name, adminUrl: expect.stringMatching(/^https?:\/\/[^/]+\/admin\/ade-fashion\/inventory\/alerts$/) },
  });

  payload(await adjust(6), 'adjustStock'); // 8: back above
  payload(await adjust(-6), 'adjustStock'); // 2: crosses again: a second alert, a second message
  const said = await messages(item.sku);
  expect(said.map((m) => m.variables.available)).toEqual(['3', '2']);
  expect(new Set(said.map((m) => m.key)).size).toBe(2);
  expect(await prisma.stockAlert.count({ where: { variantId: item.variantId, kind: 'LOW_STOCK' } })).toBe(2);
});

it('setting a threshold at or above the stock is one alert and one message', async () => {
  const item = await createItem(prisma, fashion);
  const loc = await createLocation(prisma, fashion);
  await receiveStock(serviceContext(prisma, fashion), { variantId: item.variantId, locationId: loc.id, quantity: 2 });
  payload(await call(THRESHOLDS, { i: { variantId: item.variantId, locationId: loc.id, lowStockThreshold: 5 } }), 'setStockThresholds');
  payload(await call(THRESHOLDS, { i: { variantId: item.variantId, locationId: loc.id, lowStockThreshold: 4 } }), 'setStockThresholds');
  expect((await messages(item.sku)).map((m) => m.variables.available)).toEqual(['2']);
});
