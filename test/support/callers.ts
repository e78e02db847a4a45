/**
 * Callers every capability's API tests need: demo users signed in through the gateway, API keys, and
 * readers of mutation payloads. One copy here; each capability's test/support.ts re-exports them.
 */
import { totpAt } from '@webwaka/kit';
import { bearer, gql, type GqlResult } from './graphql';
import { forgetUsedTotpCodes, type TestStack } from './stack';

/** Demo users by the part of their e-mail before the @ (prisma/seed/identity.ts). */
export type DemoUser = 'staff' | 'client' | 'customer' | 'vendor' | 'agent';

/** Signs in through the gateway (administrators with their TOTP code) and returns the request headers. */
export async function signIn(s: TestStack, tenantSlug: string, user: DemoUser): Promise<Record<string, string>> {
  const admin = user === 'client';
  // TOTP codes are single-use: a second admin sign-in within the same 30 s step would be refused.
  if (admin) await forgetUsedTotpCodes(s.stack.prisma);
  const r = await gql(s.gatewayUrl, 'mutation ($i: LoginInput!) { login(input: $i) { session { accessToken } userErrors { code message } } }', {
    i: { tenantSlug, email: `${user}@webwaka.test`, password: s.demo.password, ...(admin ? { totpCode: totpAt(s.demo.totpSecret) } : {}) },
  });
  const token = r.data?.login?.session?.accessToken;
  if (!token) throw new Error(`sign-in of ${user} at ${tenantSlug} failed: ${JSON.stringify(r.errors ?? r.data)}`);
  return bearer(token);
}

/** An API key of the tenant with the given scopes, created by its administrator; returns the request headers. */
export async function apiKey(s: TestStack, adminHeaders: Record<string, string>, scopes: string[], name = 'test key'): Promise<Record<string, string>> {
  const r = await gql(s.gatewayUrl, 'mutation ($n: String!, $s: [String!]!) { createApiKey(name: $n, scopes: $s) { key userErrors { code } } }', { n: name, s: scopes }, adminHeaders);
  const key = r.data?.createApiKey?.key;
  if (!key) throw new Error(`createApiKey failed: ${JSON.stringify(r.errors ?? r.data)}`);
  return { 'x-api-key': key };
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
