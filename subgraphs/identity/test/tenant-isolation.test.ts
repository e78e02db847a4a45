/**
 * Tenant isolation through the gateway: two sibling CLIENT tenants A and B (children of the demo partner
 * lagos-digital), each with its own administrator (2FA enrolled through the API), staff, API key, child
 * store and audit events. A's administrator and A's API key — through every operation of the API — only
 * ever read or change A: lists hold A's rows only, B's ids are "not found", B's rows are unchanged in the
 * database, the live audit feed carries only A's events, and headers naming B change nothing.
 */
import { forgetUsedTotpCodes } from '../../../test/support/stack';
import { hashPassword, totpAt, uuidv7, type PrismaClient } from '@webwaka/kit';
import { startStack, type TestStack } from '../../../test/support/stack';
import { bearer, gql } from '../../../test/support/graphql';
import {
  SESSION_FIELDS,
  allNodes,
  apiOperations,
  awaitLiveEvent,
  createUser,
  failedLogin,
  gqlErrorCode,
  login,
  loginRaw,
  ok,
  okPayload,
  subscribe,
  type SessionInfo,
} from './support';
import { domainProbes } from '../src/services/domains';

const SLUG_A = 'iso-alpha';
const SLUG_B = 'iso-beta';
const SHOP_A = 'iso-alpha-shop';
const SHOP_B = 'iso-beta-shop';

let s: TestStack;
let prisma: PrismaClient;
let url: string;
let password: string;

interface Side {
  slug: string;
  tenantId: string;
  shopId: string;
  admin: { id: string; email: string; totpSecret: string; session: SessionInfo; beforeEnrolment: SessionInfo; backupCodes: string[] };
  staff: { id: string; email: string };
  key: { id: string; key: string };
  domainIds: string[];
}
const A = {} as Side;
const B = {} as Side;
let leaverA: { id: string; email: string };
/** What the partner saw when its pre-enrolment session tried an admin operation. */
const preEnrolmentCodes: Record<string, string | undefined> = {};

const asAdmin = (side: Side, query: string, variables: Record<string, unknown> = {}, extra: Record<string, string> = {}) =>
  gql(s.gatewayUrl, query, variables, { ...bearer(side.admin.session.accessToken), ...extra });
const asKey = (side: Side, query: string, variables: Record<string, unknown> = {}, extra: Record<string, string> = {}) =>
  gql(s.gatewayUrl, query, variables, { 'x-api-key': side.key.key, ...extra });

const CREATE_TENANT = 'mutation ($input: CreateTenantInput!) { createTenant(input: $input) { tenant { id slug } userErrors { code message } } }';
const GRANT_ROLE = 'mutation ($email: String!, $role: Role!) { grantRole(email: $email, role: $role) { membership { id role tenant { id } user { id } } userErrors { code } } }';
const CREATE_KEY = 'mutation ($name: String!) { createApiKey(name: $name, scopes: ["identity:read", "audit:read"]) { key apiKey { id } userErrors { code } } }';

/** B as it must stay: tenant row, memberships, API keys (minus lastUsedAt), children. */
async function snapshot(side: Side) {
  return {
    tenant: await prisma.tenant.findUniqueOrThrow({ where: { id: side.tenantId } }),
    memberships: await prisma.membership.findMany({ where: { tenantId: side.tenantId }, orderBy: { id: 'asc' } }),
    apiKeys: (await prisma.apiKey.findMany({ where: { tenantId: side.tenantId }, orderBy: { id: 'asc' } })).map(({ lastUsedAt: _, ...k }) => k),
    children: await prisma.tenant.findMany({ where: { parentId: side.tenantId }, orderBy: { id: 'asc' } }),
    domains: await prisma.tenantDomain.findMany({ where: { tenantId: side.tenantId }, orderBy: { id: 'asc' } }),
  };
}
let baselineB: Awaited<ReturnType<typeof snapshot>>;

const dbIds = async (model: 'membership' | 'apiKey' | 'auditEvent', tenantId: string) =>
  ((await (prisma[model] as any).findMany({ where: { tenantId }, select: { id: true } })) as { id: string }[]).map((r) => r.id).sort();
const sorted = (xs: string[]) => [...xs].sort();

/** Creates one side: tenant (by the partner), users, roles, 2FA enrolment, API key, child store. */
async function setUpSide(side: Side, slug: string, shopSlug: string, partner: SessionInfo) {
  side.slug = slug;
  const created = okPayload(await gql(url, CREATE_TENANT, { input: { kind: 'CLIENT', slug, name: `Isolation ${slug}` } }, bearer(partner.accessToken)), 'createTenant');
  side.tenantId = created.tenant.id;

  // The partner became the new tenant's CLIENT_ADMIN; signed in there, it staffs the tenant.
  const partnerHere = await login(url, slug, 'partner@webwaka.test', password, s.demo.totpSecret, prisma);
  const adminEmail = `admin@${slug}.test`;
  const staffEmail = `staff@${slug}.test`;
  const passwordHash = await hashPassword(password);
  const admin = await createUser(prisma, { email: adminEmail, name: `Admin ${slug}`, passwordHash });
  const staff = await createUser(prisma, { email: staffEmail, name: `Staff ${slug}`, passwordHash });
  okPayload(await gql(url, GRANT_ROLE, { email: adminEmail, role: 'CLIENT_ADMIN' }, bearer(partnerHere.accessToken)), 'grantRole');
  okPayload(await gql(url, GRANT_ROLE, { email: staffEmail, role: 'STAFF' }, bearer(partnerHere.accessToken)), 'grantRole');
  if (slug === SLUG_A) {
    leaverA = await createUser(prisma, { email: `leaver@${slug}.test`, name: 'Leaver', passwordHash });
    okPayload(await gql(url, GRANT_ROLE, { email: leaverA.email, role: 'STAFF' }, bearer(partnerHere.accessToken)), 'grantRole');
  }

  // The new admin signs in with a password only, then enrols in 2FA through the API.
  const first = await login(url, slug, adminEmail, password);
  preEnrolmentCodes[slug] = gqlErrorCode(await gql(url, '{ members { edges { node { id } } } }', {}, bearer(first.accessToken)));
  const begun = okPayload(await gql(url, 'mutation { beginTwoFactorEnrollment { secret otpauthUrl userErrors { code } } }', {}, bearer(first.accessToken)), 'beginTwoFactorEnrollment');
  const confirmed = okPayload(
    await gql(url, `mutation ($code: String!) { confirmTwoFactorEnrollment(code: $code) { backupCodes ${SESSION_FIELDS} } }`, { code: totpAt(begun.secret) }, bearer(first.accessToken)),
    'confirmTwoFactorEnrollment',
  );
  side.admin = { id: admin.id, email: adminEmail, totpSecret: begun.secret, session: confirmed.session, beforeEnrolment: first, backupCodes: confirmed.backupCodes };
  side.staff = staff;

  const key = okPayload(await asAdmin(side, CREATE_KEY, { name: `${slug} integration` }), 'createApiKey');
  side.key = { id: key.apiKey.id, key: key.key };
  const shop = okPayload(await asAdmin(side, CREATE_TENANT, { input: { kind: 'STORE', slug: shopSlug, name: `Shop of ${slug}` } }), 'createTenant');
  side.shopId = shop.tenant.id;
  await failedLogin(url, slug);
}

beforeAll(async () => {
  s = await startStack();
  prisma = s.stack.prisma;
  url = s.gatewayUrl;
  password = s.demo.password;
  const partner = await login(url, 'lagos-digital', 'partner@webwaka.test', password, s.demo.totpSecret, prisma);
  await setUpSide(A, SLUG_A, SHOP_A, partner);
  await setUpSide(B, SLUG_B, SHOP_B, partner);
  // Give B some state A must not be able to see or touch.
  okPayload(await asAdmin(B, 'mutation { updateTenant(input: { primaryColor: "#123456" }) { tenant { id } userErrors { code } } }'), 'updateTenant');
  // B proves shop.iso-beta.ng by DNS (faked: identity's resolver is injectable) and has a pending claim too.
  const claim = okPayload(await asAdmin(B, 'mutation { addTenantDomain(domain: "shop.iso-beta.ng") { domain { id token } userErrors { code } } }'), 'addTenantDomain').domain;
  domainProbes.resolveTxt = async (name) => (name === '_webwaka-challenge.shop.iso-beta.ng' ? [[claim.token]] : []);
  okPayload(await asAdmin(B, 'mutation ($id: ID!) { verifyTenantDomain(id: $id) { domain { verified } userErrors { code } } }', { id: claim.id }), 'verifyTenantDomain');
  B.domainIds = [claim.id, okPayload(await asAdmin(B, 'mutation { addTenantDomain(domain: "pending.iso-beta.ng") { domain { id } userErrors { code } } }'), 'addTenantDomain').domain.id];
  baselineB = await snapshot(B);
});

afterAll(async () => {
  await s?.stop();
});

describe('setup', () => {
  it('A and B are sibling CLIENT tenants, each with its own 2FA-enrolled admin, staff, API key, store and audit events', async () => {
    const [a, b] = await Promise.all([A, B].map((x) => prisma.tenant.findUniqueOrThrow({ where: { id: x.tenantId } })));
    expect(a.kind).toBe('CLIENT');
    expect(b.kind).toBe('CLIENT');
    expect(a.parentId).toBe(b.parentId);
    for (const side of [A, B]) {
      // Before enrolment the admin role was not honoured; enrolment re-issued the session with 2FA, in the same tenant.
      expect(side.admin.beforeEnrolment).toMatchObject({ roles: ['CLIENT_ADMIN'], twoFactorVerified: false, twoFactorEnrollmentRequired: true });
      expect(preEnrolmentCodes[side.slug]).toBe('TWO_FACTOR_REQUIRED');
      expect(side.admin.session).toMatchObject({ roles: ['CLIENT_ADMIN'], twoFactorVerified: true, twoFactorEnrollmentRequired: false, tenant: { id: side.tenantId } });
      expect(side.admin.backupCodes).toHaveLength(10);
      expect((await prisma.user.findUniqueOrThrow({ where: { id: side.admin.id } })).twoFactorEnabledAt).not.toBeNull();
      expect(await prisma.membership.findMany({ where: { userId: side.admin.id }, select: { tenantId: true, role: true }, orderBy: { tenantId: 'asc' } })).toEqual(
        sorted([side.tenantId, side.shopId]).map((tenantId) => ({ tenantId, role: 'CLIENT_ADMIN' })),
      );
      expect((await prisma.apiKey.findUniqueOrThrow({ where: { id: side.key.id } })).tenantId).toBe(side.tenantId);
      expect(await prisma.auditEvent.count({ where: { tenantId: side.tenantId } })).toBeGreaterThan(5);
    }
  });
});

describe("A's admin reads only A", () => {
  it('members: exactly A memberships; users show only their A memberships (even the partner, who is in B too)', async () => {
    const nodes = await allNodes(url, 'members', 'id role tenant { id } user { id email memberships { id tenant { id } } }', bearer(A.admin.session.accessToken));
    expect(sorted(nodes.map((n) => n.id))).toEqual(await dbIds('membership', A.tenantId));
    expect(new Set(nodes.map((n) => n.tenant.id))).toEqual(new Set([A.tenantId]));
    for (const n of nodes) expect(new Set(n.user.memberships.map((m: any) => m.tenant.id))).toEqual(new Set([A.tenantId]));
    expect(nodes.map((n) => n.user.email)).toEqual(expect.arrayContaining(['partner@webwaka.test', A.admin.email, A.staff.email]));
    const bIds = new Set(await dbIds('membership', B.tenantId));
    expect(nodes.filter((n) => bIds.has(n.id))).toEqual([]);
  });

  it('members(role: STAFF): only A staff', async () => {
    const nodes = await allNodes(url, 'members', 'id user { email }', bearer(A.admin.session.accessToken), 'role: STAFF');
    expect(sorted(nodes.map((n) => n.user.email))).toEqual(sorted([A.staff.email, leaverA.email]));
  });

  it('deliveryPeople (the rider picker): only A staff, also when the request names B', async () => {
    const aStaff = (await prisma.membership.findMany({ where: { tenantId: A.tenantId, role: { in: ['STAFF', 'RIDER'] } }, select: { userId: true } })).map((m) => m.userId);
    for (const headers of [bearer(A.admin.session.accessToken), { ...bearer(A.admin.session.accessToken), 'x-tenant': SLUG_B }]) {
      const r = await gql(url, '{ deliveryPeople { userId roles } }', {}, headers);
      const list = (r.data as any).deliveryPeople as { userId: string }[];
      expect(sorted(list.map((p) => p.userId))).toEqual(sorted([...new Set(aStaff)]));
      expect(list.map((p) => p.userId)).not.toContain(B.staff.id);
    }
  });

  it('apiKeys: exactly A keys', async () => {
    const nodes = await allNodes(url, 'apiKeys', 'id', bearer(A.admin.session.accessToken));
    expect(sorted(nodes.map((n) => n.id))).toEqual(await dbIds('apiKey', A.tenantId));
    expect(nodes.map((n) => n.id)).not.toContain(B.key.id);
  });

  it('auditEvents: exactly A events, also when filtered by type', async () => {
    const nodes = await allNodes(url, 'auditEvents', 'id', bearer(A.admin.session.accessToken));
    expect(sorted(nodes.map((n) => n.id))).toEqual(await dbIds('auditEvent', A.tenantId));
    const granted = await allNodes(url, 'auditEvents', 'id type', bearer(A.admin.session.accessToken), 'type: "role.granted"');
    const inDb = await prisma.auditEvent.findMany({ where: { tenantId: A.tenantId, type: 'role.granted' }, select: { id: true } });
    expect(sorted(granted.map((n) => n.id))).toEqual(sorted(inDb.map((e) => e.id)));
    expect(granted.length).toBeGreaterThan(0);
  });

  it('childTenants: only A children', async () => {
    const nodes = await allNodes(url, 'childTenants', 'id slug', bearer(A.admin.session.accessToken));
    const inDb = await prisma.tenant.findMany({ where: { parentId: A.tenantId }, select: { id: true } });
    expect(sorted(nodes.map((n) => n.id))).toEqual(sorted(inDb.map((t) => t.id)));
    expect(nodes.map((n) => n.slug)).toContain(SHOP_A);
    expect(nodes.map((n) => n.slug)).not.toContain(SHOP_B);
  });

  it('childTenants(under:) walks down its own branch only; another branch reads as NOT_FOUND', async () => {
    const CHILDREN_UNDER = 'query ($under: ID) { childTenants(first: 50, under: $under) { edges { node { id slug } } } }';
    const partner = await login(url, 'lagos-digital', 'partner@webwaka.test', password, s.demo.totpSecret, prisma);
    // The partner sees beneath its client A: A's shop, not B's.
    const beneathA = ok(await gql(url, CHILDREN_UNDER, { under: A.tenantId }, bearer(partner.accessToken))).childTenants.edges.map((e: any) => e.node.slug);
    expect(beneathA).toContain(SHOP_A);
    expect(beneathA).not.toContain(SHOP_B);
    // A's admin: beneath its own shop is fine (empty), beneath B or B's shop is not confirmed to exist.
    expect(ok(await asAdmin(A, CHILDREN_UNDER, { under: A.shopId })).childTenants.edges).toEqual([]);
    for (const under of [B.tenantId, B.shopId, uuidv7(), 'not-an-id']) {
      expect(gqlErrorCode(await asAdmin(A, CHILDREN_UNDER, { under }))).toBe('NOT_FOUND');
    }
    // Upwards is outside the branch too: A's admin cannot list the partner's other clients through its parent.
    const parentOfA = (await prisma.tenant.findUniqueOrThrow({ where: { id: A.tenantId } })).parentId!;
    expect(gqlErrorCode(await asAdmin(A, CHILDREN_UNDER, { under: parentOfA }))).toBe('NOT_FOUND');
  });

  it('auditEvent(id of a B event) is null, for every B event; A events are found', async () => {
    const bEvents = await prisma.auditEvent.findMany({ where: { tenantId: { in: [B.tenantId, B.shopId] } }, select: { id: true } });
    expect(bEvents.length).toBeGreaterThan(5);
    for (const { id } of bEvents) {
      const r = await asAdmin(A, 'query ($id: ID!) { auditEvent(id: $id) { id } }', { id });
      expect({ id, result: ok(r).auditEvent }).toEqual({ id, result: null });
    }
    const aEvent = await prisma.auditEvent.findFirstOrThrow({ where: { tenantId: A.tenantId } });
    expect(ok(await asAdmin(A, 'query ($id: ID!) { auditEvent(id: $id) { id } }', { id: aEvent.id })).auditEvent).toEqual({ id: aEvent.id });
  });

  it('currentTenant and me stay A even with the header x-tenant: B', async () => {
    const r = ok(await asAdmin(A, '{ currentTenant { id slug } me { id memberships { tenant { id } } } }', {}, { 'x-tenant': SLUG_B }));
    expect(r.currentTenant).toEqual({ id: A.tenantId, slug: SLUG_A });
    expect(r.me.id).toBe(A.admin.id);
    expect(r.me.memberships).toEqual([{ tenant: { id: A.tenantId } }]);
  });

  it('public lookups show B only as a public profile and do not switch the tenant', async () => {
    const r = ok(await asAdmin(A, `{ tenantBySlug(slug: "${SLUG_B}") { id slug } tenantByDomain(domain: "shop.iso-beta.ng") { id } currentTenant { id } }`));
    expect(r).toEqual({ tenantBySlug: { id: B.tenantId, slug: SLUG_B }, tenantByDomain: { id: B.tenantId }, currentTenant: { id: A.tenantId } });
  });

  it('exportMyData of A admin holds nothing of B', async () => {
    const data = ok(await asAdmin(A, '{ exportMyData }')).exportMyData;
    expect(data.profile.id).toBe(A.admin.id);
    const json = JSON.stringify(data);
    for (const id of [B.tenantId, B.shopId, B.admin.id, B.staff.id, B.key.id]) expect(json).not.toContain(id);
  });
});

describe("A's admin changes only A", () => {
  it('revokeApiKey(B key id) is NOT_FOUND and B key keeps working', async () => {
    const r = await asAdmin(A, 'mutation ($id: ID!) { revokeApiKey(id: $id) { apiKey { id } userErrors { code } } }', { id: B.key.id });
    expect(ok(r).revokeApiKey).toEqual({ apiKey: null, userErrors: [{ code: 'NOT_FOUND' }] });
    expect((await prisma.apiKey.findUniqueOrThrow({ where: { id: B.key.id } })).revokedAt).toBeNull();
    expect(ok(await asKey(B, '{ currentTenant { id } }')).currentTenant).toEqual({ id: B.tenantId });
    expect(sorted((await allNodes(url, 'members', 'id', { 'x-api-key': B.key.key })).map((n) => n.id))).toEqual(await dbIds('membership', B.tenantId));
    const bKeys = await allNodes(url, 'apiKeys', 'id revokedAt', bearer(B.admin.session.accessToken));
    expect(bKeys).toContainEqual({ id: B.key.id, revokedAt: null });
  });

  // Regression (fixed in bfa372e): a malformed id used to reach the @db.Uuid column and fail as INTERNAL.
  it('revokeApiKey of a malformed id is NOT_FOUND too (not an internal error)', async () => {
    const r = await asAdmin(A, 'mutation { revokeApiKey(id: "not-a-uuid") { apiKey { id } userErrors { code } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data.revokeApiKey).toEqual({ apiKey: null, userErrors: [{ code: 'NOT_FOUND' }] });
  });

  it('revokeRole(B membership ids) is NOT_FOUND and the memberships remain', async () => {
    const bMemberships = await prisma.membership.findMany({ where: { tenantId: B.tenantId } });
    expect(bMemberships.length).toBeGreaterThanOrEqual(3); // partner, admin, staff
    for (const m of bMemberships) {
      const r = await asAdmin(A, 'mutation ($id: ID!) { revokeRole(membershipId: $id) { membership { id } userErrors { code } } }', { id: m.id });
      expect({ id: m.id, payload: ok(r).revokeRole }).toEqual({ id: m.id, payload: { membership: null, userErrors: [{ code: 'NOT_FOUND' }] } });
    }
    expect(await prisma.membership.findMany({ where: { tenantId: B.tenantId } })).toEqual(bMemberships);
  });

  // Regression (fixed in bfa372e), as for revokeApiKey.
  it('revokeRole of a malformed id is NOT_FOUND too (not an internal error)', async () => {
    const r = await asAdmin(A, 'mutation { revokeRole(membershipId: "not-a-uuid") { membership { id } userErrors { code } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data.revokeRole).toEqual({ membership: null, userErrors: [{ code: 'NOT_FOUND' }] });
  });

  it('updateTenant changes A only', async () => {
    const before = await snapshot(B);
    const r = await asAdmin(A, 'mutation { updateTenant(input: { name: "Alpha Renamed", primaryColor: "#abcdef", logoUrl: "https://cdn.example.ng/a.png" }) { tenant { id name } userErrors { code } } }', {}, { 'x-tenant': SLUG_B });
    expect(okPayload(r, 'updateTenant').tenant).toEqual({ id: A.tenantId, name: 'Alpha Renamed' });
    expect(await prisma.tenant.findUniqueOrThrow({ where: { id: A.tenantId } })).toMatchObject({ name: 'Alpha Renamed', primaryColor: '#abcdef', logoUrl: 'https://cdn.example.ng/a.png' });
    expect(await snapshot(B)).toEqual(before);
  });

  it("custom domains: A cannot take B's verified domain, nor see, verify or remove B's claims; a pending claim of both coexists", async () => {
    const add = (domain: string) => asAdmin(A, 'mutation ($d: String!) { addTenantDomain(domain: $d) { domain { id domain verified } userErrors { code } } }', { d: domain }, { 'x-tenant': SLUG_B });
    expect(ok(await add('shop.iso-beta.ng')).addTenantDomain.userErrors).toEqual([{ code: 'DOMAIN_TAKEN' }]);
    const mine = okPayload(await add('pending.iso-beta.ng'), 'addTenantDomain').domain;
    expect(mine).toMatchObject({ domain: 'pending.iso-beta.ng', verified: false });
    for (const id of B.domainIds) {
      const r = ok(
        await asAdmin(A, 'mutation ($id: ID!) { verifyTenantDomain(id: $id) { userErrors { code } } removeTenantDomain(id: $id) { userErrors { code } } }', { id }, { 'x-tenant': SLUG_B }),
      );
      expect(r).toEqual({ verifyTenantDomain: { userErrors: [{ code: 'NOT_FOUND' }] }, removeTenantDomain: { userErrors: [{ code: 'NOT_FOUND' }] } });
    }
    const listed = ok(await asAdmin(A, '{ tenantDomains { id } }', {}, { 'x-tenant': SLUG_B })).tenantDomains.map((d: any) => d.id);
    expect(listed).toEqual([mine.id]);
    okPayload(await asAdmin(A, 'mutation ($id: ID!) { removeTenantDomain(id: $id) { userErrors { code } } }', { id: mine.id }), 'removeTenantDomain');
    expect((await prisma.tenant.findUniqueOrThrow({ where: { id: B.tenantId } })).customDomain).toBe('shop.iso-beta.ng');
    expect((await prisma.tenant.findUniqueOrThrow({ where: { id: A.tenantId } })).customDomain).toBeNull();
  });

  it("grantRole affects A only (even for B's staff), and A sees nothing of that user's B membership", async () => {
    const beforeB = await prisma.membership.findMany({ where: { tenantId: B.tenantId }, orderBy: { id: 'asc' } });
    const r = await asAdmin(A, GRANT_ROLE, { email: B.staff.email, role: 'STAFF' }, { 'x-tenant': SLUG_B });
    const m = okPayload(r, 'grantRole').membership;
    expect(m).toMatchObject({ role: 'STAFF', tenant: { id: A.tenantId }, user: { id: B.staff.id } });
    expect(await prisma.membership.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({ tenantId: A.tenantId, userId: B.staff.id });
    expect(await prisma.membership.findMany({ where: { tenantId: B.tenantId }, orderBy: { id: 'asc' } })).toEqual(beforeB);
    const nodes = await allNodes(url, 'members', 'id user { id memberships { id tenant { id } } }', bearer(A.admin.session.accessToken));
    const staffB = nodes.find((n) => n.user.id === B.staff.id);
    expect(staffB.user.memberships).toEqual([{ id: m.id, tenant: { id: A.tenantId } }]);
  });

  it('createTenant creates beneath A only; A admin administers the new store and nothing in B', async () => {
    const childrenOfB = await prisma.tenant.findMany({ where: { parentId: B.tenantId }, orderBy: { id: 'asc' } });
    const r = await asAdmin(A, CREATE_TENANT, { input: { kind: 'MARKETPLACE', slug: 'iso-alpha-market', name: 'Alpha Market' } }, { 'x-tenant': SLUG_B });
    const created = okPayload(r, 'createTenant').tenant;
    expect(await prisma.tenant.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ parentId: A.tenantId, kind: 'MARKETPLACE' });
    expect(await prisma.tenant.findMany({ where: { parentId: B.tenantId }, orderBy: { id: 'asc' } })).toEqual(childrenOfB);
    const adminships = await prisma.membership.findMany({ where: { userId: A.admin.id }, select: { tenantId: true } });
    expect(sorted(adminships.map((x) => x.tenantId))).toEqual(sorted([A.tenantId, A.shopId, created.id]));
  });

  it('createApiKey creates a key of A, invisible to B', async () => {
    const created = okPayload(await asAdmin(A, CREATE_KEY, { name: 'second A key' }, { 'x-tenant': SLUG_B }), 'createApiKey');
    expect((await prisma.apiKey.findUniqueOrThrow({ where: { id: created.apiKey.id } })).tenantId).toBe(A.tenantId);
    expect(ok(await gql(url, '{ currentTenant { id } }', {}, { 'x-api-key': created.key, 'x-tenant': SLUG_B })).currentTenant).toEqual({ id: A.tenantId });
    const bKeys = await allNodes(url, 'apiKeys', 'id', bearer(B.admin.session.accessToken));
    expect(bKeys.map((k) => k.id)).not.toContain(created.apiKey.id);
  });

  it('refreshSession keeps the session in A even with the header x-tenant: B', async () => {
    const r = await gql(url, `mutation ($t: String!) { refreshSession(refreshToken: $t) { ${SESSION_FIELDS} } }`, { t: A.admin.session.refreshToken }, { 'x-tenant': SLUG_B });
    const session = okPayload(r, 'refreshSession').session;
    expect(session).toMatchObject({ tenant: { id: A.tenantId }, roles: ['CLIENT_ADMIN'], twoFactorVerified: true });
    A.admin.session = session;
  });

  it('per-user operations of A people leave B alone (2FA, sign-up, deletion, logout everywhere)', async () => {
    const bBefore = await snapshot(B);
    const bTokensBefore = await prisma.refreshToken.findMany({ where: { userId: B.admin.id }, orderBy: { id: 'asc' } });
    // Two-factor: per user; an admin cannot turn it off; enrolment again is refused.
    expect(ok(await asAdmin(A, 'mutation { disableTwoFactor(code: "000000") { ok userErrors { code } } }')).disableTwoFactor).toEqual({ ok: false, userErrors: [{ code: 'FORBIDDEN' }] });
    expect(ok(await asAdmin(A, 'mutation { beginTwoFactorEnrollment { secret userErrors { code } } }')).beginTwoFactorEnrollment).toEqual({ secret: null, userErrors: [{ code: 'ALREADY_EXISTS' }] });
    expect(ok(await asAdmin(A, 'mutation { confirmTwoFactorEnrollment(code: "000000") { session { accessToken } userErrors { code } } }')).confirmTwoFactorEnrollment).toEqual({
      session: null,
      userErrors: [{ code: 'ALREADY_EXISTS' }],
    });
    // Sign-up is public and opens a customer account at the shop named in the input; an A token adds nothing.
    const signUp = await asAdmin(A, `mutation ($input: SignUpInput!) { signUp(input: $input) { ${SESSION_FIELDS} } }`, {
      input: { tenantSlug: SHOP_A, email: 'shopper@iso-alpha.test', password: 'correct-horse-battery-9', name: 'Shopper' },
    });
    okPayload(signUp, 'signUp');
    // Sign-up never answers with a session (decision 0023): the shopper signs in next.
    const shopper = await login(url, SHOP_A, 'shopper@iso-alpha.test', 'correct-horse-battery-9');
    expect(shopper).toMatchObject({ tenant: { id: A.shopId }, roles: ['CUSTOMER'] });
    expect(await prisma.membership.findMany({ where: { userId: shopper.user.id }, select: { tenantId: true, role: true } })).toEqual([{ tenantId: A.shopId, role: 'CUSTOMER' }]);
    // Account deletion of an A staff member.
    const leaver = await login(url, SLUG_A, leaverA.email, password);
    const deletion = await gql(url, 'mutation ($p: String!) { requestAccountDeletion(password: $p) { purgeAfter userErrors { code } } }', { p: password }, bearer(leaver.accessToken));
    expect(okPayload(deletion, 'requestAccountDeletion').purgeAfter).not.toBeNull();
    // Logging out everywhere ends only A admin's own sessions.
    const out = okPayload(await asAdmin(A, 'mutation { logoutEverywhere { sessionsEnded userErrors { code } } }'), 'logoutEverywhere');
    expect(out.sessionsEnded).toBeGreaterThanOrEqual(1);
    expect(await prisma.refreshToken.findMany({ where: { userId: B.admin.id }, orderBy: { id: 'asc' } })).toEqual(bTokensBefore);
    const refreshedB = await gql(url, `mutation ($t: String!) { refreshSession(refreshToken: $t) { ${SESSION_FIELDS} } }`, { t: B.admin.session.refreshToken });
    B.admin.session = okPayload(refreshedB, 'refreshSession').session;
    // logout with B's refresh token is the only way to end B's session; A's logout of its own token leaves B's alone.
    expect(okPayload(await gql(url, 'mutation ($t: String!) { logout(refreshToken: $t) { ok userErrors { code } } }', { t: A.admin.session.refreshToken }), 'logout').ok).toBe(true);
    expect(ok(await asAdmin(B, '{ currentTenant { id } }')).currentTenant).toEqual({ id: B.tenantId });
    expect(await snapshot(B)).toEqual(bBefore);
    // A admin's ended session is refused at once (not only at the next refresh); sign in again for the rest.
    let code: string | undefined;
    for (let i = 0; i < 50 && code !== 'TOKEN_INVALID'; i++) {
      code = (await asAdmin(A, '{ currentTenant { id } }')).errors?.[0]?.extensions?.code;
      if (code !== 'TOKEN_INVALID') await new Promise((r) => setTimeout(r, 50));
    }
    expect(code).toBe('TOKEN_INVALID');
    A.admin.session = await login(url, SLUG_A, A.admin.email, password, A.admin.totpSecret, prisma);
  });
});

describe("A's API key sees only A", () => {
  const variants: [string, (k: string) => Record<string, string>][] = [
    ['x-api-key', (k) => ({ 'x-api-key': k })],
    ['x-api-key with x-tenant: B', (k) => ({ 'x-api-key': k, 'x-tenant': SLUG_B })],
    ['Authorization: ApiKey with x-tenant: B', (k) => ({ authorization: `ApiKey ${k}`, 'x-tenant': SLUG_B })],
  ];
  it.each(variants)('%s', async (_label, headers) => {
    const h = headers(A.key.key);
    expect(ok(await gql(url, '{ currentTenant { id } me { id } }', {}, h))).toEqual({ currentTenant: { id: A.tenantId }, me: null });
    expect(sorted((await allNodes(url, 'members', 'id tenant { id }', h)).map((n) => n.id))).toEqual(await dbIds('membership', A.tenantId));
    expect(sorted((await allNodes(url, 'auditEvents', 'id', h)).map((n) => n.id))).toEqual(await dbIds('auditEvent', A.tenantId));
    const bEvent = await prisma.auditEvent.findFirstOrThrow({ where: { tenantId: B.tenantId } });
    expect(ok(await gql(url, 'query ($id: ID!) { auditEvent(id: $id) { id } }', { id: bEvent.id }, h)).auditEvent).toBeNull();
    // Keys administer nothing, in A or B.
    for (const q of ['{ apiKeys { edges { node { id } } } }', '{ childTenants { edges { node { id } } } }']) expect(gqlErrorCode(await gql(url, q, {}, h))).toBe('FORBIDDEN');
    const revoke = await gql(url, 'mutation ($id: ID!) { revokeApiKey(id: $id) { userErrors { code } } }', { id: B.key.id }, h);
    expect(gqlErrorCode(revoke)).toBe('FORBIDDEN');
  });
});

describe('the live audit feed of A carries only A events', () => {
  it('A subscribers (token, API key; both naming B as tenant) get A events only, while B subscriber gets B events', async () => {
    const subA = subscribe(s.wsUrl, { authorization: `Bearer ${A.admin.session.accessToken}`, tenant: SLUG_B });
    const subKeyA = subscribe(s.wsUrl, { apiKey: A.key.key, tenant: SLUG_B });
    const subB = subscribe(s.wsUrl, { authorization: `Bearer ${B.admin.session.accessToken}` });
    try {
      // Events in B (failed sign-in, a data export by B's admin) reach B's subscriber...
      const bLive = await awaitLiveEvent(subB, () => failedLogin(url, SLUG_B), (e) => e.type === 'session.login_failed');
      expect(bLive).toBe(true);
      await asAdmin(B, '{ exportMyData }');
      expect(await subB.until(() => subB.events.some((e) => e.type === 'privacy.data_exported'), 10_000)).toBe(true);
      // ...then an event in A reaches both A subscribers.
      const marker = await failedLogin(url, SLUG_A);
      expect(marker.data?.login?.userErrors?.[0]?.code).toBe('INVALID_CREDENTIALS');
      for (const sub of [subA, subKeyA]) {
        expect(await awaitLiveEvent(sub, () => failedLogin(url, SLUG_A), (e) => e.type === 'session.login_failed')).toBe(true);
      }
      await new Promise((r) => setTimeout(r, 500));
      const aIds = new Set(await dbIds('auditEvent', A.tenantId));
      const bIds = new Set(await dbIds('auditEvent', B.tenantId));
      for (const sub of [subA, subKeyA]) {
        expect(sub.errors).toBeNull();
        expect(sub.events.filter((e) => !aIds.has(e.id))).toEqual([]);
        expect(sub.events.filter((e) => bIds.has(e.id))).toEqual([]);
      }
      expect(subB.errors).toBeNull();
      expect(subB.events.filter((e) => !bIds.has(e.id))).toEqual([]);
    } finally {
      await Promise.all([subA, subKeyA, subB].map((x) => x.close()));
    }
  });
});

describe('signing in across tenants', () => {
  it("switchTenant: A admin cannot switch into B (FORBIDDEN) and myTenants lists only A's side", async () => {
    const r = ok(await asAdmin(A, `mutation { switchTenant(tenantSlug: "${SLUG_B}") { session { accessToken } userErrors { code } } }`));
    expect(r.switchTenant).toEqual({ session: null, userErrors: [{ code: 'FORBIDDEN' }] });
    const mine = ok(await asAdmin(A, '{ myTenants { tenant { id } } }', {}, { 'x-tenant': SLUG_B })).myTenants.map((m: any) => m.tenant.id);
    expect(mine).not.toContain(B.tenantId);
    expect(mine).toContain(A.tenantId);
  });

  it("A admin cannot sign in at B (INVALID_CREDENTIALS, with or without the TOTP code), nor B's admin at A", async () => {
    for (const [who, slug] of [
      [A, SLUG_B],
      [B, SLUG_A],
    ] as const) {
      for (const totpCode of [undefined, totpAt(who.admin.totpSecret)]) {
        const r = await loginRaw(url, { tenantSlug: slug, email: who.admin.email, password, ...(totpCode ? { totpCode } : {}) });
        expect({ slug, totp: !!totpCode, errors: r.errors, payload: r.data?.login }).toEqual({
          slug,
          totp: !!totpCode,
          errors: undefined,
          payload: { session: null, userErrors: [expect.objectContaining({ code: 'INVALID_CREDENTIALS' })] },
        });
      }
    }
  });

  it("at B's shop (open to shoppers) A admin becomes a mere CUSTOMER, with no admin access there", async () => {
    const session = await login(url, SHOP_B, A.admin.email, password, A.admin.totpSecret, prisma);
    expect(session).toMatchObject({ tenant: { id: B.shopId }, roles: ['CUSTOMER'] });
    expect(gqlErrorCode(await gql(url, '{ members { edges { node { id } } } }', {}, bearer(session.accessToken)))).toBe('FORBIDDEN');
    expect(gqlErrorCode(await gql(url, '{ auditEvents { edges { node { id } } } }', {}, bearer(session.accessToken)))).toBe('FORBIDDEN');
  });
});

describe("saved addresses stay with their owner and their shop", () => {
  const ADDRESS = 'id line1 isDefault';
  const ADD = `mutation ($input: CustomerAddressInput!) { addAddress(input: $input) { address { ${ADDRESS} } userErrors { code } } }`;
  const input = (line1: string) => ({ name: 'Shopper', line1, city: 'Ikeja', region: 'Lagos' });
  const as = (session: SessionInfo, query: string, variables: Record<string, unknown> = {}, extra: Record<string, string> = {}) =>
    gql(url, query, variables, { ...bearer(session.accessToken), ...extra });
  const rows = (userId: string) => prisma.customerAddress.findMany({ where: { userId }, orderBy: { id: 'asc' } });

  it("a customer of both shops sees and changes only this shop's addresses; B's customer's ids are NOT_FOUND; keys get nothing", async () => {
    const passwordHash = await hashPassword(password);
    const both = await createUser(prisma, { email: `both-shops-${Date.now()}@iso.test`, passwordHash, memberships: [{ tenantId: A.shopId, role: 'CUSTOMER' }, { tenantId: B.shopId, role: 'CUSTOMER' }] });
    const onlyB = await createUser(prisma, { email: `b-shop-${Date.now()}@iso.test`, passwordHash, memberships: [{ tenantId: B.shopId, role: 'CUSTOMER' }] });
    const atA = await login(url, SHOP_A, both.email, password);
    const atB = await login(url, SHOP_B, both.email, password);
    const bShopper = await login(url, SHOP_B, onlyB.email, password);

    // Added at A's shop even when the request names B's.
    const a1 = okPayload(await as(atA, ADD, { input: input('1 Alpha Road') }, { 'x-tenant': SHOP_B }), 'addAddress').address;
    const a2 = okPayload(await as(atA, ADD, { input: input('2 Alpha Road') }), 'addAddress').address;
    const b1 = okPayload(await as(bShopper, ADD, { input: input('1 Beta Road') }), 'addAddress').address;
    expect(await prisma.customerAddress.findMany({ where: { id: { in: [a1.id, a2.id] } }, select: { tenantId: true } })).toEqual([{ tenantId: A.shopId }, { tenantId: A.shopId }]);
    const bRowsBefore = await rows(onlyB.id);
    const aRowsBefore = await rows(both.id);

    expect(ok(await as(atA, `{ myAddresses { ${ADDRESS} } }`, {}, { 'x-tenant': SHOP_B })).myAddresses.map((x: any) => x.id)).toEqual([a1.id, a2.id]);
    expect(ok(await as(atB, `{ myAddresses { ${ADDRESS} } }`)).myAddresses).toEqual([]);

    const attempts: [SessionInfo, string][] = [
      [atB, a1.id],
      [atB, a2.id],
      [atA, b1.id],
    ];
    for (const [session, id] of attempts) {
      const r = ok(
        await as(
          session,
          `mutation ($id: ID!, $input: CustomerAddressInput!) {
            updateAddress(id: $id, input: $input) { userErrors { code } }
            setDefaultAddress(id: $id) { userErrors { code } }
            removeAddress(id: $id) { userErrors { code } }
          }`,
          { id, input: input('9 Taken Road') },
        ),
      );
      expect({ id, r }).toEqual({ id, r: { updateAddress: { userErrors: [{ code: 'NOT_FOUND' }] }, setDefaultAddress: { userErrors: [{ code: 'NOT_FOUND' }] }, removeAddress: { userErrors: [{ code: 'NOT_FOUND' }] } } });
    }
    expect(await rows(both.id)).toEqual(aRowsBefore);
    expect(await rows(onlyB.id)).toEqual(bRowsBefore);

    // Personal data: A's API key reads none of it.
    expect(gqlErrorCode(await gql(url, '{ myAddresses { id } }', {}, { 'x-api-key': A.key.key }))).toBe('FORBIDDEN');
  });
});

/** How each operation of the API is checked above; a new operation must be added here (and checked). */
const ISOLATION_COVERAGE: Record<string, string> = {
  'Query.tenantBySlug': 'public profile only; does not switch the tenant',
  'Query.tenantByDomain': 'public profile only; does not switch the tenant',
  'Query.currentTenant': 'A with x-tenant: B (token and API key)',
  'Query.childTenants': 'exactly A children; under: another branch is NOT_FOUND',
  'Query.me': 'A memberships only, with x-tenant: B',
  'Query.members': 'exactly A memberships; nested user.memberships only in A; API key too',
  'Query.deliveryPeople': "only A's staff and riders, also with x-tenant: B",
  'Query.apiKeys': 'exactly A keys',
  'Query.auditEvents': 'exactly A events (token and API key, with type filter)',
  'Query.auditEvent': 'null for every B event (token and API key)',
  'Query.exportMyData': 'no B id in the export',
  'Mutation.createTenant': 'created beneath A, B children unchanged',
  'Mutation.updateTenant': 'A changed, B unchanged',
  'Query.tenantDomains': "only A's claims, with x-tenant: B",
  'Mutation.addTenantDomain': "DOMAIN_TAKEN for B's verified domain; B's pending name claimable by A too",
  'Mutation.verifyTenantDomain': "NOT_FOUND for B's claim ids",
  'Mutation.removeTenantDomain': "NOT_FOUND for B's claim ids; B's domain stays live",
  'Query.myTenants': "A admin's memberships only; never B",
  'Mutation.switchTenant': 'FORBIDDEN into B (no membership)',
  'Mutation.grantRole': 'membership in A only, B memberships unchanged',
  'Mutation.revokeRole': 'NOT_FOUND for B memberships, rows remain',
  'Mutation.suspendTenant': "NOT_FOUND for the business itself, its parent and another branch; only an administrator above it (subgraphs/identity/test/suspension.test.ts)",
  'Mutation.reinstateTenant': 'NOT_FOUND outside the caller\'s branch, as suspendTenant (suspension.test.ts)',
  'Query.mySessions': "the caller's own sessions only, never another user's (subgraphs/identity/test/account-security.test.ts)",
  'Mutation.endMySession': "NOT_FOUND for another user's session, which keeps working (account-security.test.ts)",
  'Mutation.changePassword': "per user: the caller's own password; another user's sessions untouched (account-security.test.ts)",
  'Query.invitations': "only the acting tenant's, for a user administering both tenants (subgraphs/identity/test/invitations.test.ts)",
  'Query.invitationPreview': "names the invitation's own tenant; the storefront's page of another tenant shows it as invalid (invitations.test.ts)",
  'Mutation.inviteMember': 'creates in the acting tenant only, at most the inviter\'s rank and a role the tenant kind has (invitations.test.ts)',
  'Mutation.revokeInvitation': "NOT_FOUND for another tenant's invitation, even with x-tenant naming it; it stays open (invitations.test.ts)",
  'Mutation.acceptInvitation': "joins the invitation's tenant only; an existing account needs its own password (invitations.test.ts)",
  'Mutation.signUp': 'tenant from the input; the A token grants nothing extra',
  'Mutation.requestPasswordReset': "the link opens the asking tenant's pages; a back office writes only to its members (subgraphs/identity/test/account-links.test.ts)",
  'Mutation.resetPassword': "TOKEN_INVALID at any tenant but the one the link was asked at; the link is not spent (account-links.test.ts)",
  'Mutation.verifyEmail': "TOKEN_INVALID at any tenant but the one the link was sent from (account-links.test.ts)",
  'Mutation.requestSignInCode': "a code is for the shop named in the input only (subgraphs/identity/test/phone-sign-in.test.ts)",
  'Mutation.signInWithCode': "INVALID_CREDENTIALS at another shop with a shop's code, which stays good at its own (phone-sign-in.test.ts)",
  'Mutation.resendEmailVerification': "per user: the caller's own address, linked to the acting tenant's pages (account-links.test.ts)",
  'Mutation.login': 'INVALID_CREDENTIALS at B; only CUSTOMER at B shop',
  'Mutation.refreshSession': 'stays in A with x-tenant: B',
  'Mutation.logout': 'own token only; B session intact',
  'Mutation.logoutEverywhere': 'B admin refresh tokens untouched',
  'Mutation.beginTwoFactorEnrollment': 'per user (enrolment of both admins; refused once on)',
  'Mutation.confirmTwoFactorEnrollment': 'session re-issued in the same tenant',
  'Mutation.disableTwoFactor': 'per user; refused for admins',
  'Mutation.beginTwoFactorReset': "per user: the caller's own factor, proven by its password and code (subgraphs/identity/test/two-factor-reset.test.ts)",
  'Mutation.confirmTwoFactorReset': "the reset token is sealed to the user who began it; another user's token is refused (two-factor-reset.test.ts, test/security/shopper.test.ts)",
  'Mutation.createApiKey': 'key of A, invisible to B',
  'Mutation.revokeApiKey': 'NOT_FOUND for B key, which keeps working',
  'Mutation.requestAccountDeletion': 'A staff member only; B unchanged',
  'Mutation.requestAccountCode': "texts only the caller's own number, a code of the session's shop; another shop's code does not confirm there (subgraphs/identity/test/phone-sign-in.test.ts)",
  'Subscription.auditEvents': 'A subscribers get only A events',
  'Query.customerSearch': "only the acting shop's customers and the phones saved there; x-tenant naming another shop changes nothing (subgraphs/identity/test/customer-search.test.ts)",
  'Query.myAddresses': "only this shop's own addresses, with x-tenant: B; API key refused",
  'Mutation.addAddress': "lands in the signed-in shop even with x-tenant: B",
  'Mutation.updateAddress': "NOT_FOUND for the other shop's and B customer's ids; rows unchanged",
  'Mutation.setDefaultAddress': "NOT_FOUND for the other shop's and B customer's ids; rows unchanged",
  'Mutation.removeAddress': "NOT_FOUND for the other shop's and B customer's ids; rows remain",
};

describe('coverage and end state', () => {
  it('every operation of the API schema has an isolation check', () => {
    expect(Object.keys(ISOLATION_COVERAGE).sort()).toEqual(apiOperations());
  });

  it('after all of the above, B is as it was (tenant, memberships, keys, children) and A wrote nothing in B', async () => {
    expect(await snapshot(B)).toEqual(baselineB);
    const aKeys = await dbIds('apiKey', A.tenantId);
    expect(await prisma.auditEvent.count({ where: { tenantId: { in: [B.tenantId, B.shopId] }, actorUserId: A.admin.id, NOT: { type: 'session.login_succeeded' } } })).toBe(0);
    expect(await prisma.apiKey.count({ where: { id: { in: aKeys }, tenantId: B.tenantId } })).toBe(0);
  });
});

describe('under concurrent load', () => {
  // Regression test: pglite-socket interleaves the Parse/Bind/Execute messages of concurrent connections
  // to the one PGlite session, so concurrent requests used to run each other's statements (INTERNAL
  // errors, and reads that silently answered another query's result). Embedded mode now uses one
  // connection per process (subgraphs/kit/src/db.ts, EMBEDDED_POOL_SIZE).
  it('concurrent sign-ins and reads of A and B all answer, each with its own tenant', async () => {
    const problems: string[] = [];
    for (let round = 0; round < 10 && problems.length === 0; round++) {
      await forgetUsedTotpCodes(prisma);
      const logins = [
        [SLUG_A, A.staff.email, undefined],
        [SLUG_B, B.staff.email, undefined],
        [SLUG_A, A.admin.email, A.admin.totpSecret],
        [SLUG_B, B.admin.email, B.admin.totpSecret],
      ].map(async ([slug, email, secret]) => {
        const r = await loginRaw(url, { tenantSlug: slug!, email: email!, password, ...(secret ? { totpCode: totpAt(secret) } : {}) });
        const session = r.data?.login?.session;
        if (!session || session.tenant.slug !== slug) problems.push(`login ${email}@${slug}: ${JSON.stringify(r.errors ?? r.data?.login)}`);
      });
      const reads = Array.from({ length: 8 }, async (_, i) => {
        const side = i % 2 ? A : B;
        const r = await asAdmin(side, '{ currentTenant { id } members(first: 50) { edges { node { tenant { id } } } } }');
        const d = r.data as any;
        if (r.errors || d?.currentTenant?.id !== side.tenantId || !d.members.edges.length || d.members.edges.some((e: any) => e.node.tenant.id !== side.tenantId)) {
          problems.push(`read as ${side.slug}: ${JSON.stringify(r.errors ?? d).slice(0, 200)}`);
        }
      });
      await Promise.all([...logins, ...reads]);
    }
    expect(problems).toEqual([]);
  });
});
