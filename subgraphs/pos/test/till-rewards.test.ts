/**
 * Rewards at the till (decision 0080): a till finds the sale's customer by phone as well as by e-mail
 * (Nigerian local forms read as E.164, as identity reads them everywhere) and sees their points; only the
 * shop's own customers, and a phone two customers share on their addresses names nobody.
 */
import { sha256Hex, uuidv7 } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import { waitFor } from '../../../test/support/wait';
import type { TestStack } from '../../../test/support/stack';
import { addCashier, eventually, payload, pricedVariants, registerTill, signIn, startPosStack, sync, tenantId, TillEvents, userErrorCodes, SHOP } from './support';

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

const SEND_CODE = `mutation ($c: ID!, $p: Int!) { sendPosPointsCode(customerUserId: $c, points: $p) { sent { sentTo channel maxPoints expiresAt } userErrors { code message field } } }`;

/** The 6-digit code in the newest message the sandbox received for `to` after `after`. */
async function receivedCode(to: string, after: Date): Promise<{ code: string; text: string }> {
  const m = await waitFor(async () => (await s.stack.prisma.sandboxMessage.findMany({ where: { to, receivedAt: { gt: after } }, orderBy: { receivedAt: 'desc' } }))[0] ?? null, 30_000);
  if (!m) throw new Error(`no message to ${to}`);
  return { code: /\b(\d{6})\b/.exec(m.text)![1], text: m.text };
}

/** Sends the customer a code for `points` from `till` and reads it from the sandbox, as the customer's phone shows it. */
async function confirmCode(headers: Record<string, string>, customerUserId: string, to: string, points: number): Promise<string> {
  const before = new Date(Date.now() - 1);
  payload(await gql(s.gatewayUrl, SEND_CODE, { c: customerUserId, p: points }, headers), 'sendPosPointsCode');
  return (await receivedCode(to, before)).code;
}

const TAKE = `mutation ($input: TakePosHoldInput!) { takePosHold(input: $input) { hold { id kind amount points status remainingPoints remainingGiftCard } userErrors { code message field } } }`;
const RELEASE = `mutation ($id: ID!) { releasePosHold(holdId: $id) { hold { id status } userErrors { code message field } } }`;

/** A gift card of the shop worth `balance`, made as commerce makes them (only the code's SHA-256 kept). */
async function giftCard(slug: string, balance: bigint) {
  const code = Array.from({ length: 16 }, () => 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'[Math.floor(Math.random() * 31)]).join('');
  const card = await s.stack.prisma.giftCard.create({
    data: { id: uuidv7(), tenantId: await tenantId(s.stack.prisma, slug), codeHash: sha256Hex(`webwaka:gift-card:${code}`), last4: code.slice(-4), initialValue: balance, balance, currency: 'NGN', source: 'ADMIN' },
  });
  return { ...card, code: code.match(/.{4}/g)!.join('-') };
}

/** The debits and credits of a ledger entry by account purpose (and its balance). */
async function entryOf(key: string) {
  const entry = await eventually(() => s.stack.prisma.journalEntry.findFirst({ where: { idempotencyKey: key }, include: { lines: { include: { account: true } } } }), (e) => !!e);
  const by = new Map<string, bigint>();
  let debit = 0n;
  let credit = 0n;
  for (const l of entry!.lines) {
    const signed = l.side === 'DEBIT' ? l.amount : -l.amount;
    by.set(l.account.purpose, (by.get(l.account.purpose) ?? 0n) + signed);
    if (l.side === 'DEBIT') debit += l.amount;
    else credit += l.amount;
  }
  expect(debit).toBe(credit);
  return by;
}

it('points and a gift card held online, tendered at the till, captured once at sync, refunded exactly; void, expiry, limits and other shops', async () => {
  const prisma = s.stack.prisma;
  const shop = await tenantId(prisma, SHOP);
  await prisma.loyaltySettings.upsert({ where: { tenantId: shop }, create: { tenantId: shop, enabled: true, spendPerPoint: 10_000n, pointValue: 100n, maxRedeemBps: 5000 }, update: { enabled: true, spendPerPoint: 10_000n, pointValue: 100n, maxRedeemBps: 5000, tiers: [] } });
  const till = await registerTill(s, admin, { name: 'Rewards counter' });
  const bola = await addCashier(s, admin, { name: 'Bola', role: 'SUPERVISOR', pin: '2468', discountLimitBps: 0 });
  const [item] = await pricedVariants(s, till, 1);
  const customer = await customerOf(SHOP, { name: 'Kemi Bello', phone: '+2348034440004' });
  await prisma.loyaltyAccount.create({ data: { tenantId: shop, userId: customer.id, points: 50 } });
  const card = await giftCard(SHOP, 300_00n);

  const ev = new TillEvents();
  const session = uuidv7();
  const open = ev.open(session, bola, 0n);
  const quantity = 3;
  const total = new TillEvents().sale(session, bola, [{ item, quantity }], (t) => [{ tender: 'CASH', amount: t }]).total;
  const base = { currency: 'NGN', saleTotal: total.toString() };
  const take = async (input: object, headers = till.headers) => {
    const r = await gql(s.gatewayUrl, TAKE, { input: { ...base, idempotencyKey: uuidv7(), ...input } }, headers);
    if (!r.data?.takePosHold) throw new Error(JSON.stringify(r.errors));
    return r.data.takePosHold;
  };

  // Points (at most half the sale) and the gift card for what it has, up to what is due.
  const points = await take({ kind: 'POINTS', customerUserId: customer.id, points: 20, due: total.toString(), code: await confirmCode(till.headers, customer.id, '+2348034440004', 20) });
  expect(points.userErrors).toEqual([]);
  expect(points.hold).toMatchObject({ kind: 'POINTS', amount: '2000', points: 20, status: 'HELD', remainingPoints: 30 });
  const due = total - 2000n;
  const gift = await take({ kind: 'GIFT_CARD', giftCardCode: card.code.toLowerCase(), due: due.toString() });
  const giftAmount = due < 300_00n ? due : 300_00n;
  expect(gift.hold).toMatchObject({ kind: 'GIFT_CARD', amount: giftAmount.toString(), status: 'HELD', remainingGiftCard: (300_00n - giftAmount).toString() });
  // Retried with the same key: the same hold, nothing more taken.
  const key = uuidv7();
  const onceCode = await confirmCode(till.headers, customer.id, '+2348034440004', 1);
  const once = await take({ kind: 'POINTS', customerUserId: customer.id, points: 1, due: '100', idempotencyKey: key, code: onceCode });
  expect((await take({ kind: 'POINTS', customerUserId: customer.id, points: 1, due: '100', idempotencyKey: key, code: onceCode })).hold.id).toBe(once.hold.id);
  expect((await prisma.loyaltyAccount.findUnique({ where: { tenantId_userId: { tenantId: shop, userId: customer.id } } }))!.points).toBe(29);
  expect(payload(await gql(s.gatewayUrl, RELEASE, { id: once.hold.id }, till.headers), 'releasePosHold').hold.status).toBe('RELEASED');
  expect(payload(await gql(s.gatewayUrl, RELEASE, { id: once.hold.id }, till.headers), 'releasePosHold').hold.status).toBe('RELEASED'); // released once
  expect((await prisma.loyaltyAccount.findUnique({ where: { tenantId_userId: { tenantId: shop, userId: customer.id } } }))!.points).toBe(30);

  // Bad asks, with stable codes.
  const capCode = await confirmCode(till.headers, customer.id, '+2348034440004', 30);
  await prisma.loyaltyAccount.update({ where: { tenantId_userId: { tenantId: shop, userId: customer.id } }, data: { points: 10_000_000 } });
  await prisma.tillPointsCode.updateMany({ where: { userId: customer.id, usedAt: null }, data: { maxPoints: 10_000_000 } });
  expect((await take({ kind: 'POINTS', customerUserId: customer.id, points: 10_000_000, due: total.toString(), code: capCode })).userErrors[0].code).toBe('BAD_USER_INPUT'); // more than half the sale
  await prisma.loyaltyAccount.update({ where: { tenantId_userId: { tenantId: shop, userId: customer.id } }, data: { points: 30 } });
  expect((await take({ kind: 'GIFT_CARD', giftCardCode: 'AAAA-BBBB-CCCC-DDDD', due: '100' })).userErrors[0].code).toBe('GIFT_CARD_INVALID');
  const foreign = await giftCard(MARKET, 100_00n);
  expect((await take({ kind: 'GIFT_CARD', giftCardCode: foreign.code, due: '100' })).userErrors[0].code).toBe('GIFT_CARD_INVALID');
  expect((await gql(s.gatewayUrl, TAKE, { input: { ...base, kind: 'GIFT_CARD', giftCardCode: card.code, due: '100', idempotencyKey: uuidv7() } }, admin)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

  // The sale tenders both holds and cash for the rest; synced twice, captured once.
  const sale = ev.sale(session, bola, [{ item, quantity }], (t) => [
    { tender: 'POINTS', amount: 2000n, reference: points.hold.id },
    { tender: 'GIFT_CARD', amount: giftAmount, reference: gift.hold.id },
    { tender: 'CASH', amount: t - 2000n - giftAmount },
  ], { customerUserId: customer.id });
  payload(await sync(s, till, [open, sale.event]), 'syncPosBatch');
  payload(await sync(s, till, [open, sale.event]), 'syncPosBatch');
  expect(await prisma.posConflict.count({ where: { deviceId: till.deviceId } })).toBe(0);
  const holds = await prisma.posTenderHold.findMany({ where: { id: { in: [points.hold.id, gift.hold.id] } } });
  expect(holds.map((h: any) => [h.status, h.saleId])).toEqual([['CAPTURED', sale.event.clientId], ['CAPTURED', sale.event.clientId]]);
  expect((await prisma.giftCard.findUnique({ where: { id: card.id } }))!.balance).toBe(300_00n - giftAmount);
  const saleEntry = await entryOf(`pos:sale:${sale.event.clientId}`);
  expect(saleEntry.get('LOYALTY_LIABILITY')).toBe(2000n);
  expect(saleEntry.get('GIFT_CARD_LIABILITY')).toBe(giftAmount);
  expect(saleEntry.get('CASH_OVER_SHORT') ?? 0n).toBe(0n);
  // Released after capture: refused (a return gives it back).
  expect(userErrorCodes(await gql(s.gatewayUrl, RELEASE, { id: gift.hold.id }, till.headers), 'releasePosHold')).toEqual(['INVALID_TRANSITION']);

  // The whole sale back: each tender gets back exactly what it paid, the entry the mirror.
  const back = ev.return(session, bola, sale.event as any, [{ item, quantity, amount: sale.total, tax: sale.tax, restock: true }], 'CASH', bola) as any;
  back.return.tenders = [
    { tender: 'POINTS', amount: '2000', reference: points.hold.id },
    { tender: 'GIFT_CARD', amount: giftAmount.toString(), reference: gift.hold.id },
    { tender: 'CASH', amount: (sale.total - 2000n - giftAmount).toString() },
  ];
  payload(await sync(s, till, [back]), 'syncPosBatch');
  expect(await prisma.posConflict.count({ where: { deviceId: till.deviceId } })).toBe(0);
  const returned = await entryOf(`pos:return:${back.clientId}`);
  expect([returned.get('LOYALTY_LIABILITY'), returned.get('GIFT_CARD_LIABILITY')]).toEqual([-2000n, -giftAmount]);
  await eventually(() => prisma.giftCard.findUnique({ where: { id: card.id } }), (c) => c!.balance === 300_00n);
  await eventually(() => prisma.loyaltyAccount.findUnique({ where: { tenantId_userId: { tenantId: shop, userId: customer.id } } }), (a) => a!.points === 50);

  // A hold that expired before its sale was synced: the sale stands, nothing is spent, a conflict says why.
  const late = await take({ kind: 'GIFT_CARD', giftCardCode: card.code, due: '5000' });
  await prisma.posTenderHold.update({ where: { id: late.hold.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  const lateSale = ev.sale(session, bola, [{ item, quantity: 1 }], (t) => [{ tender: 'GIFT_CARD', amount: 5000n, reference: late.hold.id }, { tender: 'CASH', amount: t - 5000n }]);
  payload(await sync(s, till, [lateSale.event]), 'syncPosBatch');
  const conflicts = await prisma.posConflict.findMany({ where: { deviceId: till.deviceId } });
  expect(conflicts.map((c: any) => c.kind)).toEqual(['HOLD_REFUSED']);
  expect(conflicts[0].message).toMatch(/expired/);
  expect(await prisma.posSale.count({ where: { id: lateSale.event.clientId } })).toBe(1);
  expect((await prisma.giftCard.findUnique({ where: { id: card.id } }))!.balance).toBe(300_00n);
  expect((await entryOf(`pos:sale:${lateSale.event.clientId}`)).get('CASH_OVER_SHORT')).toBe(5000n);

  // Another shop's till cannot spend this shop's hold.
  const marketTill = await registerTill(s, await signIn(s, MARKET, 'client'), { slug: MARKET, name: 'Market rewards' });
  const mine = await take({ kind: 'GIFT_CARD', giftCardCode: card.code, due: '1000' });
  const market = new TillEvents();
  const mSession = uuidv7();
  const [mItem] = await pricedVariants(s, marketTill, 1);
  const sade = await addCashier(s, await signIn(s, MARKET, 'client'), { name: 'Sade', pin: '1122' });
  const mOpen = market.open(mSession, sade, 0n);
  const stolen = market.sale(mSession, sade, [{ item: mItem, quantity: 1 }], (t) => [{ tender: 'GIFT_CARD', amount: 1000n, reference: mine.hold.id }, { tender: 'CASH', amount: t - 1000n }]);
  payload(await sync(s, marketTill, [mOpen, stolen.event]), 'syncPosBatch');
  expect((await prisma.posConflict.findMany({ where: { deviceId: marketTill.deviceId } })).map((c: any) => c.kind)).toContain('HOLD_REFUSED');
  expect((await prisma.posTenderHold.findUnique({ where: { id: mine.hold.id } }))!.status).toBe('HELD');
  expect(userErrorCodes(await gql(s.gatewayUrl, RELEASE, { id: mine.hold.id }, marketTill.headers), 'releasePosHold')).toEqual(['NOT_FOUND']);

  // At most 20 open per till.
  for (let i = 0; i < 19; i++) {
    await prisma.posTenderHold.create({ data: { id: uuidv7(), tenantId: shop, deviceId: till.deviceId, kind: 'GIFT_CARD', giftCardId: card.id, amount: 1n, currency: 'NGN', expiresAt: new Date(Date.now() + 60_000), idempotencyKey: uuidv7() } });
  }
  expect((await take({ kind: 'GIFT_CARD', giftCardCode: card.code, due: '100' })).userErrors[0].code).toBe('HOLD_LIMIT_REACHED');
}, 240_000);

it('points at the till need the code the customer received: none, wrong, another till’s, shop’s or customer’s, expired, used, tries run out are refused and nothing moves; limits; points paid earn none', async () => {
  const prisma = s.stack.prisma;
  const shop = await tenantId(prisma, SHOP);
  await prisma.loyaltySettings.upsert({ where: { tenantId: shop }, create: { tenantId: shop, enabled: true, spendPerPoint: 100n, pointValue: 100n, maxRedeemBps: 5000 }, update: { enabled: true, spendPerPoint: 100n, pointValue: 100n, maxRedeemBps: 5000, tiers: [] } });
  const till = await registerTill(s, admin, { name: 'Code counter' });
  const otherTill = await registerTill(s, admin, { name: 'Second counter' });
  const marketTill = await registerTill(s, await signIn(s, MARKET, 'client'), { slug: MARKET, name: 'Market codes' });
  const uche = await customerOf(SHOP, { name: 'Uche Eze', phone: '+2348035550005' });
  const ngozi = await customerOf(SHOP, { name: 'Ngozi Nwosu' });
  await prisma.user.update({ where: { id: ngozi.id }, data: { email: 'ngozi.points@example.ng' } });
  for (const [u, points] of [[uche, 100], [ngozi, 40]] as const) await prisma.loyaltyAccount.create({ data: { tenantId: shop, userId: u.id, points } });
  const pointsOf = async (userId: string) => (await prisma.loyaltyAccount.findUniqueOrThrow({ where: { tenantId_userId: { tenantId: shop, userId } } })).points;
  const [item] = await pricedVariants(s, till, 1);
  const total = new TillEvents().sale(uuidv7(), uuidv7(), [{ item, quantity: 2 }], (t) => [{ tender: 'CASH', amount: t }]).total;
  const take = async (input: object, headers = till.headers) => {
    const r = await gql(s.gatewayUrl, TAKE, { input: { kind: 'POINTS', currency: 'NGN', saleTotal: total.toString(), due: total.toString(), idempotencyKey: uuidv7(), customerUserId: uche.id, points: 10, ...input } }, headers);
    if (!r.data?.takePosHold) throw new Error(JSON.stringify(r.errors));
    return r.data.takePosHold;
  };
  const refusedWith = async (input: object, headers = till.headers) => (await take(input, headers)).userErrors.map((e: { code: string }) => e.code);

  // Without a code, nothing is held.
  expect(await refusedWith({})).toEqual(['INVALID_CREDENTIALS']);

  // The code goes to the customer's own phone; the till learns only where, masked.
  const before = new Date(Date.now() - 1);
  const sent = await gql(s.gatewayUrl, SEND_CODE, { c: uche.id, p: 10 }, till.headers);
  expect(payload(sent, 'sendPosPointsCode').sent).toMatchObject({ sentTo: '•••• 0005', channel: 'SMS', maxPoints: 10 });
  const { code, text } = await receivedCode('+2348035550005', before);
  expect(text).toMatch(/10 points/);
  expect(text).toMatch(/Ade/i); // the shop's name
  expect(JSON.stringify(sent)).not.toContain(code);
  const events = await prisma.outboxEvent.findMany({ where: { tenantId: shop, createdAt: { gte: before } } });
  expect(events.some((e: any) => e.payload?.template === 'pos.points_code')).toBe(true);
  expect(JSON.stringify(events)).not.toContain(code);
  expect(JSON.stringify(await prisma.tillPointsCode.findMany({ where: { userId: uche.id } }))).not.toContain(code);

  const wrong = code === '000000' ? '000001' : '000000';
  expect(await refusedWith({ code: wrong })).toEqual(['INVALID_CREDENTIALS']);
  expect(await refusedWith({ code }, otherTill.headers)).toEqual(['INVALID_CREDENTIALS']); // another till of the shop
  expect(await refusedWith({ code, customerUserId: ngozi.id })).toEqual(['INVALID_CREDENTIALS']); // another customer
  expect(await refusedWith({ code }, marketTill.headers)).toEqual(['INVALID_CREDENTIALS']); // another shop's till
  expect(await refusedWith({ code, points: 11 })).toEqual(['BAD_USER_INPUT']); // more than the customer confirmed
  expect(await pointsOf(uche.id)).toBe(100);
  const held = await take({ code });
  expect(held.hold).toMatchObject({ kind: 'POINTS', points: 10, amount: '1000', status: 'HELD', remainingPoints: 90 });
  expect(JSON.stringify(held)).not.toContain(code);
  expect(await refusedWith({ code })).toEqual(['TOKEN_USED']); // used once
  expect(await pointsOf(uche.id)).toBe(90);

  // Expired after 10 minutes.
  const late = await confirmCode(till.headers, uche.id, '+2348035550005', 5);
  await prisma.tillPointsCode.updateMany({ where: { userId: uche.id, usedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
  expect(await refusedWith({ code: late, points: 5 })).toEqual(['TOKEN_EXPIRED']);

  // Five wrong tries spend it: even the right one is refused after.
  const tried = await confirmCode(till.headers, uche.id, '+2348035550005', 5);
  const miss = tried === '999999' ? '999998' : '999999';
  for (let i = 0; i < 5; i++) expect(await refusedWith({ code: miss, points: 5 })).toEqual(['INVALID_CREDENTIALS']);
  expect(await refusedWith({ code: tried, points: 5 })).toEqual(['TOO_MANY_ATTEMPTS']);
  expect(await pointsOf(uche.id)).toBe(90);

  // At most 3 codes to one customer in 10 minutes, from any till of the shop.
  expect(userErrorCodes(await gql(s.gatewayUrl, SEND_CODE, { c: uche.id, p: 5 }, otherTill.headers), 'sendPosPointsCode')).toEqual(['TOO_MANY_ATTEMPTS']);
  // Another shop's till cannot text this shop's customer; a customer with fewer points gets nothing.
  expect(userErrorCodes(await gql(s.gatewayUrl, SEND_CODE, { c: ngozi.id, p: 5 }, marketTill.headers), 'sendPosPointsCode')).not.toEqual([]);
  expect(userErrorCodes(await gql(s.gatewayUrl, SEND_CODE, { c: ngozi.id, p: 41 }, till.headers), 'sendPosPointsCode')).toEqual(['INSUFFICIENT_BALANCE']);
  expect(await prisma.tillPointsCode.count({ where: { userId: ngozi.id } })).toBe(0);
  expect((await gql(s.gatewayUrl, SEND_CODE, { c: ngozi.id, p: 5 }, admin)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

  // No phone on the account: the code goes to the customer's e-mail.
  const mailed = payload(await gql(s.gatewayUrl, SEND_CODE, { c: ngozi.id, p: 5 }, till.headers), 'sendPosPointsCode');
  expect(mailed.sent).toMatchObject({ sentTo: 'n•••@example.ng', channel: 'EMAIL' });
  expect((await receivedCode('ngozi.points@example.ng', before)).code).toMatch(/^\d{6}$/);

  // At most 10 codes from one till in 10 minutes.
  for (let i = 0; i < 6; i++) await prisma.tillPointsCode.create({ data: { id: uuidv7(), tenantId: shop, deviceId: till.deviceId, userId: uuidv7(), maxPoints: 1, codeHash: 'x', channel: 'SMS', expiresAt: new Date(Date.now() + 60_000) } });
  expect(userErrorCodes(await gql(s.gatewayUrl, SEND_CODE, { c: ngozi.id, p: 5 }, till.headers), 'sendPosPointsCode')).toEqual(['TOO_MANY_ATTEMPTS']);

  // The sale paid partly by the points earns on the rest only (as online).
  const ev = new TillEvents();
  const session = uuidv7();
  const bola = await addCashier(s, admin, { name: 'Bisi', role: 'SUPERVISOR', pin: '1357', discountLimitBps: 0 });
  const sale = ev.sale(session, bola, [{ item, quantity: 2 }], (t) => [{ tender: 'POINTS', amount: 1000n, reference: held.hold.id }, { tender: 'CASH', amount: t - 1000n }], { customerUserId: uche.id });
  payload(await sync(s, till, [ev.open(session, bola, 0n), sale.event]), 'syncPosBatch');
  const checkout = await eventually(() => prisma.checkout.findUnique({ where: { tenantId_idempotencyKey: { tenantId: shop, idempotencyKey: `pos:${sale.event.clientId}` } } }), (c) => !!c?.orderId);
  const order = await prisma.order.findUniqueOrThrow({ where: { id: checkout!.orderId! } });
  // A point per ₦1 spent: the ₦10 paid by points would have earned 10 more.
  const earned = await eventually(() => prisma.balanceMovement.findUnique({ where: { tenantId_idempotencyKey: { tenantId: shop, idempotencyKey: `points-earn:${order.id}` } } }), (m) => m !== null);
  expect(order.subtotal).toBeGreaterThan(1000n);
  expect(Number(earned!.amount)).toBe(Number((order.subtotal - 1000n) / 100n));
}, 240_000);
