/**
 * Helpers for the point of sale's tests: the whole graph with a till registered and paired at a shop,
 * cashiers, and sales built the way a till builds them (the same arithmetic the server checks).
 */
import { uuidv7, type PrismaClient } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import { startStack, type TestStack } from '../../../test/support/stack';
import { apiKey, payload, signIn, tenantId, userErrorCodes } from '../../../test/support/callers';
import { lineTotals } from '../src/services/sale-math';
import type { Tender } from '../src/services/events';

export { apiKey, payload, signIn, tenantId, userErrorCodes };

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

/** A variant of the shop with its POS price, as the till reads it. */
export interface Priced {
  variantId: string;
  sku: string;
  title: string;
  unitPrice: bigint;
  taxInclusive: boolean;
  taxRateBps: number;
}

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

/** A till's event sequence: numbers events 1, 2, 3... and makes their ids. */
export class TillEvents {
  sequence = 0;
  constructor(public currency = 'NGN') {}

  private next(type: string, sessionId: string, cashierId: string | null, extra: object, occurredAt = new Date()) {
    return { clientId: uuidv7(), sequence: ++this.sequence, type, occurredAt: occurredAt.toISOString(), cashierId, sessionId, ...extra };
  }

  open(sessionId: string, cashierId: string, openingFloat: bigint) {
    return this.next('SESSION_OPENED', sessionId, cashierId, { currency: this.currency, openingFloat: openingFloat.toString() });
  }
  cash(sessionId: string, cashierId: string, kind: 'PAY_IN' | 'PAY_OUT', amount: bigint, reason: string) {
    return this.next('CASH_MOVED', sessionId, cashierId, { cashMovement: { kind, amount: amount.toString(), reason } });
  }
  close(sessionId: string, cashierId: string, countedCash: bigint) {
    return this.next('SESSION_CLOSED', sessionId, cashierId, { countedCash: countedCash.toString() });
  }

  /** A sale priced as the till prices it; `pay` splits the total over tenders (cash may be more: change). */
  sale(sessionId: string, cashierId: string, lines: { item: Priced; quantity: number; discount?: bigint }[], pay: (total: bigint) => { tender: Tender; amount: bigint; reference?: string }[], extra: { approvedById?: string; customerUserId?: string } = {}) {
    const { taxInclusive, taxRateBps } = lines[0].item;
    const built = lines.map(({ item, quantity, discount = 0n }) => {
      const t = lineTotals({ unitPrice: item.unitPrice, quantity, discount }, taxInclusive, taxRateBps);
      return { variantId: item.variantId, sku: item.sku, title: item.title, quantity, unitPrice: item.unitPrice, discount, tax: t.tax, total: t.total };
    });
    const total = built.reduce((a, l) => a + l.total, 0n);
    const tax = built.reduce((a, l) => a + l.tax, 0n);
    const tenders = pay(total);
    const paid = tenders.reduce((a, t) => a + t.amount, 0n);
    const str = (l: (typeof built)[number]) => ({ ...l, unitPrice: l.unitPrice.toString(), discount: l.discount.toString(), tax: l.tax.toString(), total: l.total.toString() });
    return {
      event: this.next('SALE', sessionId, cashierId, {
        currency: this.currency,
        sale: {
          receiptCode: receiptCode(),
          taxInclusive,
          taxRateBps,
          lines: built.map(str),
          discount: built.reduce((a, l) => a + l.discount, 0n).toString(),
          subtotal: (total - tax).toString(),
          tax: tax.toString(),
          total: total.toString(),
          tenders: tenders.map((t) => ({ ...t, amount: t.amount.toString() })),
          change: (paid - total).toString(),
          ...extra,
        },
      }),
      total,
      tax,
      cashIn: tenders.filter((t) => t.tender === 'CASH').reduce((a, t) => a + t.amount, 0n) - (paid - total),
    };
  }

  return(sessionId: string, cashierId: string, sale: { clientId: string }, lines: { item: Priced; quantity: number; amount: bigint; tax: bigint; restock: boolean }[], tender: Tender, approvedById?: string) {
    const total = lines.reduce((a, l) => a + l.amount, 0n);
    return this.next('RETURN', sessionId, cashierId, {
      currency: this.currency,
      return: {
        receiptCode: receiptCode(),
        returnOfSaleId: sale.clientId,
        lines: lines.map((l) => ({ variantId: l.item.variantId, sku: l.item.sku, title: l.item.title, quantity: l.quantity, amount: l.amount.toString(), tax: l.tax.toString(), restock: l.restock })),
        tenders: [{ tender, amount: total.toString() }],
        approvedById,
      },
    });
  }
}

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const receiptCode = () => Array.from({ length: 10 }, () => B32[Math.floor(Math.random() * 32)]).join('');

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
