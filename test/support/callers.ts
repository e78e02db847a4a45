/**
 * Callers every capability's API tests need: demo users and fresh users signed in through the gateway, API
 * keys, and readers of results and mutation payloads. One copy here; each capability's test/support.ts
 * re-exports what its tests use (no capability's tests import another's helpers).
 */
import { encryptSecret, totpAt, uuidv7, type PrismaClient, type RoleName } from '@webwaka/kit';
import { bearer, gql, type GqlResult } from './graphql';
import { forgetUsedTotpCodes, type TestStack } from './stack';

/** Demo users by the part of their e-mail before the @ (prisma/seed/identity.ts). */
export type DemoUser = 'staff' | 'client' | 'customer' | 'vendor' | 'agent' | 'partner' | 'superadmin';

export interface SessionInfo {
  accessToken: string;
  refreshToken: string;
  roles: RoleName[];
  twoFactorVerified: boolean;
  twoFactorEnrollmentRequired: boolean;
  tenant: { id: string; slug: string };
  user: { id: string; email: string };
}

export const SESSION_FIELDS = `session { accessToken refreshToken roles twoFactorVerified twoFactorEnrollmentRequired tenant { id slug } user { id email } } userErrors { code message field }`;

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { ${SESSION_FIELDS} } }`;

/** Raw login result (for tests that expect it to fail). */
export const loginRaw = (url: string, input: { tenantSlug: string; email: string; password: string; totpCode?: string }, headers: Record<string, string> = {}) =>
  gql<{ login: { session: SessionInfo | null; userErrors: { code: string }[] } }>(url, LOGIN, { input }, headers);

/**
 * Signs in (with a TOTP code computed from `totpSecret` when given) and returns the session, or throws.
 * Pass the stack's Prisma client to sign the same administrator in more than once within one TOTP step
 * (codes are single-use).
 */
export async function login(url: string, tenantSlug: string, email: string, password: string, totpSecret?: string, prisma?: PrismaClient): Promise<SessionInfo> {
  if (totpSecret && prisma) await forgetUsedTotpCodes(prisma);
  const r = await loginRaw(url, { tenantSlug, email, password, ...(totpSecret ? { totpCode: totpAt(totpSecret) } : {}) });
  const session = r.data?.login?.session;
  if (!session) throw new Error(`login ${email} @ ${tenantSlug} failed: ${JSON.stringify(r.errors ?? r.data?.login?.userErrors)}`);
  return session;
}

/** The demo administrators' current authenticator code (single-use: see forgetUsedTotpCodes). */
export const totpCode = (s: TestStack): string => totpAt(s.demo.totpSecret);

/** Signs a demo user in at a tenant (administrators with their TOTP code) and returns the session. */
export function signInSession(s: TestStack, tenantSlug: string, user: DemoUser): Promise<SessionInfo> {
  const demo = s.demo.users[user];
  if (!demo) throw new Error(`no demo user ${user}`);
  return login(s.gatewayUrl, tenantSlug, demo.email, s.demo.password, demo.twoFactor ? s.demo.totpSecret : undefined, s.stack.prisma);
}

/** Signs a demo user in through the gateway (administrators with their TOTP code) and returns the request headers. */
export async function signIn(s: TestStack, tenantSlug: string, user: DemoUser): Promise<Record<string, string>> {
  return bearer((await signInSession(s, tenantSlug, user)).accessToken);
}

/**
 * Creates a user directly in the database, with memberships and (optionally) two-factor already on with
 * the given TOTP secret. `passwordHash` is passed in so a test hashes its password once.
 */
export async function createUser(
  prisma: PrismaClient,
  opts: { email: string; name?: string; passwordHash: string; totpSecret?: string; memberships?: { tenantId: string; role: RoleName }[] },
): Promise<{ id: string; email: string; membershipIds: string[] }> {
  const id = uuidv7();
  await prisma.user.create({
    data: {
      id,
      email: opts.email.toLowerCase(),
      name: opts.name ?? opts.email.split('@')[0],
      passwordHash: opts.passwordHash,
      ...(opts.totpSecret ? { totpSecretEnc: encryptSecret(opts.totpSecret), twoFactorEnabledAt: new Date() } : {}),
    },
  });
  const membershipIds: string[] = [];
  for (const m of opts.memberships ?? []) {
    const mid = uuidv7();
    await prisma.membership.create({ data: { id: mid, userId: id, tenantId: m.tenantId, role: m.role } });
    membershipIds.push(mid);
  }
  return { id, email: opts.email.toLowerCase(), membershipIds };
}

/** The id of a tenant by its slug. */
export const tenantId = async (prisma: PrismaClient, slug: string) => (await prisma.tenant.findUniqueOrThrow({ where: { slug } })).id;

/** An API key of the tenant with the given scopes, created by its administrator: the key, its id and the request headers. */
export async function createApiKey(s: TestStack, adminHeaders: Record<string, string>, scopes: string[], name = 'test key'): Promise<{ key: string; id: string; headers: Record<string, string> }> {
  const r = await gql(s.gatewayUrl, 'mutation ($n: String!, $s: [String!]!) { createApiKey(name: $n, scopes: $s) { key apiKey { id } userErrors { code } } }', { n: name, s: scopes }, adminHeaders);
  const created = r.data?.createApiKey;
  if (!created?.key) throw new Error(`createApiKey failed: ${JSON.stringify(r.errors ?? r.data)}`);
  return { key: created.key, id: created.apiKey.id, headers: { 'x-api-key': created.key } };
}

/** An API key of the tenant with the given scopes, created by its administrator; returns the request headers. */
export async function apiKey(s: TestStack, adminHeaders: Record<string, string>, scopes: string[], name = 'test key'): Promise<Record<string, string>> {
  return (await createApiKey(s, adminHeaders, scopes, name)).headers;
}

/** Asserts a GraphQL result has no errors and returns its data. */
export function ok<T = any>(r: GqlResult<T>): T {
  if (r.errors?.length || !r.data) throw new Error(`unexpected GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data;
}

/** Asserts a GraphQL result has no errors and the payload no userErrors; returns the payload. */
export function payload<T = any>(r: GqlResult, field: string): T {
  if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  const p = (r.data as any)[field];
  if (p?.userErrors?.length) throw new Error(`userErrors in ${field}: ${JSON.stringify(p.userErrors)}`);
  return p;
}

/** The userErrors codes of a mutation payload (throws on GraphQL errors). */
export function userErrorCodes(r: GqlResult, field: string): string[] {
  if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return ((r.data as any)[field]?.userErrors ?? []).map((e: { code: string }) => e.code);
}
