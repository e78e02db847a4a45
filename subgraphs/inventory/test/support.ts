/**
 * Helpers for inventory's tests: service contexts for calling services directly, items and locations
 * created straight in the database (catalog's mutations are not needed), callers signed in through the
 * gateway, and readers for the outbox events inventory records.
 */
import { randomUUID } from 'node:crypto';
import { anonymousActor, totpAt, uuidv7, type Actor, type PrismaClient, type RoleName } from '@webwaka/kit';
import { bearer, gql, type GqlResult } from '../../../test/support/graphql';
import { forgetUsedTotpCodes, type TestStack } from '../../../test/support/stack';
import type { ServiceContext } from '../src/services/context';
import { AVAILABILITY_CHANGED, STOCK_CHANGED } from '../src/services/levels';

export const tenantId = async (prisma: PrismaClient, slug: string) => (await prisma.tenant.findUniqueOrThrow({ where: { slug } })).id;

/** A service context acting as a staff member of the tenant (or as the given actor). */
export function serviceContext(prisma: PrismaClient, tenant: string, actor: Partial<Actor> = {}): ServiceContext {
  return {
    prisma,
    tenantId: tenant,
    actor: { ...anonymousActor(tenant), kind: 'user', userId: uuidv7(), roles: ['STAFF'] as RoleName[], ...actor } as Actor,
    requestId: `test-${uuidv7()}`,
    ip: null,
    // The stack's dispatcher polls; nothing to wake from here.
    eventsRecorded: () => {},
  };
}

/** An inventory item as catalog's event would leave it (a fresh variant of a fresh or given product). */
export async function createItem(prisma: PrismaClient, tenant: string, opts: { sku?: string; productId?: string } = {}) {
  return prisma.inventoryItem.create({
    data: { variantId: uuidv7(), tenantId: tenant, productId: opts.productId ?? uuidv7(), sku: opts.sku ?? `T-${randomUUID().slice(0, 8).toUpperCase()}` },
  });
}

export async function createLocation(prisma: PrismaClient, tenant: string, opts: { code?: string; active?: boolean } = {}) {
  return prisma.location.create({
    data: { id: uuidv7(), tenantId: tenant, code: opts.code ?? `L-${randomUUID().slice(0, 8).toUpperCase()}`, name: 'Test location', kind: 'WAREHOUSE', active: opts.active ?? true },
  });
}

/** Signs in through the gateway (admins with their TOTP code) and returns the request headers. */
export async function signIn(s: TestStack, tenantSlug: string, user: 'staff' | 'client' | 'customer' | 'vendor' | 'agent'): Promise<Record<string, string>> {
  const admin = user === 'client';
  if (admin) await forgetUsedTotpCodes(s.stack.prisma);
  const r = await gql(s.gatewayUrl, 'mutation ($i: LoginInput!) { login(input: $i) { session { accessToken } userErrors { code message } } }', {
    i: { tenantSlug, email: `${user}@webwaka.test`, password: s.demo.password, ...(admin ? { totpCode: totpAt(s.demo.totpSecret) } : {}) },
  });
  const token = r.data?.login?.session?.accessToken;
  if (!token) throw new Error(`sign-in of ${user} at ${tenantSlug} failed: ${JSON.stringify(r.errors ?? r.data)}`);
  return bearer(token);
}

/** An API key of the tenant with the given scopes, created by its administrator. */
export async function apiKey(s: TestStack, adminHeaders: Record<string, string>, scopes: string[]): Promise<Record<string, string>> {
  const r = await gql(s.gatewayUrl, 'mutation ($s: [String!]!) { createApiKey(name: "inventory tests", scopes: $s) { key userErrors { code } } }', { s: scopes }, adminHeaders);
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

/** The availability events recorded for a variant, oldest first. */
export async function availabilityEvents(prisma: PrismaClient, variantId: string): Promise<{ tenantId: string; variantId: string; productId: string; available: number }[]> {
  const rows = await prisma.outboxEvent.findMany({ where: { topic: AVAILABILITY_CHANGED }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  return rows.map((r) => r.payload as any).filter((p) => p.variantId === variantId);
}

/** Stock-changed events naming a level. */
export async function stockChangedEvents(prisma: PrismaClient, levelId: string) {
  const rows = await prisma.outboxEvent.findMany({ where: { topic: STOCK_CHANGED }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  return rows.filter((r) => ((r.payload as any).stockLevelIds as string[]).includes(levelId));
}

/**
 * Everything inventory stores about a tenant, for "nothing was written" checks (ordered, comparable).
 * Outbox events included.
 */
export async function tenantState(prisma: PrismaClient, tenant: string) {
  const where = { tenantId: tenant };
  const byId = { orderBy: { id: 'asc' as const } };
  return {
    locations: await prisma.location.findMany({ where, ...byId }),
    items: await prisma.inventoryItem.findMany({ where, orderBy: { variantId: 'asc' } }),
    levels: await prisma.stockLevel.findMany({ where, ...byId }),
    allocations: await prisma.channelAllocation.findMany({ where, ...byId }),
    policies: await prisma.channelPolicy.findMany({ where, orderBy: { channel: 'asc' } }),
    movements: await prisma.stockMovement.count({ where }),
    reservations: await prisma.reservation.findMany({ where, ...byId }),
    transfers: await prisma.transfer.count({ where }),
    conflicts: await prisma.stockConflict.findMany({ where, ...byId }),
    alerts: await prisma.stockAlert.findMany({ where, ...byId }),
    events: await prisma.outboxEvent.count({ where: { ...where, topic: { startsWith: 'inventory.' } } }),
  };
}
