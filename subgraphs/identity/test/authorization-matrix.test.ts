/**
 * Authorization matrix: every public operation (each field of Query, Mutation and Subscription in the
 * API schema) called through the gateway by every kind of caller. ONE table below says who may call
 * what; everyone else must be refused with the right code:
 *   - anonymous (x-tenant only)                           -> UNAUTHENTICATED
 *   - an administrator whose session has not passed 2FA   -> TWO_FACTOR_REQUIRED
 *   - anyone else (other roles, API keys)                 -> FORBIDDEN
 * "Allowed" means the call reached its resolver: no GraphQL error at all (a userError such as
 * BAD_USER_INPUT or NOT_FOUND is fine; arguments are chosen to be harmless). A new operation fails
 * the schema-coverage test until it is added to the table.
 */
import { parse, validate, Kind, type OperationDefinitionNode, type FieldNode } from 'graphql';
import { hashPassword, uuidv7, type RoleName } from '@webwaka/kit';
import { startStack, type TestStack } from '../../../test/support/stack';
import { bearer, gql } from '../../../test/support/graphql';
import {
  AUDIT_SUBSCRIPTION,
  apiOperations,
  apiSchema,
  awaitLiveEvent,
  createUser,
  failedLogin,
  login,
  okPayload,
  subscribe,
  type SessionInfo,
} from './support';

// ---------------------------------------------------------------------------------------------------
// Callers
// ---------------------------------------------------------------------------------------------------

const CALLER_KINDS = [
  'anonymous',
  'CUSTOMER',
  'VENDOR',
  'AGENT',
  'STAFF',
  'CLIENT_ADMIN',
  'PARTNER_ADMIN',
  'SUPER_ADMIN',
  'CLIENT_ADMIN_WITHOUT_2FA',
  'API_KEY',
] as const;
type CallerKind = (typeof CALLER_KINDS)[number];

/** Where each caller acts, and as whom (demo users from prisma/seed.ts). */
const CALLER_SPECS: Record<CallerKind, { tenantSlug: string; role?: RoleName; demoUser?: string; twoFactor?: boolean }> = {
  anonymous: { tenantSlug: 'ade-fashion' },
  CUSTOMER: { tenantSlug: 'ade-fashion', role: 'CUSTOMER', demoUser: 'customer' },
  VENDOR: { tenantSlug: 'naija-market', role: 'VENDOR', demoUser: 'vendor' },
  AGENT: { tenantSlug: 'naija-market', role: 'AGENT', demoUser: 'agent' },
  STAFF: { tenantSlug: 'ade-fashion', role: 'STAFF', demoUser: 'staff' },
  CLIENT_ADMIN: { tenantSlug: 'ade-fashion', role: 'CLIENT_ADMIN', demoUser: 'client', twoFactor: true },
  PARTNER_ADMIN: { tenantSlug: 'lagos-digital', role: 'PARTNER_ADMIN', demoUser: 'partner', twoFactor: true },
  SUPER_ADMIN: { tenantSlug: 'webwaka', role: 'SUPER_ADMIN', demoUser: 'superadmin', twoFactor: true },
  // A fresh user given CLIENT_ADMIN directly in the database, without two-factor: signs in with a password only.
  CLIENT_ADMIN_WITHOUT_2FA: { tenantSlug: 'ade-fashion', role: 'CLIENT_ADMIN' },
  // Created by the CLIENT_ADMIN of ade-fashion, with both scopes.
  API_KEY: { tenantSlug: 'ade-fashion' },
};

interface Caller {
  kind: CallerKind;
  tenantSlug: string;
  headers: Record<string, string>;
  /** graphql-ws connection_init payload carrying the same credentials. */
  wsParams: Record<string, string>;
  email: string | null;
  session: SessionInfo | null;
}

const denialCode = (kind: CallerKind) =>
  kind === 'anonymous' ? 'UNAUTHENTICATED' : kind === 'CLIENT_ADMIN_WITHOUT_2FA' ? 'TWO_FACTOR_REQUIRED' : 'FORBIDDEN';

// ---------------------------------------------------------------------------------------------------
// THE table
// ---------------------------------------------------------------------------------------------------

const EVERYONE: readonly CallerKind[] = CALLER_KINDS;
const SIGNED_IN: readonly CallerKind[] = ['CUSTOMER', 'VENDOR', 'AGENT', 'STAFF', 'CLIENT_ADMIN', 'PARTNER_ADMIN', 'SUPER_ADMIN', 'CLIENT_ADMIN_WITHOUT_2FA'];
const ADMINS: readonly CallerKind[] = ['CLIENT_ADMIN', 'PARTNER_ADMIN', 'SUPER_ADMIN'];
/** Admins, or an API key with the scope the operation accepts (identity:read / audit:read: the key has both). */
const ADMINS_OR_KEY: readonly CallerKind[] = [...ADMINS, 'API_KEY'];

const HAS_2FA = (kind: CallerKind) => !!CALLER_SPECS[kind].twoFactor;
const codes = (payload: { userErrors: { code: string }[] }) => payload.userErrors.map((e) => e.code);

interface Operation {
  /** The whole GraphQL document; its one root field is the operation. */
  document: string;
  variables?: (caller: Caller) => Record<string, unknown>;
  allowed: readonly CallerKind[];
  /** Run as a throwaway principal of the caller's kind: the operation changes the caller's own account. */
  fresh?: boolean;
  /** What an allowed call answers (shows the resolver really ran). */
  expectAllowed?: (value: any, caller: Caller) => void;
}

/** Direct children of the tenants callers act in (seed data; nothing in this file creates tenants). */
const CHILDREN: Record<string, string[]> = { webwaka: ['lagos-digital'], 'lagos-digital': ['ade-ventures'], 'ade-fashion': [] };

const OPERATIONS: Record<string, Operation> = {
  // ----- Query -----
  'Query.tenantBySlug': {
    document: 'query { tenantBySlug(slug: "ade-fashion") { id slug } }',
    allowed: EVERYONE,
    expectAllowed: (t) => expect(t.slug).toBe('ade-fashion'),
  },
  'Query.tenantByDomain': {
    document: 'query { tenantByDomain(domain: "no-such-shop.example.ng") { id } }',
    allowed: EVERYONE,
    expectAllowed: (t) => expect(t).toBeNull(),
  },
  'Query.currentTenant': {
    document: 'query { currentTenant { slug } }',
    allowed: EVERYONE,
    expectAllowed: (t, c) => expect(t?.slug).toBe(c.tenantSlug),
  },
  'Query.childTenants': {
    document: 'query { childTenants(first: 10) { edges { node { slug } } } }',
    allowed: ADMINS,
    expectAllowed: (conn, c) => expect(conn.edges.map((e: any) => e.node.slug)).toEqual(CHILDREN[c.tenantSlug]),
  },
  'Query.me': {
    document: 'query { me { email } }',
    allowed: EVERYONE,
    expectAllowed: (me, c) => expect(me?.email ?? null).toBe(c.email),
  },
  'Query.members': {
    document: 'query { members(first: 5) { edges { node { id role } } } }',
    allowed: ADMINS_OR_KEY,
    expectAllowed: (conn) => expect(conn.edges.length).toBeGreaterThan(0),
  },
  'Query.apiKeys': {
    document: 'query { apiKeys(first: 5) { edges { node { id } } } }',
    allowed: ADMINS,
    expectAllowed: (conn) => expect(Array.isArray(conn.edges)).toBe(true),
  },
  'Query.auditEvents': {
    document: 'query { auditEvents(first: 5) { edges { node { id type } } } }',
    allowed: ADMINS_OR_KEY,
    expectAllowed: (conn) => expect(conn.edges.length).toBeGreaterThan(0),
  },
  'Query.auditEvent': {
    document: 'query ($id: ID!) { auditEvent(id: $id) { id } }',
    variables: () => ({ id: uuidv7() }),
    allowed: ADMINS_OR_KEY,
    expectAllowed: (e) => expect(e).toBeNull(),
  },
  'Query.exportMyData': {
    document: 'query { exportMyData }',
    allowed: SIGNED_IN,
    expectAllowed: (data, c) => expect(data.profile.email).toBe(c.email),
  },
  // Saved addresses: personal data, for their owner only (any signed-in user; never an API key).
  'Query.myAddresses': {
    document: 'query { myAddresses { id isDefault } }',
    allowed: SIGNED_IN,
    expectAllowed: (list) => expect(Array.isArray(list)).toBe(true),
  },

  // The shop switcher's list: the user's own memberships, wherever the session is (decision 0022).
  'Query.myTenants': {
    document: 'query { myTenants { tenant { slug } roles } }',
    allowed: SIGNED_IN,
    expectAllowed: (list, c) => expect(list.map((m: any) => m.tenant.slug)).toContain(c.tenantSlug),
  },
  'Query.tenantDomains': {
    document: 'query { tenantDomains { id domain verified } }',
    allowed: ADMINS,
    expectAllowed: (list) => expect(Array.isArray(list)).toBe(true),
  },

  // ----- Mutation -----
  'Mutation.addTenantDomain': {
    document: 'mutation { addTenantDomain(domain: "localhost") { domain { id } userErrors { code } } }',
    allowed: ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.verifyTenantDomain': {
    document: 'mutation ($id: ID!) { verifyTenantDomain(id: $id) { domain { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.removeTenantDomain': {
    document: 'mutation ($id: ID!) { removeTenantDomain(id: $id) { domain { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.switchTenant': {
    document: 'mutation { switchTenant(tenantSlug: "no-such-tenant-matrix") { session { accessToken } userErrors { code } } }',
    allowed: SIGNED_IN,
    expectAllowed: (p) => expect(codes(p)).toEqual(['TENANT_NOT_FOUND']),
  },
  'Mutation.createTenant': {
    document: 'mutation ($input: CreateTenantInput!) { createTenant(input: $input) { tenant { id } userErrors { code field } } }',
    variables: () => ({ input: { kind: 'STORE', slug: 'Not A Slug!', name: 'Matrix' } }),
    allowed: ADMINS,
    expectAllowed: (p) => {
      expect(codes(p)).toEqual(['BAD_USER_INPUT']);
      expect(p.tenant).toBeNull();
    },
  },
  'Mutation.updateTenant': {
    document: 'mutation ($input: UpdateTenantInput!) { updateTenant(input: $input) { tenant { id } userErrors { code field } } }',
    variables: () => ({ input: { primaryColor: 'not-a-colour' } }),
    allowed: ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.grantRole': {
    document: 'mutation ($email: String!, $role: Role!) { grantRole(email: $email, role: $role) { membership { id } userErrors { code } } }',
    variables: () => ({ email: `nobody-${uuidv7()}@nowhere.test`, role: 'CUSTOMER' }),
    allowed: ADMINS,
    // NOT_FOUND in a shop; BAD_USER_INPUT at the platform or a partner (they have no CUSTOMER role).
    expectAllowed: (p, c) => expect(codes(p)).toEqual([c.tenantSlug === 'ade-fashion' ? 'NOT_FOUND' : 'BAD_USER_INPUT']),
  },
  'Mutation.revokeRole': {
    document: 'mutation ($id: ID!) { revokeRole(membershipId: $id) { membership { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.signUp': {
    document: 'mutation ($input: SignUpInput!) { signUp(input: $input) { session { accessToken } userErrors { code } } }',
    variables: () => ({ input: { tenantSlug: 'ade-fashion', email: 'not-an-email', password: 'long-enough-password-1', name: 'Matrix' } }),
    allowed: EVERYONE,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.login': {
    document: 'mutation ($input: LoginInput!) { login(input: $input) { session { accessToken } userErrors { code } } }',
    variables: () => ({ input: { tenantSlug: 'no-such-tenant-matrix', email: 'nobody@nowhere.test', password: 'not-the-password-1' } }),
    allowed: EVERYONE,
    expectAllowed: (p) => expect(codes(p)).toEqual(['TENANT_NOT_FOUND']),
  },
  'Mutation.refreshSession': {
    document: 'mutation { refreshSession(refreshToken: "rt_not-a-real-token") { session { accessToken } userErrors { code } } }',
    allowed: EVERYONE,
    expectAllowed: (p) => expect(codes(p)).toEqual(['TOKEN_INVALID']),
  },
  'Mutation.logout': {
    document: 'mutation { logout(refreshToken: "rt_not-a-real-token") { ok userErrors { code } } }',
    allowed: EVERYONE,
    expectAllowed: (p) => expect(p).toEqual({ ok: true, userErrors: [] }),
  },
  'Mutation.logoutEverywhere': {
    document: 'mutation { logoutEverywhere { sessionsEnded userErrors { code } } }',
    allowed: SIGNED_IN,
    fresh: true,
    expectAllowed: (p) => expect(p).toEqual({ sessionsEnded: 1, userErrors: [] }),
  },
  'Mutation.beginTwoFactorEnrollment': {
    document: 'mutation { beginTwoFactorEnrollment { secret userErrors { code } } }',
    allowed: SIGNED_IN,
    // Only stores an unconfirmed secret (two-factor stays off until confirmed), so shared sessions are fine.
    expectAllowed: (p, c) =>
      HAS_2FA(c.kind) ? expect(codes(p)).toEqual(['ALREADY_EXISTS']) : expect(p.secret).toMatch(/^[A-Z2-7]{16,}$/),
  },
  'Mutation.confirmTwoFactorEnrollment': {
    document: 'mutation { confirmTwoFactorEnrollment(code: "nope") { session { accessToken } userErrors { code } } }',
    allowed: SIGNED_IN,
    expectAllowed: (p, c) => {
      expect(p.session).toBeNull();
      if (HAS_2FA(c.kind)) expect(codes(p)).toEqual(['ALREADY_EXISTS']);
      else expect(['BAD_USER_INPUT', 'TWO_FACTOR_INVALID']).toContain(codes(p)[0]);
    },
  },
  'Mutation.disableTwoFactor': {
    document: 'mutation { disableTwoFactor(code: "nope") { ok userErrors { code } } }',
    allowed: SIGNED_IN,
    // Never turns anything off: admins must keep 2FA (a business rule, reported as a userError), and
    // nobody else here has it on.
    expectAllowed: (p, c) => expect(p).toEqual({ ok: false, userErrors: [{ code: HAS_2FA(c.kind) ? 'FORBIDDEN' : 'BAD_USER_INPUT' }] }),
  },
  'Mutation.beginTwoFactorReset': {
    document: 'mutation { beginTwoFactorReset(password: "not the password", code: "000000") { secret resetToken userErrors { code } } }',
    allowed: SIGNED_IN,
    // Never hands out a secret here: without two-factor there is nothing to reset; with it, the password is wrong.
    expectAllowed: (p, c) => expect(p).toEqual({ secret: null, resetToken: null, userErrors: [{ code: HAS_2FA(c.kind) ? 'INVALID_CREDENTIALS' : 'BAD_USER_INPUT' }] }),
  },
  'Mutation.confirmTwoFactorReset': {
    document: 'mutation { confirmTwoFactorReset(resetToken: "nope", code: "000000") { backupCodes session { accessToken } userErrors { code } } }',
    allowed: SIGNED_IN,
    expectAllowed: (p) => {
      expect({ backupCodes: p.backupCodes, session: p.session }).toEqual({ backupCodes: null, session: null });
      expect(codes(p)).toHaveLength(1);
    },
  },
  'Mutation.createApiKey': {
    document: 'mutation { createApiKey(name: "", scopes: ["identity:read"]) { key apiKey { id } userErrors { code } } }',
    allowed: ADMINS,
    expectAllowed: (p) => expect(p).toEqual({ key: null, apiKey: null, userErrors: [{ code: 'BAD_USER_INPUT' }] }),
  },
  'Mutation.revokeApiKey': {
    document: 'mutation ($id: ID!) { revokeApiKey(id: $id) { apiKey { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.requestAccountDeletion': {
    document: 'mutation ($password: String!) { requestAccountDeletion(password: $password) { purgeAfter userErrors { code } } }',
    variables: () => ({ password: s.demo.password }),
    allowed: SIGNED_IN,
    fresh: true,
    expectAllowed: (p) => {
      expect(p.userErrors).toEqual([]);
      expect(new Date(p.purgeAfter).getTime()).toBeGreaterThan(Date.now());
    },
  },

  'Mutation.addAddress': {
    document: 'mutation ($input: CustomerAddressInput!) { addAddress(input: $input) { address { id } userErrors { code field } } }',
    variables: () => ({ input: { name: ' ', line1: '1 Matrix Road', city: 'Ikeja', region: 'Lagos' } }),
    allowed: SIGNED_IN,
    expectAllowed: (p) => expect(p).toEqual({ address: null, userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'name'] }] }),
  },
  'Mutation.updateAddress': {
    document: 'mutation ($id: ID!, $input: CustomerAddressInput!) { updateAddress(id: $id, input: $input) { address { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7(), input: { name: 'Matrix', line1: '1 Matrix Road', city: 'Ikeja', region: 'Lagos' } }),
    allowed: SIGNED_IN,
    expectAllowed: (p) => expect(p).toEqual({ address: null, userErrors: [{ code: 'NOT_FOUND' }] }),
  },
  'Mutation.setDefaultAddress': {
    document: 'mutation ($id: ID!) { setDefaultAddress(id: $id) { address { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: SIGNED_IN,
    expectAllowed: (p) => expect(p).toEqual({ address: null, userErrors: [{ code: 'NOT_FOUND' }] }),
  },
  'Mutation.removeAddress': {
    document: 'mutation ($id: ID!) { removeAddress(id: $id) { removedAddressId userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: SIGNED_IN,
    expectAllowed: (p) => expect(p).toEqual({ removedAddressId: null, userErrors: [{ code: 'NOT_FOUND' }] }),
  },

  // ----- Subscription (graphql-ws) -----
  'Subscription.auditEvents': {
    document: AUDIT_SUBSCRIPTION,
    allowed: ADMINS_OR_KEY,
  },
};

/**
 * Known product bugs, as `<operation> × <caller>` -> description. Those cases run as `it.failing`, so the
 * suite stays green until the bug is fixed; then the case starts failing and must be moved back to `it`.
 */
const KNOWN_BUGS: Record<string, string> = {};

// ---------------------------------------------------------------------------------------------------
// Stack and sessions
// ---------------------------------------------------------------------------------------------------

let s: TestStack;
let passwordHash: string;
const tenantIds: Record<string, string> = {};
const callers = {} as Record<CallerKind, Caller>;
let apiKey: { id: string; key: string };

const userCaller = (kind: CallerKind, session: SessionInfo): Caller => ({
  kind,
  tenantSlug: CALLER_SPECS[kind].tenantSlug,
  headers: bearer(session.accessToken),
  wsParams: { authorization: `Bearer ${session.accessToken}` },
  email: session.user.email,
  session,
});

/** A new user with the caller kind's role (and 2FA if the kind has it), signed in once. */
async function freshUserCaller(kind: CallerKind): Promise<Caller> {
  const spec = CALLER_SPECS[kind];
  const email = `${kind.toLowerCase().replace(/_/g, '-')}-${uuidv7()}@matrix.test`;
  const totpSecret = spec.twoFactor ? s.demo.totpSecret : undefined;
  await createUser(s.stack.prisma, { email, passwordHash, totpSecret, memberships: [{ tenantId: tenantIds[spec.tenantSlug], role: spec.role! }] });
  return userCaller(kind, await login(s.gatewayUrl, spec.tenantSlug, email, s.demo.password, totpSecret, s.stack.prisma));
}

/** The caller for one test: the shared session, or a throwaway principal of the same kind. */
async function callerFor(kind: CallerKind, fresh = false): Promise<Caller> {
  if (!fresh || kind === 'anonymous' || kind === 'API_KEY') return callers[kind];
  return freshUserCaller(kind);
}

beforeAll(async () => {
  s = await startStack();
  passwordHash = await hashPassword(s.demo.password);
  for (const t of await s.stack.prisma.tenant.findMany()) tenantIds[t.slug] = t.id;

  // One at a time: the embedded database fails concurrent requests (see the report / tenant-isolation test).
  for (const kind of ['CUSTOMER', 'VENDOR', 'AGENT', 'STAFF', 'CLIENT_ADMIN', 'PARTNER_ADMIN', 'SUPER_ADMIN'] as const) {
    const spec = CALLER_SPECS[kind];
    const user = s.demo.users[spec.demoUser!];
    callers[kind] = userCaller(kind, await login(s.gatewayUrl, spec.tenantSlug, user.email, s.demo.password, spec.twoFactor ? s.demo.totpSecret : undefined, s.stack.prisma));
  }
  callers.CLIENT_ADMIN_WITHOUT_2FA = await freshUserCaller('CLIENT_ADMIN_WITHOUT_2FA');
  callers.anonymous = {
    kind: 'anonymous',
    tenantSlug: 'ade-fashion',
    headers: { 'x-tenant': 'ade-fashion' },
    wsParams: { tenant: 'ade-fashion' },
    email: null,
    session: null,
  };
  const created = okPayload(
    await gql(s.gatewayUrl, 'mutation { createApiKey(name: "matrix", scopes: ["identity:read", "audit:read"]) { key apiKey { id } userErrors { code } } }', {}, callers.CLIENT_ADMIN.headers),
    'createApiKey',
  );
  apiKey = { id: created.apiKey.id, key: created.key };
  callers.API_KEY = { kind: 'API_KEY', tenantSlug: 'ade-fashion', headers: { 'x-api-key': apiKey.key }, wsParams: { apiKey: apiKey.key }, email: null, session: null };
});

afterAll(async () => {
  await s?.stop();
});

// ---------------------------------------------------------------------------------------------------
// The table itself
// ---------------------------------------------------------------------------------------------------

describe('the table', () => {
  it('lists every Query, Mutation and Subscription field of the API schema (and nothing else)', () => {
    const inSchema = apiOperations();
    const missing = inSchema.filter((op) => !(op in OPERATIONS));
    const stale = Object.keys(OPERATIONS).filter((op) => !inSchema.includes(op));
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  it('has a valid document per operation whose one root field is that operation', () => {
    const schema = apiSchema();
    for (const [name, op] of Object.entries(OPERATIONS)) {
      const doc = parse(op.document);
      expect({ name, errors: validate(schema, doc).map((e) => e.message) }).toEqual({ name, errors: [] });
      const def = doc.definitions[0] as OperationDefinitionNode;
      const [type, field] = name.split('.');
      expect(`${def.operation}:${(def.selectionSet.selections as FieldNode[]).map((f) => f.kind === Kind.FIELD && f.name.value).join(',')}`).toBe(
        `${type.toLowerCase()}:${field}`,
      );
    }
  });

  it('callers are who the table thinks they are', async () => {
    for (const kind of CALLER_KINDS) {
      const c = callers[kind];
      const spec = CALLER_SPECS[kind];
      if (c.session) {
        expect({ kind, tenant: c.session.tenant.slug, roles: c.session.roles, mfa: c.session.twoFactorVerified }).toEqual({
          kind,
          tenant: spec.tenantSlug,
          roles: [spec.role],
          mfa: !!spec.twoFactor,
        });
      }
    }
    expect(callers.CLIENT_ADMIN_WITHOUT_2FA.session!.twoFactorEnrollmentRequired).toBe(true);
    const key = await s.stack.prisma.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } });
    expect({ tenantId: key.tenantId, scopes: [...key.scopes].sort() }).toEqual({ tenantId: tenantIds['ade-fashion'], scopes: ['audit:read', 'identity:read'] });
  });
});

// ---------------------------------------------------------------------------------------------------
// The matrix: one test per (operation, caller)
// ---------------------------------------------------------------------------------------------------

async function checkHttp(name: string, op: Operation, kind: CallerKind, allowed: boolean) {
  const caller = await callerFor(kind, op.fresh);
  const field = name.split('.')[1];
  const r = await gql(s.gatewayUrl, op.document, op.variables?.(caller) ?? {}, caller.headers);
  if (allowed) {
    expect(r.errors ?? []).toEqual([]);
    expect(r.data).not.toBeNull();
    expect(r.data).toHaveProperty([field]);
    op.expectAllowed?.(r.data[field], caller);
  } else {
    expect((r.errors ?? []).map((e) => e.extensions?.code)).toEqual([denialCode(kind)]);
    expect(r.data?.[field] ?? null).toBeNull();
  }
}

async function checkSubscription(kind: CallerKind, allowed: boolean) {
  const caller = callers[kind];
  const sub = subscribe(s.wsUrl, caller.wsParams);
  try {
    if (allowed) {
      // Stays open...
      await sub.until(() => sub.ended, 300);
      expect({ errors: sub.errors, ended: sub.ended }).toEqual({ errors: null, ended: false });
      // ...and delivers the caller's tenant's events as they happen.
      const got = await awaitLiveEvent(sub, () => failedLogin(s.gatewayUrl, caller.tenantSlug), (e) => e.type === 'session.login_failed');
      expect({ got, errors: sub.errors }).toEqual({ got: true, errors: null });
      const ids = sub.events.map((e) => e.id);
      const rows = await s.stack.prisma.auditEvent.findMany({ where: { id: { in: ids } }, select: { tenantId: true } });
      expect(rows.length).toBe(ids.length);
      expect(new Set(rows.map((r) => r.tenantId))).toEqual(new Set([tenantIds[caller.tenantSlug]]));
    } else {
      await sub.until(() => sub.errors !== null || sub.ended, 5000);
      expect((sub.errors ?? []).map((e) => e?.extensions?.code ?? String(e?.code ?? e))).toEqual([denialCode(kind)]);
      expect(sub.events).toEqual([]);
    }
  } finally {
    await sub.close();
  }
}

describe.each(Object.entries(OPERATIONS))('%s', (name, op) => {
  const cases = CALLER_KINDS.map((kind) => {
    const allowed = op.allowed.includes(kind);
    return { kind, allowed, expected: allowed ? 'allowed' : `denied (${denialCode(kind)})`, bug: KNOWN_BUGS[`${name} × ${kind}`] };
  });
  const run = ({ kind, allowed }: (typeof cases)[number]) =>
    name.startsWith('Subscription.') ? checkSubscription(kind, allowed) : checkHttp(name, op, kind, allowed);

  it.each(cases.filter((c) => !c.bug))('$kind: $expected', run);
  const buggy = cases.filter((c) => c.bug);
  // Known product bugs (see KNOWN_BUGS): expected to fail until fixed.
  if (buggy.length) it.failing.each(buggy)('$kind: $expected [known bug: $bug]', run);
});
