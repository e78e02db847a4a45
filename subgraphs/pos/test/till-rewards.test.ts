/**
 * Rewards at the till (decision 0080): a till finds the sale's customer by phone as well as by e-mail
 * (Nigerian local forms read as E.164, as identity reads them everywhere) and sees their points; only the
 * shop's own customers, and a phone two customers share on their addresses names nobody.
 */
import { uuidv7 } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import type { TestStack } from '../../../test/support/stack';
import { registerTill, signIn, startPosStack, tenantId, SHOP } from './support';

const MARKET = 'naija-market';
let s: TestStack;
let admin: Record<string, string>;

beforeAll(async () => {
  s = await startPosStack();
  admin = await signIn(s, SHOP, 'client');
}, 120_000);
afterAll(() => s?.stop());

const FIND = 'query ($email: String, $phone: String) { posCustomer(email: $email, phone: $phone) { id name email phone points pointsValue pointsCurrency } }';

async function customerOf(slug: string, data: { name: string; phone?: string; addressPhone?: string }) {
  const prisma = s.stack.prisma;
  const tenant = await tenantId(prisma, slug);
  const user = await prisma.user.create({ data: { id: uuidv7(), name: data.name, phone: data.phone ?? null } });
  await prisma.membership.create({ data: { id: uuidv7(), userId: user.id, tenantId: tenant, role: 'CUSTOMER' } });
  if (data.addressPhone) {
    await prisma.customerAddress.create({ data: { id: uuidv7(), tenantId: tenant, userId: user.id, name: data.name, line1: '1 Broad Street', city: 'Lagos', region: 'Lagos', phone: data.addressPhone } });
  }
  return user;
}

it('a till finds the shop’s customer by phone in local or international form, with their points; nobody else’s', async () => {
  const prisma = s.stack.prisma;
  const shop = await tenantId(prisma, SHOP);
  await prisma.loyaltySettings.upsert({ where: { tenantId: shop }, create: { tenantId: shop, enabled: true, spendPerPoint: 10_000n, pointValue: 100n }, update: { enabled: true, spendPerPoint: 10_000n, pointValue: 100n, tiers: [] } });
  const till = await registerTill(s, admin, { name: 'Phone counter' });
  const chidi = await customerOf(SHOP, { name: 'Chidi Okoro', phone: '+2348031110001' });
  await prisma.loyaltyAccount.upsert({ where: { tenantId_userId: { tenantId: shop, userId: chidi.id } }, create: { tenantId: shop, userId: chidi.id, points: 42 }, update: { points: 42 } });

  for (const typed of ['0803 111 0001', '+234 803 111 0001', '2348031110001', '(0803) 111-0001']) {
    const found = await gql(s.gatewayUrl, FIND, { phone: typed }, till.headers);
    expect(found.errors).toBeUndefined();
    expect(found.data!.posCustomer).toEqual({ id: chidi.id, name: 'Chidi Okoro', email: null, phone: '+2348031110001', points: 42, pointsValue: '4200', pointsCurrency: 'NGN' });
  }

  // A phone saved on an address at this shop names its one customer; shared by two, nobody.
  const ada = await customerOf(SHOP, { name: 'Ada Obi', addressPhone: '+2348092220002' });
  expect((await gql(s.gatewayUrl, FIND, { phone: '08092220002' }, till.headers)).data!.posCustomer).toMatchObject({ id: ada.id, points: 0 });
  await customerOf(SHOP, { name: 'Obi Ada', addressPhone: '+2348092220002' });
  expect((await gql(s.gatewayUrl, FIND, { phone: '08092220002' }, till.headers)).data!.posCustomer).toBeNull();

  // Another shop's customer is nobody here; this shop's is nobody at another shop's till.
  const tola = await customerOf(MARKET, { name: 'Tola Ade', phone: '+2348053330003' });
  expect((await gql(s.gatewayUrl, FIND, { phone: '08053330003' }, till.headers)).data!.posCustomer).toBeNull();
  const marketTill = await registerTill(s, await signIn(s, MARKET, 'client'), { slug: MARKET, name: 'Market counter' });
  expect((await gql(s.gatewayUrl, FIND, { phone: '08031110001' }, marketTill.headers)).data!.posCustomer).toBeNull();
  expect((await gql(s.gatewayUrl, FIND, { phone: '08053330003' }, marketTill.headers)).data!.posCustomer).toMatchObject({ id: tola.id, points: null });

  // Bad input is refused with a stable code; a staff member's session is not a till.
  for (const vars of [{ phone: 'call me' }, {}, { phone: '08031110001', email: 'customer@webwaka.test' }]) {
    expect((await gql(s.gatewayUrl, FIND, vars, till.headers)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  }
  expect((await gql(s.gatewayUrl, FIND, { phone: '+441234' }, till.headers)).data!.posCustomer).toBeNull();
  expect((await gql(s.gatewayUrl, FIND, { phone: '08031110001' }, admin)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
}, 180_000);
