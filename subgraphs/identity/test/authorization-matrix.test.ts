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
import { uuidv7, type RoleName } from '@webwaka/kit';
import { authorizationMatrix, demoCallers, callerKinds, type CallerSpec, type MatrixCaller, type MatrixOperation } from '../../../test/support/authorization-matrix';
import { demo } from '../../../test/support/stack';
import { schema } from '../src/schema';
import { AUDIT_SUBSCRIPTION, awaitLiveEvent, failedLogin, subscribe } from './support';

// ---------------------------------------------------------------------------------------------------
// Callers
// ---------------------------------------------------------------------------------------------------

/** Where each caller acts, and as whom (demo users from prisma/seed). */
const CALLERS = {
  // The demo users; CLIENT_ADMIN_WITHOUT_2FA is a fresh user given CLIENT_ADMIN directly in the database,
  // without two-factor: signs in with a password only.
  ...demoCallers('ade-fashion', 'naija-market'),
  // Created by the CLIENT_ADMIN of ade-fashion, with both scopes.
  API_KEY: { scopes: ['identity:read', 'audit:read'], madeBy: 'CLIENT_ADMIN' },
  // A shop's delivery rider (decision 0093): their own account, and nothing of the shop's people.
  RIDER: { roles: ['RIDER'], tenant: 'ade-fashion' },
} satisfies Record<string, CallerSpec>;
type CallerKind = keyof typeof CALLERS;
type Caller = MatrixCaller<CallerKind>;
const { kinds: CALLER_KINDS } = callerKinds<CallerKind>(CALLERS);

/** Who each signed-in caller must turn out to be: its tenant, its one role there, whether it passed 2FA. */
const SESSIONS: Partial<Record<CallerKind, { tenant: string; roles: RoleName[]; mfa: boolean }>> = {
  CUSTOMER: { tenant: 'ade-fashion', roles: ['CUSTOMER'], mfa: false },
  VENDOR: { tenant: 'naija-market', roles: ['VENDOR'], mfa: false },
  AGENT: { tenant: 'naija-market', roles: ['AGENT'], mfa: false },
  STAFF: { tenant: 'ade-fashion', roles: ['STAFF'], mfa: false },
  RIDER: { tenant: 'ade-fashion', roles: ['RIDER'], mfa: false },
  CLIENT_ADMIN: { tenant: 'ade-fashion', roles: ['CLIENT_ADMIN'], mfa: true },
  PARTNER_ADMIN: { tenant: 'lagos-digital', roles: ['PARTNER_ADMIN'], mfa: true },
  SUPER_ADMIN: { tenant: 'webwaka', roles: ['SUPER_ADMIN'], mfa: true },
  CLIENT_ADMIN_WITHOUT_2FA: { tenant: 'ade-fashion', roles: ['CLIENT_ADMIN'], mfa: false },
};

// ---------------------------------------------------------------------------------------------------
// THE table
// ---------------------------------------------------------------------------------------------------

const EVERYONE: readonly CallerKind[] = CALLER_KINDS;
const SIGNED_IN: readonly CallerKind[] = ['CUSTOMER', 'VENDOR', 'AGENT', 'STAFF', 'RIDER', 'CLIENT_ADMIN', 'PARTNER_ADMIN', 'SUPER_ADMIN', 'CLIENT_ADMIN_WITHOUT_2FA'];
const ADMINS: readonly CallerKind[] = ['CLIENT_ADMIN', 'PARTNER_ADMIN', 'SUPER_ADMIN'];
/** Admins, or an API key with the scope the operation accepts (identity:read / audit:read: the key has both). */
const ADMINS_OR_KEY: readonly CallerKind[] = [...ADMINS, 'API_KEY'];

const HAS_2FA = (c: Caller) => !!c.session?.twoFactorVerified;
const codes = (payload: { userErrors: { code: string }[] }) => payload.userErrors.map((e) => e.code);


/** Direct children of the tenants callers act in (seed data; nothing in this file creates tenants). */
const CHILDREN: Record<string, string[]> = { webwaka: ['lagos-digital'], 'lagos-digital': ['ade-ventures'], 'ade-fashion': [] };

const OPERATIONS: Record<string, MatrixOperation<CallerKind>> = {
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
  'Query.invitations': {
    document: 'query { invitations(first: 5) { edges { node { id state } } } }',
    allowed: ADMINS,
    expectAllowed: (conn) => expect(Array.isArray(conn.edges)).toBe(true),
  },
  'Query.invitationPreview': {
    document: 'query { invitationPreview(token: "not-a-real-invitation-token") { email } }',
    allowed: EVERYONE,
    expectAllowed: (preview) => expect(preview).toBeNull(),
  },
  'Query.mySessions': {
    document: 'query { mySessions { id current tenant { slug } } }',
    allowed: SIGNED_IN,
    expectAllowed: (list, c) => expect(list.filter((x: any) => x.current).map((x: any) => x.tenant.slug)).toEqual([c.tenantSlug]),
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
  // The Ship items screen's rider picker (decision 0093): whoever dispatches (administrators, staff); names only.
  'Query.deliveryPeople': {
    document: 'query { deliveryPeople { userId name roles } }',
    allowed: [...ADMINS, 'STAFF'],
    expectAllowed: (list, c) => {
      for (const p of list) expect(p.roles.every((r: string) => r === 'RIDER' || r === 'STAFF')).toBe(true);
      // In the shop, its rider comes first and its staff member is there too.
      if (c.tenantSlug === 'ade-fashion') {
        expect(list[0]).toMatchObject({ userId: matrix.callers.RIDER.userId, roles: ['RIDER'] });
        expect(list.some((p: any) => p.userId === matrix.callers.STAFF.userId && p.roles.includes('STAFF'))).toBe(true);
      }
    },
  },
  // The back office's customer search (rewards adjustments): administrators only, as the adjustments; no key.
  'Query.customerSearch': {
    document: 'query { customerSearch(text: "no such customer") { edges { node { id } } } }',
    allowed: ADMINS,
    expectAllowed: (conn) => expect(conn.edges).toEqual([]),
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
  // Invitations (issue 14): administrators invite and revoke; whoever holds a link previews and accepts it.
  'Mutation.inviteMember': {
    document: 'mutation ($email: String!, $role: Role!) { inviteMember(email: $email, role: $role) { token invitation { id } userErrors { code } } }',
    variables: () => ({ email: 'not-an-email', role: 'STAFF' }),
    allowed: ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.revokeInvitation': {
    document: 'mutation ($id: ID!) { revokeInvitation(id: $id) { invitation { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.acceptInvitation': {
    document: 'mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { email userErrors { code } } }',
    variables: () => ({ input: { token: 'not-a-real-invitation-token', password: 'long-enough-password-1' } }),
    allowed: EVERYONE,
    expectAllowed: (p) => expect(codes(p)).toEqual(['TOKEN_INVALID']),
  },
  // Account security (issue 14): the caller's own sessions and password; never an API key.
  'Mutation.endMySession': {
    document: 'mutation ($id: ID!) { endMySession(sessionId: $id) { ok userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: SIGNED_IN,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.changePassword': {
    document: 'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { sessionsEnded userErrors { code } } }',
    variables: () => ({ c: 'not-the-current-password', n: 'a-new-long-password-7' }),
    allowed: SIGNED_IN,
    expectAllowed: (p) => expect(codes(p)).toEqual(['INVALID_CREDENTIALS']),
  },
  // Password reset and e-mail verification (issue 15): anyone may ask for or use a link (the link is the
  // proof); resending a verification is for the signed-in person only, never an API key.
  'Mutation.requestPasswordReset': {
    document: 'mutation { requestPasswordReset(email: "not-an-email") { ok userErrors { code } } }',
    allowed: EVERYONE,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.resetPassword': {
    document: 'mutation { resetPassword(token: "not-a-real-reset-token", newPassword: "a-new-long-password-7") { email userErrors { code } } }',
    allowed: EVERYONE,
    expectAllowed: (p) => expect(codes(p)).toEqual(['TOKEN_INVALID']),
  },
  'Mutation.verifyEmail': {
    document: 'mutation { verifyEmail(token: "not-a-real-verification-token") { email userErrors { code } } }',
    allowed: EVERYONE,
    expectAllowed: (p) => expect(codes(p)).toEqual(['TOKEN_INVALID']),
  },
  // Sign-in codes by SMS (issue 15, decision 0062): anyone may ask for a code or use one (the code is the
  // proof); a malformed number is refused before anything is sent.
  'Mutation.requestSignInCode': {
    document: 'mutation { requestSignInCode(tenantSlug: "ade-fashion", phone: "not-a-phone") { phone userErrors { code } } }',
    allowed: EVERYONE,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.signInWithCode': {
    document: 'mutation { signInWithCode(input: { tenantSlug: "ade-fashion", phone: "not-a-phone", code: "123456" }) { session { accessToken } userErrors { code } } }',
    allowed: EVERYONE,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.requestAccountCode': {
    // The matrix's users have no phone number: there is nowhere to text a code (never a number the caller names).
    document: 'mutation { requestAccountCode { sentTo userErrors { code } } }',
    allowed: SIGNED_IN,
    expectAllowed: (p) => expect(p).toEqual({ sentTo: null, userErrors: [{ code: 'BAD_USER_INPUT' }] }),
  },
  'Mutation.resendEmailVerification': {
    document: 'mutation { resendEmailVerification { sent userErrors { code } } }',
    allowed: SIGNED_IN,
    expectAllowed: (p) => expect({ sent: typeof p.sent, userErrors: p.userErrors }).toEqual({ sent: 'boolean', userErrors: [] }),
  },
  // Suspending a business beneath yours (issue 14): administrators only; a random id is not beneath anyone.
  'Mutation.suspendTenant': {
    document: 'mutation ($id: ID!) { suspendTenant(tenantId: $id, reason: "matrix") { tenant { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.reinstateTenant': {
    document: 'mutation ($id: ID!) { reinstateTenant(tenantId: $id) { tenant { id } userErrors { code } } }',
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
      HAS_2FA(c) ? expect(codes(p)).toEqual(['ALREADY_EXISTS']) : expect(p.secret).toMatch(/^[A-Z2-7]{16,}$/),
  },
  'Mutation.confirmTwoFactorEnrollment': {
    document: 'mutation { confirmTwoFactorEnrollment(code: "nope") { session { accessToken } userErrors { code } } }',
    allowed: SIGNED_IN,
    expectAllowed: (p, c) => {
      expect(p.session).toBeNull();
      if (HAS_2FA(c)) expect(codes(p)).toEqual(['ALREADY_EXISTS']);
      else expect(['BAD_USER_INPUT', 'TWO_FACTOR_INVALID']).toContain(codes(p)[0]);
    },
  },
  'Mutation.disableTwoFactor': {
    document: 'mutation { disableTwoFactor(code: "nope") { ok userErrors { code } } }',
    allowed: SIGNED_IN,
    // Never turns anything off: admins must keep 2FA (a business rule, reported as a userError), and
    // nobody else here has it on.
    expectAllowed: (p, c) => expect(p).toEqual({ ok: false, userErrors: [{ code: HAS_2FA(c) ? 'FORBIDDEN' : 'BAD_USER_INPUT' }] }),
  },
  'Mutation.beginTwoFactorReset': {
    document: 'mutation { beginTwoFactorReset(password: "not the password", code: "000000") { secret resetToken userErrors { code } } }',
    allowed: SIGNED_IN,
    // Never hands out a secret here: without two-factor there is nothing to reset; with it, the password is wrong.
    expectAllowed: (p, c) => expect(p).toEqual({ secret: null, resetToken: null, userErrors: [{ code: HAS_2FA(c) ? 'INVALID_CREDENTIALS' : 'BAD_USER_INPUT' }] }),
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
    variables: () => ({ password: demo.password }),
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
    check: checkAuditFeed,
  },
};

/**
 * Known product bugs, as `<operation> × <caller>` -> description. Those cases run as `it.failing`, so the
 * suite stays green until the bug is fixed; then the case starts failing and must be moved back to `it`.
 */
const KNOWN_BUGS: Record<string, string> = {};

const matrix = authorizationMatrix({
  capability: 'identity',
  subgraphSchema: schema,
  // The gateway's live audit feed is identity's too.
  extra: ['Subscription.auditEvents'],
  // Other subgraphs ask identity for a tenant's ancestors through this peer call (subgraphs/identity/test/ancestry.test.ts).
  peerOnly: ['Query.tenantAncestry', 'Query.customerByEmail', 'Query.customerByPhone', 'Query.messageAudience', 'Mutation.issueDeviceKey', 'Mutation.revokeDeviceKey', 'Mutation.customerForPhone'],
  callers: CALLERS,
  operations: OPERATIONS,
  knownBugs: KNOWN_BUGS,
});

describe('the callers', () => {
  it('are who the table thinks they are', async () => {
    const sessions = CALLER_KINDS.filter((kind) => matrix.callers[kind].session).map((kind) => {
      const session = matrix.callers[kind].session!;
      return [kind, { tenant: session.tenant.slug, roles: session.roles, mfa: session.twoFactorVerified }];
    });
    expect(Object.fromEntries(sessions)).toEqual(SESSIONS);
    expect(matrix.callers.CLIENT_ADMIN_WITHOUT_2FA.session!.twoFactorEnrollmentRequired).toBe(true);
    const prisma = matrix.stack().stack.prisma;
    const key = await prisma.apiKey.findUniqueOrThrow({ where: { id: matrix.callers.API_KEY.apiKeyId! } });
    const adeFashion = await prisma.tenant.findUniqueOrThrow({ where: { slug: 'ade-fashion' } });
    expect({ tenantId: key.tenantId, scopes: [...key.scopes].sort() }).toEqual({ tenantId: adeFashion.id, scopes: ['audit:read', 'identity:read'] });
  });
});

/** The live audit feed: allowed callers stay connected and receive their own tenant's events; others are refused. */
async function checkAuditFeed(caller: Caller, allowed: boolean, denial: string) {
  const s = matrix.stack();
  const sub = subscribe(s.wsUrl, caller.ws);
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
      expect(new Set(rows.map((r) => r.tenantId))).toEqual(new Set([caller.tenantId]));
    } else {
      await sub.until(() => sub.errors !== null || sub.ended, 5000);
      expect((sub.errors ?? []).map((e) => e?.extensions?.code ?? String(e?.code ?? e))).toEqual([denial]);
      expect(sub.events).toEqual([]);
    }
  } finally {
    await sub.close();
  }
}
