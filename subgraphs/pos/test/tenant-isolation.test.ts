/**
 * Tenant isolation for the point of sale: a manager of one business (the demo client administers both the
 * shop and the marketplace: one user, several roles) sees and changes only the business it is signed in to;
 * a till acts only in its own business whatever tenant a request names; a receipt link is the business's.
 */
import { uuidv7 } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import type { TestStack } from '../../../test/support/stack';
import { addCashier, payload, pricedVariants, registerTill, signIn, startPosStack, sync, TillEvents, SHOP } from './support';

const MARKET = 'naija-market';
let s: TestStack;
let shopAdmin: Record<string, string>;
let marketAdmin: Record<string, string>;
let till: Awaited<ReturnType<typeof registerTill>>;
let cashier: string;
let marketCashier: string;
let session: string;
let saleCode: string;

beforeAll(async () => {
  s = await startPosStack();
  shopAdmin = await signIn(s, SHOP, 'client');
  marketAdmin = await signIn(s, MARKET, 'client');
  till = await registerTill(s, shopAdmin);
  cashier = await addCashier(s, shopAdmin, { name: 'Amaka', pin: '2580' });
  marketCashier = await addCashier(s, marketAdmin, { name: 'Musa', pin: '4826' });
  const [item] = await pricedVariants(s, till, 1);
  const ev = new TillEvents();
  session = uuidv7();
  const open = ev.open(session, cashier, 0n);
  const sale = ev.sale(session, cashier, [{ item, quantity: 1 }], (t) => [{ tender: 'CASH', amount: t }]);
  // A sale naming the marketplace's cashier: this shop does not know them.
  const foreign = ev.sale(session, marketCashier, [{ item, quantity: 1 }], (t) => [{ tender: 'CASH', amount: t }]);
  saleCode = (sale.event as any).sale.receiptCode;
  payload(await sync(s, till, [open, sale.event, foreign.event]), 'syncPosBatch');
}, 180_000);
afterAll(() => s?.stop());

it('another business’s manager reads none of the shop’s tills, sessions, sales, cashiers or conflicts', async () => {
  const r = await gql(s.gatewayUrl, `{ posDevices { id } posCashiers { id } tillSessions(first: 50) { edges { node { id } } } posSales(first: 50) { edges { node { id } } } posConflicts { id } }`, {}, marketAdmin);
  expect(r.errors).toBeUndefined();
  expect(r.data!.posDevices.map((d: any) => d.id)).not.toContain(till.deviceId);
  expect(r.data!.posCashiers.map((c: any) => c.id)).toEqual([marketCashier]);
  expect([r.data!.tillSessions.edges, r.data!.posSales.edges, r.data!.posConflicts]).toEqual([[], [], []]);
  for (const [doc, vars] of [
    ['query ($id: ID!) { posDevice(id: $id) { id } }', { id: till.deviceId }],
    ['query ($id: ID!) { tillSession(id: $id) { id } }', { id: session }],
  ] as const) {
    expect((await gql(s.gatewayUrl, doc, vars, marketAdmin)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  }
});

it('another business’s manager changes none of the shop’s tills, cashiers or conflicts', async () => {
  const conflict = (await s.stack.prisma.posConflict.findFirstOrThrow({ where: { deviceId: till.deviceId } })).id;
  const attempts = [
    ['mutation ($id: ID!) { revokePosDevice(id: $id) { userErrors { code } } }', { id: till.deviceId }, 'revokePosDevice'],
    ['mutation ($id: ID!) { renewPosPairingCode(id: $id) { userErrors { code } } }', { id: till.deviceId }, 'renewPosPairingCode'],
    ['mutation ($id: ID!) { savePosCashier(input: { id: $id, name: "Taken", role: SUPERVISOR, discountLimitBps: 10000, pin: "4826" }) { userErrors { code } } }', { id: cashier }, 'savePosCashier'],
    ['mutation ($id: ID!) { resolvePosConflict(id: $id, note: "not mine") { userErrors { code } } }', { id: conflict }, 'resolvePosConflict'],
  ] as const;
  for (const [doc, vars, field] of attempts) {
    expect((await gql(s.gatewayUrl, doc, vars, marketAdmin)).data![field].userErrors.map((e: any) => e.code)).toEqual(['NOT_FOUND']);
  }
  const prisma = s.stack.prisma;
  expect((await prisma.posDevice.findUniqueOrThrow({ where: { id: till.deviceId } })).status).toBe('ACTIVE');
  expect((await prisma.posCashier.findUniqueOrThrow({ where: { id: cashier } })).name).toBe('Amaka');
  expect((await prisma.posConflict.findUniqueOrThrow({ where: { id: conflict } })).resolvedAt).toBeNull();
});

it('a till acts in its own business whatever tenant a request names, and cannot use another’s cashier', async () => {
  const r = await gql(s.gatewayUrl, '{ posTill { device { id } cashiers { id } } }', {}, { ...till.headers, 'x-tenant': MARKET });
  expect(r.data!.posTill.device.id).toBe(till.deviceId);
  const cashiers = r.data!.posTill.cashiers.map((c: any) => c.id);
  expect(cashiers).toContain(cashier);
  expect(cashiers).not.toContain(marketCashier);
  const conflicts = await s.stack.prisma.posConflict.findMany({ where: { deviceId: till.deviceId } });
  expect(conflicts.map((c) => c.kind)).toEqual(['UNKNOWN_REFERENCE']);
  expect(conflicts[0].message).toContain(marketCashier);
});

it('a till texts no points code to another business’s customer, whatever tenant a request names (decision 0084)', async () => {
  const prisma = s.stack.prisma;
  const market = await prisma.tenant.findUniqueOrThrow({ where: { slug: MARKET } });
  const customer = await prisma.user.create({ data: { id: uuidv7(), name: 'Market Buyer', phone: '+2348037770007' } });
  await prisma.membership.create({ data: { id: uuidv7(), userId: customer.id, tenantId: market.id, role: 'CUSTOMER' } });
  await prisma.loyaltySettings.upsert({ where: { tenantId: market.id }, create: { tenantId: market.id, enabled: true, spendPerPoint: 100n, pointValue: 100n }, update: { enabled: true } });
  await prisma.loyaltyAccount.create({ data: { tenantId: market.id, userId: customer.id, points: 50 } });
  const SEND = 'mutation ($c: ID!) { sendPosPointsCode(customerUserId: $c, points: 5) { sent { sentTo } userErrors { code } } }';
  const r = await gql(s.gatewayUrl, SEND, { c: customer.id }, { ...till.headers, 'x-tenant': MARKET });
  expect(r.data!.sendPosPointsCode.sent).toBeNull();
  expect(r.data!.sendPosPointsCode.userErrors.length).toBe(1);
  expect(await prisma.tillPointsCode.count({ where: { userId: customer.id } })).toBe(0);
});

it('a receipt link is the shop’s: not found in another business; who sold it is not for the public', async () => {
  const READ = 'query ($c: String!) { posReceipt(code: $c) { sale { receiptNumber total { amount } } } }';
  expect((await gql(s.gatewayUrl, READ, { c: saleCode }, { 'x-tenant': MARKET })).data!.posReceipt).toBeNull();
  const own = await gql(s.gatewayUrl, READ, { c: saleCode }, { 'x-tenant': SHOP });
  expect(own.data!.posReceipt.sale.receiptNumber).toMatch(/^T\d{2}-000002$/);
  const nosy = await gql(s.gatewayUrl, 'query ($c: String!) { posReceipt(code: $c) { sale { cashierId customerUserId } } }', { c: saleCode }, { 'x-tenant': SHOP });
  expect(nosy.errors?.map((e) => e.extensions?.code)).toContain('UNAUTHENTICATED');
});
