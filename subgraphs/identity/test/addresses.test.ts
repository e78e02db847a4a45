/**
 * Saved addresses, called as services (services/addresses.ts): the default (first address, moved by
 * isDefault / setDefaultAddress, handed to the newest on removal, one at most also in the database), the
 * limit per user and shop, the field rules (commerce checkout's), ownership (other users' and other
 * shops' ids are NOT_FOUND; only signed-in users), concurrent adds, and the GDPR export and purge.
 */
import { anonymousActor, AppError, callPeer, hashPassword, Peers, uuidv7, type Actor, type PrismaClient } from '@webwaka/kit';
import { startStack, type TestStack } from '../../../test/support/stack';
import { addAddress, MAX_ADDRESSES, myAddresses, removeAddress, setDefaultAddress, updateAddress, type AddressInput } from '../src/services/addresses';
import type { ServiceContext } from '../src/services/context';
import { exportMyData, purgeDeletedAccounts } from '../src/services/privacy';
import { createUser } from './support';

let s: TestStack;
let prisma: PrismaClient;
let passwordHash: string;
let shop: string;
let market: string;

beforeAll(async () => {
  s = await startStack();
  prisma = s.stack.prisma;
  passwordHash = await hashPassword(s.demo.password);
  shop = (await prisma.tenant.findUniqueOrThrow({ where: { slug: 'ade-fashion' } })).id;
  market = (await prisma.tenant.findUniqueOrThrow({ where: { slug: 'naija-market' } })).id;
});
afterAll(async () => {
  await s?.stop();
});

function ctxOf(tenantId: string, actor: Partial<Actor>): ServiceContext & { peers: Peers } {
  return { prisma, tenantId, actor: { ...anonymousActor(tenantId), ...actor } as Actor, requestId: `test-${uuidv7()}`, ip: null, eventsRecorded: () => {}, peers: new Peers({ ...s.stack.subgraphs }) };
}

/** A new customer of the store and the marketplace, and a service context per shop acting as them. */
async function customer() {
  const user = await createUser(prisma, {
    email: `addresses-${uuidv7()}@example.ng`,
    passwordHash,
    memberships: [
      { tenantId: shop, role: 'CUSTOMER' },
      { tenantId: market, role: 'CUSTOMER' },
    ],
  });
  const as = (tenantId: string) => ctxOf(tenantId, { kind: 'user', userId: user.id, roles: ['CUSTOMER'] });
  return { id: user.id, atShop: as(shop), atMarket: as(market) };
}

const home: AddressInput = { label: 'Home', name: 'Amaka Obi', line1: '12 Admiralty Way', city: 'Lekki', region: 'Lagos', phone: '0803 123 4567' };
const office = (n = 1): AddressInput => ({ name: 'Amaka Obi', line1: `${n} Broad Street`, city: 'Lagos Island', region: 'Lagos' });

/** The failure of a service call, as { code, field } (or throws when it succeeded). */
async function refusal(p: Promise<unknown>): Promise<{ code: string; field?: string[] }> {
  try {
    await p;
  } catch (e: any) {
    if (e instanceof AppError) return { code: String(e.extensions.code) };
    return { code: e.code, ...(e.field ? { field: e.field } : {}) };
  }
  throw new Error('expected a refusal');
}

const defaults = (userId: string, tenantId: string) => prisma.customerAddress.findMany({ where: { userId, tenantId, isDefault: true }, select: { id: true } });

describe('the default address', () => {
  it('the first address is the default; later ones are not unless asked; the list starts with the default, then the newest', async () => {
    const c = await customer();
    const first = await addAddress(c.atShop, { ...home, isDefault: false });
    expect(first).toMatchObject({ isDefault: true, label: 'Home', country: 'NG', line2: null, tenantId: shop, userId: c.id });
    const second = await addAddress(c.atShop, office(1));
    const third = await addAddress(c.atShop, office(2));
    expect([second.isDefault, third.isDefault]).toEqual([false, false]);
    expect((await myAddresses(c.atShop)).map((a) => a.id)).toEqual([first.id, third.id, second.id]);

    const fourth = await addAddress(c.atShop, { ...office(3), isDefault: true });
    expect(fourth.isDefault).toBe(true);
    expect(await defaults(c.id, shop)).toEqual([{ id: fourth.id }]);
    expect((await myAddresses(c.atShop)).map((a) => a.id)).toEqual([fourth.id, third.id, second.id, first.id]);
  });

  it('setDefaultAddress moves the default; setting the default again changes nothing', async () => {
    const c = await customer();
    const a = await addAddress(c.atShop, home);
    const b = await addAddress(c.atShop, office());
    expect(await setDefaultAddress(c.atShop, b.id)).toMatchObject({ id: b.id, isDefault: true });
    expect(await defaults(c.id, shop)).toEqual([{ id: b.id }]);
    const before = await prisma.customerAddress.findUniqueOrThrow({ where: { id: b.id } });
    expect(await setDefaultAddress(c.atShop, b.id)).toEqual(before);
    expect((await prisma.customerAddress.findUniqueOrThrow({ where: { id: a.id } })).isDefault).toBe(false);
  });

  it('removing the default hands it to the newest remaining address; removing another leaves it; the last can go', async () => {
    const c = await customer();
    const a = await addAddress(c.atShop, home);
    const b = await addAddress(c.atShop, office(1));
    const d = await addAddress(c.atShop, office(2));
    await setDefaultAddress(c.atShop, b.id);
    expect((await removeAddress(c.atShop, b.id)).id).toBe(b.id);
    expect(await defaults(c.id, shop)).toEqual([{ id: d.id }]);
    await removeAddress(c.atShop, a.id);
    expect(await defaults(c.id, shop)).toEqual([{ id: d.id }]);
    await removeAddress(c.atShop, d.id);
    expect(await myAddresses(c.atShop)).toEqual([]);
    // With none left, the next address is the default again.
    expect((await addAddress(c.atShop, office(3))).isDefault).toBe(true);
  });

  it('updateAddress replaces the fields; isDefault true moves the default, false does not take it away', async () => {
    const c = await customer();
    const a = await addAddress(c.atShop, home);
    const b = await addAddress(c.atShop, office());
    const edited = await updateAddress(c.atShop, b.id, { name: '  Chidi Obi ', line1: '3 Marina', line2: 'Floor 4', city: 'Lagos', region: 'Lagos', country: 'ng', postalCode: '101001', isDefault: true });
    expect(edited).toMatchObject({ id: b.id, label: null, name: 'Chidi Obi', line1: '3 Marina', line2: 'Floor 4', country: 'NG', postalCode: '101001', phone: null, isDefault: true });
    expect(await defaults(c.id, shop)).toEqual([{ id: b.id }]);
    expect((await updateAddress(c.atShop, b.id, { ...home, isDefault: false })).isDefault).toBe(true);
    expect((await prisma.customerAddress.findUniqueOrThrow({ where: { id: a.id } })).isDefault).toBe(false);
  });

  it('the database itself refuses a second default for the same customer and shop', async () => {
    const c = await customer();
    const a = await addAddress(c.atShop, home);
    const b = await addAddress(c.atShop, office());
    await expect(prisma.customerAddress.update({ where: { id: b.id }, data: { isDefault: true } })).rejects.toThrow();
    expect(await defaults(c.id, shop)).toEqual([{ id: a.id }]);
    // One default per shop, not per person: the marketplace has its own.
    expect((await addAddress(c.atMarket, office())).isDefault).toBe(true);
  });

  it('concurrent adds of a new customer leave exactly one default', async () => {
    const c = await customer();
    const added = await Promise.all([1, 2, 3, 4, 5].map((n) => addAddress(c.atShop, office(n))));
    expect(added).toHaveLength(5);
    expect(await defaults(c.id, shop)).toHaveLength(1);
    expect(await prisma.customerAddress.count({ where: { userId: c.id, tenantId: shop } })).toBe(5);
  });
});

describe('limits and validation', () => {
  it(`at most ${MAX_ADDRESSES} addresses per customer and shop`, async () => {
    const c = await customer();
    for (let n = 1; n <= MAX_ADDRESSES; n++) await addAddress(c.atShop, office(n));
    expect(await refusal(addAddress(c.atShop, office(99)))).toEqual({ code: 'BAD_USER_INPUT', field: ['input'] });
    expect(await prisma.customerAddress.count({ where: { userId: c.id, tenantId: shop } })).toBe(MAX_ADDRESSES);
    // Another shop counts on its own.
    await addAddress(c.atMarket, office());
  });

  it.each<[string, Partial<AddressInput>, string]>([
    ['a missing name', { name: '  ' }, 'name'],
    ['a missing street', { line1: '' }, 'line1'],
    ['a missing city', { city: '' }, 'city'],
    ['a missing region', { region: ' ' }, 'region'],
    ['a name over 120 characters', { name: 'x'.repeat(121) }, 'name'],
    ['a street over 200 characters', { line1: 'x'.repeat(201) }, 'line1'],
    ['a second line over 200 characters', { line2: 'x'.repeat(201) }, 'line2'],
    ['a city over 100 characters', { city: 'x'.repeat(101) }, 'city'],
    ['a region over 100 characters', { region: 'x'.repeat(101) }, 'region'],
    ['a postal code over 20 characters', { postalCode: '1'.repeat(21) }, 'postalCode'],
    ['a phone over 30 characters', { phone: '0'.repeat(31) }, 'phone'],
    ['a label over 40 characters', { label: 'x'.repeat(41) }, 'label'],
    ['a three-letter country', { country: 'NGA' }, 'country'],
    ['a country that is not letters', { country: 'N1' }, 'country'],
  ])('refuses %s and stores nothing (add and update)', async (_why, change, field) => {
    const c = await customer();
    expect(await refusal(addAddress(c.atShop, { ...home, ...change }))).toEqual({ code: 'BAD_USER_INPUT', field: ['input', field] });
    expect(await prisma.customerAddress.count({ where: { userId: c.id } })).toBe(0);
    const a = await addAddress(c.atShop, home);
    expect(await refusal(updateAddress(c.atShop, a.id, { ...home, ...change }))).toEqual({ code: 'BAD_USER_INPUT', field: ['input', field] });
    expect(await prisma.customerAddress.findUniqueOrThrow({ where: { id: a.id } })).toEqual(a);
  });

  it('trims, upper-cases the country and fills NG when none is given; limits are inclusive', async () => {
    const c = await customer();
    const a = await addAddress(c.atShop, { ...home, label: ' ', line2: '  ', name: ` ${'n'.repeat(120)} `, country: 'gh', postalCode: '1'.repeat(20) });
    expect(a).toMatchObject({ label: null, line2: null, name: 'n'.repeat(120), country: 'GH', postalCode: '1'.repeat(20) });
    expect((await addAddress(c.atShop, { ...home, country: null })).country).toBe('NG');
  });

  it('keeps the map position the customer shared (both or neither, in range); an update without it clears it', async () => {
    const c = await customer();
    const a = await addAddress(c.atShop, { ...home, latitude: 6.4474, longitude: 3.4723 });
    expect(a).toMatchObject({ latitude: 6.4474, longitude: 3.4723 });
    expect(await refusal(addAddress(c.atShop, { ...home, latitude: 6.4 }))).toEqual({ code: 'BAD_USER_INPUT', field: ['input', 'longitude'] });
    expect(await refusal(addAddress(c.atShop, { ...home, latitude: 91, longitude: 3.4 }))).toEqual({ code: 'BAD_USER_INPUT', field: ['input', 'latitude'] });
    expect(await refusal(addAddress(c.atShop, { ...home, latitude: 6.4, longitude: -181 }))).toEqual({ code: 'BAD_USER_INPUT', field: ['input', 'longitude'] });
    expect(await updateAddress(c.atShop, a.id, home)).toMatchObject({ latitude: null, longitude: null });
  });
});

describe('whose addresses', () => {
  it("another customer's ids, another shop's ids and malformed ids are NOT_FOUND, and nothing changes", async () => {
    const owner = await customer();
    const other = await customer();
    const a = await addAddress(owner.atShop, home);
    const b = await addAddress(owner.atShop, office());
    const before = await prisma.customerAddress.findMany({ where: { userId: owner.id }, orderBy: { id: 'asc' } });
    for (const ctx of [other.atShop, other.atMarket, owner.atMarket]) {
      expect(await myAddresses(ctx)).toEqual([]);
      for (const id of [a.id, b.id]) {
        expect(await refusal(updateAddress(ctx, id, office(7)))).toEqual({ code: 'NOT_FOUND', field: ['id'] });
        expect(await refusal(setDefaultAddress(ctx, id))).toEqual({ code: 'NOT_FOUND', field: ['id'] });
        expect(await refusal(removeAddress(ctx, id))).toEqual({ code: 'NOT_FOUND', field: ['id'] });
      }
    }
    for (const id of ['not-a-uuid', uuidv7()]) expect(await refusal(removeAddress(owner.atShop, id))).toEqual({ code: 'NOT_FOUND', field: ['id'] });
    expect(await prisma.customerAddress.findMany({ where: { userId: owner.id }, orderBy: { id: 'asc' } })).toEqual(before);
    expect(await prisma.customerAddress.count({ where: { userId: other.id } })).toBe(0);
  });

  it('anonymous callers, API keys and other subgraphs are UNAUTHENTICATED', async () => {
    const owner = await customer();
    const a = await addAddress(owner.atShop, home);
    const callers = [
      ctxOf(shop, {}),
      ctxOf(shop, { kind: 'apiKey', scopes: ['identity:read'] }),
      ctxOf(shop, { kind: 'service', scopes: ['identity:read'] }),
      { ...owner.atShop, tenantId: null },
    ];
    for (const ctx of callers) {
      expect(await refusal(myAddresses(ctx))).toEqual({ code: 'UNAUTHENTICATED' });
      expect(await refusal(addAddress(ctx, home))).toEqual({ code: 'UNAUTHENTICATED' });
      expect(await refusal(updateAddress(ctx, a.id, office()))).toEqual({ code: 'UNAUTHENTICATED' });
      expect(await refusal(setDefaultAddress(ctx, a.id))).toEqual({ code: 'UNAUTHENTICATED' });
      expect(await refusal(removeAddress(ctx, a.id))).toEqual({ code: 'UNAUTHENTICATED' });
    }
    expect(await myAddresses(owner.atShop)).toEqual([a]);
  });
});

describe('privacy', () => {
  it('the data export holds the addresses of every shop; the purge erases them', async () => {
    const c = await customer();
    const a = await addAddress(c.atShop, home);
    const m = await addAddress(c.atMarket, office());
    const data: any = await exportMyData(c.atShop);
    expect(data.addresses).toHaveLength(2);
    expect(data.addresses).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: a.id, line1: home.line1, isDefault: true, tenant: { slug: 'ade-fashion', name: expect.any(String) } }),
        expect.objectContaining({ id: m.id, line1: office().line1, isDefault: true, tenant: { slug: 'naija-market', name: expect.any(String) } }),
      ]),
    );
    expect(JSON.stringify(data.addresses)).not.toContain(c.id);

    await prisma.user.update({ where: { id: c.id }, data: { deletionRequestedAt: new Date(), purgeAfter: new Date(Date.now() - 1000) } });
    expect(await purgeDeletedAccounts(prisma)).toContain(c.id);
    expect(await prisma.customerAddress.count({ where: { userId: c.id } })).toBe(0);
  });

  it('the export holds the WhatsApp conversations at the shops the person is a customer of; the purge deletes them first (decision 0081)', async () => {
    const c = await customer();
    const phone = `+234809${String(Date.now() % 1e7).padStart(7, '0')}`;
    await prisma.user.update({ where: { id: c.id }, data: { phone } });
    const chat = async (tenantId: string, waId: string, texts: [string, 'IN' | 'OUT'][]) => {
      const id = uuidv7();
      await prisma.conversation.create({ data: { id, tenantId, waId, customerName: 'Ada' } });
      let at = Date.now() - 60_000;
      for (const [text, direction] of texts) {
        await prisma.conversationMessage.create({
          data: { id: uuidv7(), tenantId, conversationId: id, direction, kind: 'text', text, payload: {}, status: 'DONE', sentAt: new Date((at += 1000)), ...(direction === 'IN' ? { waMessageId: `wamid.${uuidv7()}` } : { idempotencyKey: uuidv7() }) },
        });
      }
      return id;
    };
    const waId = phone.slice(1);
    const atShop = await chat(shop, waId, [['hi', 'IN'], ['Welcome to the shop!', 'OUT']]);
    const atMarket = await chat(market, waId, [['do you have rice?', 'IN']]);
    const someoneElse = await chat(shop, `${waId.slice(0, -1)}${(Number(waId.at(-1)) + 1) % 10}`, [['not theirs', 'IN']]);

    const data: any = await exportMyData(c.atShop);
    expect(data.profile.phone).toBe(phone);
    const bySlug = Object.fromEntries(data.whatsappConversations.map((x: any) => [x.shop.slug, x.messages.map((m: any) => [m.direction, m.text])]));
    expect(bySlug).toEqual({ 'ade-fashion': [['IN', 'hi'], ['OUT', 'Welcome to the shop!']], 'naija-market': [['IN', 'do you have rice?']] });
    expect(data.whatsappConversations[0].messages[0].sentAt).toEqual(expect.any(String));
    expect(JSON.stringify(data)).not.toContain('not theirs');
    // Only a caller holding commerce:customer-data reads a conversation.
    const read = (scopes: string[]) => callPeer(new Peers({ ...s.stack.subgraphs }), 'commerce', 'query ($p: String!) { customerConversation(phone: $p) }', { p: phone }, { tenantId: shop, service: 'identity', scopes });
    await expect(read(['commerce:read'])).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });

    await prisma.user.update({ where: { id: c.id }, data: { deletionRequestedAt: new Date(), purgeAfter: new Date(Date.now() - 1000) } });
    // Commerce not answering: the account waits, nothing is half-erased.
    const deaf = new Peers({ ...s.stack.subgraphs, commerce: 'http://127.0.0.1:9/graphql' });
    expect(await purgeDeletedAccounts(prisma, new Date(), deaf)).not.toContain(c.id);
    expect(await prisma.user.count({ where: { id: c.id } })).toBe(1);
    expect(await purgeDeletedAccounts(prisma, new Date(), new Peers({ ...s.stack.subgraphs }))).toContain(c.id);
    expect(await prisma.conversation.count({ where: { id: { in: [atShop, atMarket] } } })).toBe(0);
    expect(await prisma.conversationMessage.count({ where: { conversationId: { in: [atShop, atMarket] } } })).toBe(0);
    expect(await prisma.conversation.count({ where: { id: someoneElse } })).toBe(1);
  });
});
