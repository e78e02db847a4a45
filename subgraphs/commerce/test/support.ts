/**
 * Helpers for commerce's tests: a stack with the demo commerce settings, products with exact prices and
 * stock made straight in catalog's and inventory's tables, shoppers' calls through the gateway (cart,
 * checkout, the sandbox payment page), service contexts for calling services directly, and readers of the
 * outbox events commerce records.
 */
import { randomUUID } from 'node:crypto';
import { anonymousActor, Peers, TOPICS, uuidv7, type Actor, type PrismaClient, type RoleName } from '@webwaka/kit';
import { seedCommerce } from '../../../test/support/demo';
import { gql, type GqlResult } from '../../../test/support/graphql';
import { startStack, type TestStack } from '../../../test/support/stack';
import type { ServiceContext } from '../src/services/context';
import { signIn, apiKey, payload, tenantId } from '../../../test/support/callers';
import { decideOnSandboxPage } from '../../../test/support/sandbox';
import { waitFor } from '../../../test/support/wait';

// Shared helpers (test/support/), re-exported so this capability's tests import from one place.
export { signIn, apiKey, payload, tenantId, decideOnSandboxPage, waitFor };

export async function startCommerceStack(): Promise<TestStack> {
  const s = await startStack();
  await seedCommerce(s.stack.prisma);
  return s;
}

/** A service context acting as the given actor (an administrator with 2FA by default). */
export function serviceContext(s: TestStack, tenant: string, actor: Partial<Actor> = {}): ServiceContext {
  return {
    prisma: s.stack.prisma,
    tenantId: tenant,
    actor: { ...anonymousActor(tenant), kind: 'user', userId: uuidv7(), roles: ['CLIENT_ADMIN'] as RoleName[], mfa: true, ...actor } as Actor,
    requestId: `test-${uuidv7()}`,
    ip: '10.0.0.1',
    peers: new Peers({ ...s.stack.subgraphs }),
    eventsRecorded: () => {},
  };
}

export interface TestProduct {
  productId: string;
  variantId: string;
  sku: string;
  vendorId: string;
  locationId: string;
}

/**
 * A product with one variant at an exact base price (kobo) and exact stock at the tenant's MAIN location;
 * in the marketplace, listed at `commissionBps` and sold by `vendorSlug` (default the first vendor).
 */
export async function makeProduct(prisma: PrismaClient, tenant: string, opts: { price: bigint; stock: number; vendorSlug?: string; commissionBps?: number }): Promise<TestProduct> {
  const vendor = await prisma.vendor.findFirstOrThrow({ where: { tenantId: tenant, status: 'APPROVED', ...(opts.vendorSlug ? { slug: opts.vendorSlug } : {}) }, orderBy: { slug: 'asc' } });
  const productId = uuidv7();
  const variantId = uuidv7();
  const sku = `C-${randomUUID().slice(0, 8).toUpperCase()}`;
  await prisma.product.create({ data: { id: productId, tenantId: tenant, vendorId: vendor.id, title: `Test product ${sku}`, slug: sku.toLowerCase(), status: 'ACTIVE' } });
  await prisma.productVariant.create({ data: { id: variantId, tenantId: tenant, productId, sku, title: 'Default' } });
  await prisma.price.create({ data: { id: uuidv7(), tenantId: tenant, variantId, currency: 'NGN', amount: opts.price } });
  if (opts.commissionBps !== undefined) {
    await prisma.marketplaceListing.create({ data: { id: uuidv7(), tenantId: tenant, productId, vendorId: vendor.id, commissionBps: opts.commissionBps } });
  }
  await prisma.inventoryItem.create({ data: { variantId, tenantId: tenant, productId, sku } });
  const location = await prisma.location.findFirstOrThrow({ where: { tenantId: tenant, code: 'MAIN' } });
  await prisma.stockLevel.create({ data: { id: uuidv7(), tenantId: tenant, variantId, locationId: location.id, onHand: opts.stock } });
  return { productId, variantId, sku, vendorId: vendor.id, locationId: location.id };
}

export const stockOf = (prisma: PrismaClient, variantId: string) => prisma.stockLevel.findFirstOrThrow({ where: { variantId } });

export const LAGOS = { name: 'Ada Obi', line1: '12 Admiralty Way', city: 'Lekki', region: 'Lagos', country: 'NG', phone: '+2348030000000' };
export const KANO = { name: 'Musa Bello', line1: '4 Bompai Road', city: 'Kano', region: 'Kano', country: 'NG' };

const CART_FIELDS = 'id token status lines { variantId quantity }';
const ORDER_FIELDS = 'id number status total { amount } subtotal { amount } shipping { amount } tax { amount } vendorOrders { id vendorId subtotal { amount } shipping { amount } tax { amount } commissionBps commission { amount } } lines { id variantId quantity sku stockStatus }';
export const CHECKOUT = `mutation ($i: CheckoutInput!) { checkout(input: $i) { order { ${ORDER_FIELDS} } payment { reference status authorizationUrl } userErrors { code message field } } }`;

/** A guest cart holding the given lines (through the gateway). */
export async function guestCart(s: TestStack, tenantSlug: string, lines: { variantId: string; quantity: number }[], origin: { visitorId?: string; referralCode?: string } = {}): Promise<string> {
  let token: string | null = null;
  for (const l of lines) {
    const r: GqlResult = await gql(s.gatewayUrl, `mutation ($i: AddCartLineInput!) { addCartLine(input: $i) { cart { ${CART_FIELDS} } userErrors { code message } } }`, { i: { cartToken: token, ...l, ...origin } }, { 'x-tenant': tenantSlug });
    token = payload(r, 'addCartLine').cart.token;
  }
  return token!;
}

export function checkoutInput(cartToken: string, extra: Record<string, unknown> = {}) {
  return { cartToken, idempotencyKey: uuidv7(), email: 'shopper@example.com', shippingAddress: LAGOS, shippingMethod: 'STANDARD', ...extra };
}

export const checkout = (s: TestStack, tenantSlug: string, input: Record<string, unknown>, headers: Record<string, string> = {}) =>
  gql(s.gatewayUrl, CHECKOUT, { i: input }, { 'x-tenant': tenantSlug, ...headers });

/** Outbox events commerce wrote for an order, by topic. */
export async function orderEvents(prisma: PrismaClient, orderId: string) {
  const rows = await prisma.outboxEvent.findMany({ where: { OR: [{ topic: { startsWith: 'commerce.' } }, { topic: TOPICS.LEDGER_POSTING_REQUESTED }] }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  return rows.filter((r) => {
    const p = r.payload as any;
    return p.orderId === orderId || p.reference?.id === orderId || p.reversesIdempotencyKey === `order-paid:${orderId}`;
  });
}
