/**
 * The back office's customer search (issue 15: adjusting a customer's points or store credit starts from
 * finding them): a shop's administrators find its CUSTOMER members by the start of a name (or of a word of
 * it), an e-mail or a phone saved on an address at this shop, 20 a page at most. Never another shop's
 * customers (nor their phones), never staff who are not customers, never an account being deleted; only
 * administrators past the second factor (the same role as the adjustments).
 */
import { hashPassword, uuidv7 } from '@webwaka/kit';
import { bearer, gql } from '../../../test/support/graphql';
import { startStack, type TestStack } from '../../../test/support/stack';
import { createUser, login, type SessionInfo } from './support';

const SEARCH = 'query ($text: String!, $after: String, $first: Int) { customerSearch(text: $text, first: $first, after: $after) { edges { node { id name email phone } } pageInfo { hasNextPage endCursor } } }';

let s: TestStack;
let fashion: SessionInfo;
let market: SessionInfo;
let fashionId: string;
let marketId: string;
const tag = `cs${Date.now().toString(36)}`;
const people: Record<string, string> = {};

beforeAll(async () => {
  s = await startStack();
  const prisma = s.stack.prisma;
  fashion = await login(s.gatewayUrl, 'ade-fashion', 'client@webwaka.test', s.demo.password, s.demo.totpSecret, prisma);
  market = await login(s.gatewayUrl, 'naija-market', 'client@webwaka.test', s.demo.password, s.demo.totpSecret, prisma);
  fashionId = (await prisma.tenant.findUniqueOrThrow({ where: { slug: 'ade-fashion' } })).id;
  marketId = (await prisma.tenant.findUniqueOrThrow({ where: { slug: 'naija-market' } })).id;
  const passwordHash = await hashPassword('Jollof-rice-and-plantain-9');
  const make = async (key: string, name: string, memberships: { tenantId: string; role: 'CUSTOMER' | 'STAFF' }[]) => {
    people[key] = (await createUser(prisma, { email: `${key}.${tag}@example.ng`, name, passwordHash, memberships })).id;
  };
  await make('chioma', `Chioma Okafor ${tag}`, [{ tenantId: fashionId, role: 'CUSTOMER' }]);
  await make('both', `Chinedu ${tag} Both`, [{ tenantId: fashionId, role: 'CUSTOMER' }, { tenantId: marketId, role: 'CUSTOMER' }]);
  await make('marketonly', `Chika ${tag} Market`, [{ tenantId: marketId, role: 'CUSTOMER' }]);
  await make('staff', `Chidi ${tag} Staff`, [{ tenantId: fashionId, role: 'STAFF' }]);
  await make('leaving', `Chuka ${tag} Leaving`, [{ tenantId: fashionId, role: 'CUSTOMER' }]);
  await prisma.user.update({ where: { id: people.leaving }, data: { deletionRequestedAt: new Date() } });
  const address = (userId: string, tenantId: string, phone: string, isDefault = true) =>
    prisma.customerAddress.create({ data: { id: uuidv7(), tenantId, userId, name: 'Home', line1: '1 Allen Avenue', city: 'Ikeja', region: 'Lagos', phone, isDefault } });
  await address(people.chioma, fashionId, '+2348031112233');
  // The same person's phone at the marketplace is the marketplace's business, not the store's.
  await address(people.both, marketId, '08097776655');
  for (let i = 0; i < 23; i++) await make(`bulk${i}`, `Bulkname-${tag}-${String(i).padStart(2, '0')}`, [{ tenantId: fashionId, role: 'CUSTOMER' }]);
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

const search = async (session: SessionInfo, text: string, extra: { after?: string; first?: number } = {}) => gql(s.gatewayUrl, SEARCH, { text, ...extra }, bearer(session.accessToken));
const found = async (session: SessionInfo, text: string) => {
  const r = await search(session, text);
  expect(r.errors).toBeUndefined();
  return (r.data as any).customerSearch.edges.map((e: any) => e.node);
};
const ids = (nodes: { id: string }[]) => nodes.map((n) => n.id).sort();

it('finds this shop’s customers by the start of a name or of a word of it, case-insensitively; not staff, not accounts being deleted', async () => {
  expect(await found(fashion, 'chioma okafor')).toEqual([{ id: people.chioma, name: `Chioma Okafor ${tag}`, email: `chioma.${tag}@example.ng`, phone: '+2348031112233' }]);
  // A word of the name: the customers only (not the staff member, the leaving account or the marketplace's own).
  expect(ids(await found(fashion, tag))).toEqual([people.chioma, people.both].sort());
  expect(ids(await found(fashion, tag.toUpperCase()))).toEqual([people.chioma, people.both].sort());
  expect(await found(fashion, 'hioma')).toEqual([]);
});

it('finds by the start of an e-mail and of a phone saved at this shop (0803… read as +234803…)', async () => {
  expect(ids(await found(fashion, `CHIOMA.${tag}`))).toEqual([people.chioma]);
  expect(ids(await found(fashion, '+2348031112'))).toEqual([people.chioma]);
  expect(ids(await found(fashion, '0803 111'))).toEqual([people.chioma]);
  expect(await found(fashion, '8031112')).toEqual([]);
});

it('never shows another shop’s customers or what they keep there', async () => {
  // Customer of both: the store shows them without the marketplace's phone, and the marketplace's phone finds nothing at the store.
  const both = await found(fashion, `both.${tag}`);
  expect(both).toEqual([{ id: people.both, name: `Chinedu ${tag} Both`, email: `both.${tag}@example.ng`, phone: null }]);
  expect(await found(fashion, '0809777')).toEqual([]);
  expect(await found(fashion, `marketonly.${tag}`)).toEqual([]);
  // At the marketplace: its own customers only, with its own phone.
  expect(ids(await found(market, tag))).toEqual([people.both, people.marketonly].sort());
  expect(ids(await found(market, '0809777'))).toEqual([people.both]);
  expect((await found(market, `both.${tag}`))[0].phone).toBe('08097776655');
  // A header naming another shop changes nothing: the session's shop decides.
  const r = await gql(s.gatewayUrl, SEARCH, { text: `marketonly.${tag}` }, { ...bearer(fashion.accessToken), 'x-tenant': 'naija-market' });
  expect(((r.data as any)?.customerSearch?.edges ?? []).length).toBe(0);
});

it('pages 20 at a time at most, by id, to the end', async () => {
  const all: string[] = [];
  let after: string | undefined;
  for (;;) {
    const r = await search(fashion, `bulkname-${tag}`, { first: 50, after });
    expect(r.errors).toBeUndefined();
    const page = (r.data as any).customerSearch;
    expect(page.edges.length).toBeLessThanOrEqual(20);
    all.push(...page.edges.map((e: any) => e.node.id));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  expect(all).toHaveLength(23);
  expect(new Set(all).size).toBe(23);
});

it('refuses a search of fewer than 2 characters', async () => {
  const r = await search(fashion, ' c ');
  expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});
