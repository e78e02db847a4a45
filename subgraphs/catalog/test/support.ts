/**
 * Helpers shared by catalog's tests: fresh tenants and users of our own (so demo data never changes what a
 * test sees), signing them in through the gateway, API keys, service contexts for direct service calls,
 * and the list of catalog's own operations.
 */
import { hashPassword, uuidv7, type Actor, type PrismaClient, type RoleName } from '@webwaka/kit';
import type { TenantKind } from '@webwaka/kit/src/generated/prisma/enums';
import { type TestStack } from '../../../test/support/stack';
import { bearer, gql, type GqlResult } from '../../../test/support/graphql';
import { createApiKey, createUser, login, ok, payload as okPayload } from '../../../test/support/callers';
import { waitFor } from '../../../test/support/wait';
import { apiSchema, ownOperations } from '../../../test/support/operations';
import type { ServiceContext } from '../src/services/context';
import { schema as catalogSchema } from '../src/schema';

export { ok, okPayload, apiSchema };

/** The demo client every test tenant hangs under (prisma/seed: ade-ventures). */
const DEMO_CLIENT_ID = '0193a000-0000-7000-8000-000000000003';

let passwordHashPromise: Promise<string> | null = null;

export interface Tenant {
  id: string;
  slug: string;
}

export interface Person {
  id: string;
  email: string;
  role: RoleName;
  tenant: Tenant;
  headers: Record<string, string>;
  actor: Actor;
}

/** A new tenant of `kind` straight in identity's table (tests only: catalog never reads it). */
export async function makeTenant(prisma: PrismaClient, kind: TenantKind, prefix: string): Promise<Tenant> {
  const id = uuidv7();
  const slug = `${prefix}-${id.slice(-8)}`;
  await prisma.tenant.create({ data: { id, kind, slug, name: `Test ${prefix}`, parentId: DEMO_CLIENT_ID } });
  return { id, slug };
}

/** A new user with `role` in `tenant` (administrators with 2FA unless `twoFactor: false`), signed in through the gateway. */
export async function makePerson(s: TestStack, tenant: Tenant, role: RoleName, opts: { twoFactor?: boolean; name?: string } = {}): Promise<Person> {
  passwordHashPromise ??= hashPassword(s.demo.password);
  const admin = role === 'CLIENT_ADMIN' || role === 'PARTNER_ADMIN' || role === 'SUPER_ADMIN';
  const twoFactor = opts.twoFactor ?? admin;
  const email = `${role.toLowerCase()}-${uuidv7()}@catalog.test`;
  const user = await createUser(s.stack.prisma, {
    email,
    name: opts.name,
    passwordHash: await passwordHashPromise,
    totpSecret: twoFactor ? s.demo.totpSecret : undefined,
    memberships: [{ tenantId: tenant.id, role }],
  });
  const session = await login(s.gatewayUrl, tenant.slug, email, s.demo.password, twoFactor ? s.demo.totpSecret : undefined, s.stack.prisma);
  return {
    id: user.id,
    email,
    role,
    tenant,
    headers: bearer(session.accessToken),
    actor: { kind: 'user', tenantId: tenant.id, userId: user.id, roles: [role], scopes: [], apiKeyId: null, sessionId: null, mfa: session.twoFactorVerified },
  };
}

/** An API key of the tenant with `scopes`, created by one of its administrators. */
export async function makeApiKey(s: TestStack, admin: Person, scopes: string[]): Promise<{ headers: Record<string, string>; actor: Actor }> {
  const created = await createApiKey(s, admin.headers, scopes, 'catalog tests');
  return {
    headers: created.headers,
    actor: { kind: 'apiKey', tenantId: admin.tenant.id, userId: null, roles: [], scopes, apiKeyId: created.id, sessionId: null, mfa: false },
  };
}

/** A service context acting as `actor` (services are called directly, as resolvers would). */
export function serviceCtx(prisma: PrismaClient, actor: Actor): ServiceContext {
  return { prisma, actor, tenantId: actor.tenantId, requestId: uuidv7(), ip: null, eventsRecorded: () => {} };
}

/** Runs a GraphQL document through the gateway as `who` (headers) and returns the result. */
export const call = (s: TestStack, who: { headers: Record<string, string> }, query: string, variables: Record<string, unknown> = {}): Promise<GqlResult> =>
  gql(s.gatewayUrl, query, variables, who.headers);

/** The payload of a mutation, whatever its userErrors. */
export async function payload(s: TestStack, who: { headers: Record<string, string> }, query: string, variables: Record<string, unknown>, field: string) {
  return ok<any>(await call(s, who, query, variables))[field];
}

/** userErrors codes of a payload. */
export const codes = (p: { userErrors: { code: string }[] }) => p.userErrors.map((e) => e.code);

/**
 * Catalog's own operations as `Query.x` / `Mutation.y`: the root fields of the catalog subgraph schema
 * (federation's `_entities`/`_service` aside) that the API schema serves, minus pricing's (OWNED_BY_PRICING),
 * whose tests cover them.
 */
/** Catalog's operations in the API schema (its subgraph's root fields), minus `exclude`. */
export const catalogOperations = (exclude: readonly string[] = []): string[] => ownOperations(catalogSchema, { exclude });

/** Waits until `check` returns something truthy (outbox deliveries are asynchronous); returns the last value. */
export const eventually = waitFor;

/** A complete, valid vendor application for a business called `name`. */
export const vendorApplication = (name: string) => ({
  businessName: name,
  legalName: `${name} Ltd`,
  tin: '12345678-0001',
  email: `hello-${uuidv7()}@vendor.example.ng`,
  phone: '+2348031234567',
  address: '1 Marina, Lagos Island',
});

/** A VENDOR-role user who applied (service call) and whose vendor account `admin` approved. */
export async function makeVendor(s: TestStack, tenant: Tenant, admin: Person, name: string, opts: { approve?: boolean } = {}) {
  const { applyAsVendor, approveVendor } = await import('../src/services/vendors');
  const person = await makePerson(s, tenant, 'VENDOR');
  let vendor = await applyAsVendor(serviceCtx(s.stack.prisma, person.actor), vendorApplication(name));
  if (opts.approve !== false) vendor = await approveVendor(serviceCtx(s.stack.prisma, admin.actor), vendor.id);
  return { person, vendor };
}

export const PRODUCT_FIELDS = 'id title slug status description attributes seoTitle seoDescription vendor { id name } category { id } variants { id sku title barcode options position } media { url alt position }';
export const CREATE_PRODUCT = `mutation ($input: CreateProductInput!) { createProduct(input: $input) { product { ${PRODUCT_FIELDS} } userErrors { code field message } } }`;

/** A minimal valid product input with one variant per SKU. */
export const productInput = (title: string, skus: string[], over: Record<string, unknown> = {}) => ({
  title,
  variants: skus.map((sku) => ({ sku })),
  ...over,
});
