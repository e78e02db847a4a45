/**
 * Attribution and abuse checks (services/attribution.ts) against the stack's database, plus the referral
 * touch and agent management through the gateway: first vs last touch, the window, cart-code precedence,
 * suspended agents, and the self-referral / same device / same IP / same e-mail heuristics.
 */
import { uuidv7, type PrismaClient } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import { startStack, type TestStack } from '../../../test/support/stack';
import { T, U } from '../../../test/support/demo';
import { abuseReason, attributeOrder, normalizeEmail, type OrderFacts } from '../src/services/attribution';
import { createAgent, setAgentUpline } from '../src/services/agents';
import { createAgentRow, createChain, createMember, payload, serviceContext, signIn, tenantId } from './support';

let s: TestStack;
let prisma: PrismaClient;
let market: string;
const DAY = 86_400_000;
const now = new Date();
const ago = (days: number) => new Date(now.getTime() - days * DAY);

beforeAll(async () => {
  s = await startStack({ demoProducts: 0 });
  prisma = s.stack.prisma;
  market = await tenantId(prisma, 'naija-market');
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

const touch = (agentId: string, at: Date, who: { visitorId?: string; userId?: string | null; ip?: string | null; deviceId?: string | null }) =>
  prisma.referralTouch.create({ data: { id: uuidv7(), tenantId: market, agentId, visitorId: who.visitorId ?? `v-${uuidv7()}`, userId: who.userId ?? null, ip: who.ip ?? null, deviceId: who.deviceId ?? null, createdAt: at } });

const facts = (over: Partial<OrderFacts> & { visitorId?: string; userId?: string }): OrderFacts => ({
  paidAt: now,
  referralCode: null,
  customer: { userId: over.userId ?? null, email: null },
  visitor: { visitorId: over.visitorId ?? null, ip: null, deviceId: null },
  ...over,
});

describe('attribution', () => {
  it('picks the first or the last touch of the visitor within the window', async () => {
    const [a, b] = [await createAgentRow(prisma, market), await createAgentRow(prisma, market)];
    const visitorId = `visitor-${uuidv7()}`;
    await touch(a.id, ago(5), { visitorId });
    await touch(b.id, ago(2), { visitorId });
    const f = facts({ visitorId });
    expect(await attributeOrder(prisma, market, f, { attribution: 'FIRST_TOUCH', windowDays: 30 })).toMatchObject({ agent: { id: a.id }, source: 'FIRST_TOUCH' });
    expect(await attributeOrder(prisma, market, f, { attribution: 'LAST_TOUCH', windowDays: 30 })).toMatchObject({ agent: { id: b.id }, source: 'LAST_TOUCH' });
    // A window of 3 days leaves only the later touch, whichever rule applies.
    expect(await attributeOrder(prisma, market, f, { attribution: 'FIRST_TOUCH', windowDays: 3 })).toMatchObject({ agent: { id: b.id } });
    expect(await attributeOrder(prisma, market, f, { attribution: 'FIRST_TOUCH', windowDays: 1 })).toEqual({ agent: null, source: 'NONE' });
  });

  it('expires touches older than the window, and ignores touches after payment', async () => {
    const a = await createAgentRow(prisma, market);
    const visitorId = `visitor-${uuidv7()}`;
    await touch(a.id, ago(31), { visitorId });
    await touch(a.id, new Date(now.getTime() + 60_000), { visitorId });
    expect(await attributeOrder(prisma, market, facts({ visitorId }), { attribution: 'LAST_TOUCH', windowDays: 30 })).toEqual({ agent: null, source: 'NONE' });
    expect(await attributeOrder(prisma, market, facts({ visitorId }), { attribution: 'LAST_TOUCH', windowDays: 32 })).toMatchObject({ agent: { id: a.id } });
  });

  it('counts the signed-in customer’s touches from another device', async () => {
    const a = await createAgentRow(prisma, market);
    const userId = uuidv7();
    await touch(a.id, ago(1), { userId });
    expect(await attributeOrder(prisma, market, facts({ visitorId: `other-${uuidv7()}`, userId }), { attribution: 'LAST_TOUCH', windowDays: 30 })).toMatchObject({ agent: { id: a.id } });
  });

  it('prefers a valid cart code over any touch; an unknown or suspended code falls back to the touches', async () => {
    const [a, b] = [await createAgentRow(prisma, market), await createAgentRow(prisma, market)];
    const suspended = await createAgentRow(prisma, market, { status: 'SUSPENDED' });
    const visitorId = `visitor-${uuidv7()}`;
    await touch(a.id, ago(1), { visitorId });
    const rule = { attribution: 'FIRST_TOUCH' as const, windowDays: 30 };
    expect(await attributeOrder(prisma, market, facts({ visitorId, referralCode: b.code.toLowerCase() }), rule)).toMatchObject({ agent: { id: b.id }, source: 'CART_CODE' });
    expect(await attributeOrder(prisma, market, facts({ visitorId, referralCode: 'NO-SUCH' }), rule)).toMatchObject({ agent: { id: a.id }, source: 'FIRST_TOUCH' });
    expect(await attributeOrder(prisma, market, facts({ visitorId, referralCode: suspended.code }), rule)).toMatchObject({ agent: { id: a.id }, source: 'FIRST_TOUCH' });
    // Another tenant's code means nothing here.
    const storeAgent = await createAgentRow(prisma, T(4));
    expect(await attributeOrder(prisma, market, facts({ referralCode: storeAgent.code }), rule)).toEqual({ agent: null, source: 'NONE' });
  });

  it('skips touches of suspended agents', async () => {
    const [a, b] = [await createAgentRow(prisma, market), await createAgentRow(prisma, market, { status: 'SUSPENDED' })];
    const visitorId = `visitor-${uuidv7()}`;
    await touch(a.id, ago(3), { visitorId });
    await touch(b.id, ago(1), { visitorId });
    expect(await attributeOrder(prisma, market, facts({ visitorId }), { attribution: 'LAST_TOUCH', windowDays: 30 })).toMatchObject({ agent: { id: a.id } });
  });
});

describe('abuse checks', () => {
  const agentUser = uuidv7();
  let agent: Awaited<ReturnType<typeof createAgentRow>>;
  beforeAll(async () => {
    agent = await createAgentRow(prisma, market, { userId: agentUser, email: 'musa.abu@gmail.com' });
    // The agent's own visit through its link, signed in: its device and address become known.
    await touch(agent.id, ago(2), { visitorId: 'agent-own-browser', userId: agentUser, ip: '41.58.7.7', deviceId: 'agent-phone' });
    await touch(agent.id, ago(40), { visitorId: 'agent-old-browser', userId: agentUser, ip: '41.58.9.9', deviceId: 'agent-old-phone' });
  });
  const check = (customer: Partial<OrderFacts['customer']>, visitor: Partial<OrderFacts['visitor']>) =>
    abuseReason(prisma, market, agent, { paidAt: now, referralCode: null, customer: { userId: null, email: null, ...customer }, visitor: { visitorId: null, ip: null, deviceId: null, ...visitor } }, 30);

  it('flags the agent buying as itself (user id)', async () => expect(await check({ userId: agentUser }, {})).toBe('SELF_REFERRAL_USER'));
  it('flags the agent’s e-mail, however written', async () => {
    expect(await check({ email: 'MusaAbu+deals@GMAIL.com' }, {})).toBe('SELF_REFERRAL_EMAIL');
    expect(normalizeEmail('a.b+x@googlemail.com')).toBe('ab@gmail.com');
    expect(normalizeEmail('a.b+x@example.ng')).toBe('a.b@example.ng');
  });
  it('flags the agent’s own device id or browser', async () => {
    expect(await check({ email: 'someone@example.ng' }, { deviceId: 'agent-phone' })).toBe('SAME_DEVICE');
    expect(await check({}, { visitorId: 'agent-own-browser' })).toBe('SAME_DEVICE');
  });
  it('flags the agent’s own IP address', async () => expect(await check({}, { ip: '41.58.7.7' })).toBe('SAME_IP'));
  it('passes a genuine customer, and forgets the agent’s traces older than the window', async () => {
    expect(await check({ userId: uuidv7(), email: 'buyer@example.ng' }, { visitorId: 'buyer-browser', ip: '102.89.3.3', deviceId: 'buyer-phone' })).toBeNull();
    expect(await check({}, { ip: '41.58.9.9', deviceId: 'agent-old-phone' })).toBeNull();
  });
});

describe('referral touches through the gateway', () => {
  const TOUCH = 'mutation ($c: String!, $v: String!, $d: String) { recordReferralTouch(code: $c, visitorId: $v, deviceId: $d) { recorded userErrors { code field } } }';

  it('records an anonymous visit with the client IP, once per visitor within minutes', async () => {
    const visitorId = `gw-${uuidv7()}`;
    const headers = { 'x-tenant': 'naija-market', 'x-forwarded-for': '102.89.44.1' };
    for (let i = 0; i < 2; i++) expect(payload(await gql(s.gatewayUrl, TOUCH, { c: 'musa-njm', v: visitorId, d: 'phone-1' }, headers), 'recordReferralTouch').recorded).toBe(true);
    const rows = await prisma.referralTouch.findMany({ where: { visitorId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ tenantId: market, userId: null, deviceId: 'phone-1', agentId: '0193c000-0000-7000-a000-000000000002' });
    expect(rows[0].ip).toBeTruthy();
  });

  it('records the signed-in user, and refuses unknown codes and malformed visitor ids', async () => {
    const visitorId = `gw-${uuidv7()}`;
    const customer = await signIn(s, 'naija-market', 'customer');
    payload(await gql(s.gatewayUrl, TOUCH, { c: 'MUSA-NJM', v: visitorId }, customer), 'recordReferralTouch');
    expect((await prisma.referralTouch.findFirstOrThrow({ where: { visitorId } })).userId).toBe(U(7));
    const bad = async (c: string, v: string) => (await gql(s.gatewayUrl, TOUCH, { c, v }, { 'x-tenant': 'naija-market' })).data!.recordReferralTouch.userErrors;
    expect(await bad('NO-SUCH', visitorId)).toEqual([{ code: 'NOT_FOUND', field: ['code'] }]);
    expect(await bad('MUSA-ADE', visitorId)).toEqual([{ code: 'NOT_FOUND', field: ['code'] }]); // another tenant's code
    expect(await bad('MUSA-NJM', 'short')).toEqual([{ code: 'BAD_USER_INPUT', field: ['visitorId'] }]);
  });
});

describe('agents', () => {
  it('creates an agent from a member with the AGENT role (asked of identity), with a readable unique code', async () => {
    const member = await createMember(prisma, [{ tenantId: market, role: 'AGENT' }]);
    const ctx = serviceContext(s, market);
    const agent = await createAgent(ctx, { email: member.email.toUpperCase(), uplineId: '0193c000-0000-7000-a000-000000000002' });
    expect(agent).toMatchObject({ userId: member.id, email: member.email, status: 'ACTIVE', uplineId: '0193c000-0000-7000-a000-000000000002' });
    expect(agent.code).toMatch(/^[A-Z]{3}-[2-9A-HJ-NP-Z]{4}$/);
    await expect(createAgent(ctx, { email: member.email })).rejects.toMatchObject({ code: 'ALREADY_EXISTS', field: ['email'] });
    const customer = await createMember(prisma, [{ tenantId: market, role: 'CUSTOMER' }]);
    await expect(createAgent(ctx, { email: customer.email })).rejects.toMatchObject({ code: 'NOT_FOUND', field: ['email'] });
    const other = await createMember(prisma, [{ tenantId: market, role: 'AGENT' }]);
    await expect(createAgent(ctx, { email: other.email, code: 'MUSA-NJM' })).rejects.toMatchObject({ code: 'ALREADY_EXISTS', field: ['code'] });
    await expect(createAgent(ctx, { email: other.email, code: 'no spaces' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: ['code'] });
    expect(await createAgent(ctx, { email: other.email, code: 'lagos-01' })).toMatchObject({ code: 'LAGOS-01' });
  });

  it('refuses upline loops (in code, and in the database for writes that skip the check)', async () => {
    const [l1, l2, l3] = await createChain(prisma, market, 3);
    const ctx = serviceContext(s, market);
    await expect(setAgentUpline(ctx, { agentId: l3.id, uplineId: l1.id })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: ['uplineId'] });
    await expect(setAgentUpline(ctx, { agentId: l1.id, uplineId: l1.id })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(prisma.agentProfile.update({ where: { id: l3.id }, data: { uplineId: l1.id } })).rejects.toThrow(/cycle/i);
    const storeAgent = await createAgentRow(prisma, T(4));
    await expect(prisma.agentProfile.update({ where: { id: l1.id }, data: { uplineId: storeAgent.id } })).rejects.toThrow(/same tenant/);
    await expect(setAgentUpline(ctx, { agentId: l1.id, uplineId: storeAgent.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Re-parenting without a loop is fine, and so is detaching.
    expect((await setAgentUpline(ctx, { agentId: l1.id, uplineId: null })).uplineId).toBeNull();
    expect((await setAgentUpline(ctx, { agentId: l2.id, uplineId: null })).uplineId).toBeNull();
  });

  it('shows the agent its code, storefront link, upline and downline', async () => {
    const agent = await signIn(s, 'naija-market', 'agent');
    const r = await gql(s.gatewayUrl, '{ myReferral { code link agent { code email upline { code email } downline { code } } } }', {}, agent);
    expect(r.errors).toBeUndefined();
    expect(r.data!.myReferral).toMatchObject({
      code: 'MUSA-NJM',
      link: expect.stringMatching(/\/m\/naija-market\?ref=MUSA-NJM$/),
      agent: { code: 'MUSA-NJM', email: 'agent@webwaka.test', upline: { code: 'ZAINAB-NJM', email: null } },
    });
  });
});
