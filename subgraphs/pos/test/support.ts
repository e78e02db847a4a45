/**
 * Helpers for the point of sale's tests: the whole graph with a till registered and paired at a shop,
 * cashiers, and sales built the way a till builds them (the same arithmetic the server checks).
 */
import type { PrismaClient } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import { startStack, type TestStack } from '../../../test/support/stack';
import { apiKey, payload, signIn, tenantId, userErrorCodes } from '../../../test/support/callers';
import type { Priced } from './till-events';

export { apiKey, payload, signIn, tenantId, userErrorCodes };
export { TillEvents, receiptCode, type Priced } from './till-events';

export const SHOP = 'ade-fashion';

export async function startPosStack(opts: { demoProducts?: number } = {}): Promise<TestStack> {
  return startStack({ demoProducts: opts.demoProducts ?? 20 });
}

/** The shop's first stock location (the demo seed's warehouse). */
export async function shopLocation(prisma: PrismaClient, slug = SHOP): Promise<string> {
  return (await prisma.location.findFirstOrThrow({ where: { tenantId: await tenantId(prisma, slug), active: true }, orderBy: { createdAt: 'asc' } })).id;
}

const REGISTER = `mutation ($input: RegisterPosDeviceInput!) { registerPosDevice(input: $input) { device { id number status receiptPrefix } pairingCode userErrors { code message field } } }`;
const PAIR = `mutation ($code: String!) { pairPosDevice(code: $code) { deviceKey device { id status } userErrors { code message field } } }`;
const SAVE_CASHIER = `mutation ($input: SavePosCashierInput!) { savePosCashier(input: $input) { cashier { id name role discountLimitBps } userErrors { code message field } } }`;
export const SYNC = `mutation ($events: [PosEventInput!]!) { syncPosBatch(events: $events) { results { clientId sequence status } lastSequence userErrors { code message field } } }`;

/** Registers a till (as a shop administrator) and pairs it (anonymously, as the till would): its key's headers. */
export async function registerTill(s: TestStack, admin: Record<string, string>, opts: { slug?: string; name?: string; locationId?: string } = {}) {
  const slug = opts.slug ?? SHOP;
  const registered = payload(await gql(s.gatewayUrl, REGISTER, { input: { name: opts.name ?? 'Front counter', locationId: opts.locationId ?? (await shopLocation(s.stack.prisma, slug)) } }, admin), 'registerPosDevice');
  const paired = payload(await gql(s.gatewayUrl, PAIR, { code: registered.pairingCode }, { 'x-tenant': slug }), 'pairPosDevice');
  return { deviceId: registered.device.id as string, number: registered.device.number as number, key: paired.deviceKey as string, headers: { 'x-api-key': paired.deviceKey as string }, pairingCode: registered.pairingCode as string };
}

export async function addCashier(s: TestStack, admin: Record<string, string>, input: { name: string; role?: 'CASHIER' | 'SUPERVISOR'; pin: string; discountLimitBps?: number }): Promise<string> {
  const r = payload(await gql(s.gatewayUrl, SAVE_CASHIER, { input: { role: 'CASHIER', discountLimitBps: 0, ...input } }, admin), 'savePosCashier');
  return r.cashier.id;
}

/** Sends events as a till: the raw result. */
export const sync = (s: TestStack, till: { headers: Record<string, string> }, events: object[]) => gql(s.gatewayUrl, SYNC, { events }, till.headers);

export async function pricedVariants(s: TestStack, till: { headers: Record<string, string> }, count: number): Promise<Priced[]> {
  const r = await gql(
    s.gatewayUrl,
    `query { products(first: 20) { edges { node { title variants { id sku price(context: { currency: "NGN", channel: POS }) { unit { amount } taxInclusive taxRateBps } } } } } }`,
    {},
    till.headers,
  );
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  const out: Priced[] = [];
  for (const { node } of r.data.products.edges) {
    for (const v of node.variants) {
      if (v.price && out.length < count) out.push({ variantId: v.id, sku: v.sku, title: node.title, unitPrice: BigInt(v.price.unit.amount), taxInclusive: v.price.taxInclusive, taxRateBps: v.price.taxRateBps });
    }
  }
  if (out.length < count) throw new Error(`only ${out.length} priced variants`);
  return out;
}

/** Waits until `check` holds (outbox consumers run on their own schedule). */
export async function eventually<T>(read: () => Promise<T>, check: (v: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (check(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out; last value ${JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x))}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
