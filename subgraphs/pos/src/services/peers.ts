/**
 * The point of sale's synchronous calls to other subgraphs, each as a service actor holding only what it
 * needs: identity issues and revokes tills' keys, inventory names the locations a till may stand in,
 * catalog quotes today's POS prices (to show what changed while a till was offline).
 */
import { callPeer, DEVICE_KEY_SCOPES } from '@webwaka/kit';
import type { ServiceContext } from './context';
import type { CouponRule } from './sale-math';

type Ctx = Pick<ServiceContext, 'peers' | 'requestId'>;

/** A new identity API key for a till (shown to the till once): the key and its id. */
export async function issueDeviceKey(ctx: Ctx, tenantId: string, name: string, createdById: string): Promise<{ apiKeyId: string; key: string }> {
  const data = await callPeer<{ issueDeviceKey: { apiKeyId: string; key: string } }>(
    ctx.peers,
    'identity',
    `mutation ($input: IssueDeviceKeyInput!) { issueDeviceKey(input: $input) { apiKeyId key } }`,
    { input: { name, createdById, scopes: DEVICE_KEY_SCOPES } },
    { tenantId, service: 'pos', scopes: ['identity:device-keys'], requestId: ctx.requestId },
  );
  return data.issueDeviceKey;
}

/** Revokes a till's key: every gateway forgets it at once (identity announces the revocation). */
export async function revokeDeviceKey(ctx: Ctx, tenantId: string, apiKeyId: string): Promise<void> {
  await callPeer(ctx.peers, 'identity', `mutation ($id: ID!) { revokeDeviceKey(apiKeyId: $id) }`, { id: apiKeyId }, { tenantId, service: 'pos', scopes: ['identity:device-keys'], requestId: ctx.requestId });
}

/** The tenant's stock locations, its first hundred (a till is registered to one of its active ones). */
export async function tenantLocations(ctx: Ctx, tenantId: string): Promise<{ id: string; name: string; active: boolean }[]> {
  const data = await callPeer<{ locations: { edges: { node: { id: string; name: string; active: boolean } }[] } }>(
    ctx.peers,
    'inventory',
    `query { locations(first: 100) { edges { node { id name active } } } }`,
    {},
    { tenantId, service: 'pos', scopes: ['inventory:read'], requestId: ctx.requestId },
  );
  return data.locations.edges.map((e) => e.node);
}

export interface QuotedLine {
  variantId: string;
  sellable: boolean;
  productId: string | null;
  categoryId: string | null;
  vendorId: string | null;
  vendorName: string | null;
  unit: string | null;
  taxInclusive: boolean | null;
  taxRateBps: number | null;
}

const QUOTE_CHUNK = 100;

/** Catalog's POS price of one unit of each variant now (its @inaccessible `checkoutQuote`), by variant id. */
export async function quotePosPrices(ctx: Ctx, tenantId: string, currency: string, variantIds: string[]): Promise<Map<string, QuotedLine>> {
  const quotes = new Map<string, QuotedLine>();
  for (let i = 0; i < variantIds.length; i += QUOTE_CHUNK) {
    const lines = variantIds.slice(i, i + QUOTE_CHUNK).map((variantId) => ({ variantId, quantity: 1 }));
    const data = await callPeer<{ checkoutQuote: QuotedLine[] }>(
      ctx.peers,
      'catalog',
      `query ($lines: [CheckoutQuoteLineInput!]!, $currency: String!) {
        checkoutQuote(lines: $lines, channel: POS, currency: $currency) { variantId sellable productId categoryId vendorId vendorName unit taxInclusive taxRateBps }
      }`,
      { lines, currency },
      { tenantId, service: 'pos', scopes: ['catalog:read'], requestId: ctx.requestId },
    );
    for (const q of data.checkoutQuote) quotes.set(q.variantId, q);
  }
  return quotes;
}

export interface ShopCustomer {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
}

/**
 * A CUSTOMER member of the shop by exact e-mail or by phone (identity's service-only `customerByEmail` and
 * `customerByPhone`, which reads Nigerian local forms as E.164), or null.
 */
export async function shopCustomer(ctx: Ctx, tenantId: string, by: { email: string } | { phone: string }): Promise<ShopCustomer | null> {
  const field = 'email' in by ? 'customerByEmail' : 'customerByPhone';
  const arg = 'email' in by ? 'email' : 'phone';
  const data = await callPeer<Record<string, ShopCustomer | null>>(
    ctx.peers,
    'identity',
    `query ($v: String!) { ${field}(${arg}: $v) { id name email phone } }`,
    { v: 'email' in by ? by.email : by.phone },
    { tenantId, service: 'pos', scopes: ['identity:customers'], requestId: ctx.requestId },
  );
  return data[field] ?? null;
}

/** A customer's points at the shop and what they are worth (commerce's service-only `posCustomerPoints`, decision 0080). */
export async function customerPoints(ctx: Ctx, tenantId: string, userId: string): Promise<{ enabled: boolean; points: number; value: bigint; currency: string }> {
  const data = await callPeer<{ posCustomerPoints: { enabled: boolean; points: number; value: string; currency: string } }>(
    ctx.peers,
    'commerce',
    `query ($userId: ID!) { posCustomerPoints(userId: $userId) { enabled points value currency } }`,
    { userId },
    { tenantId, service: 'pos', scopes: ['commerce:pos-rewards'], requestId: ctx.requestId },
  );
  return { ...data.posCustomerPoints, value: BigInt(data.posCustomerPoints.value) };
}

/**
 * The rules of the shop's coupons that tills applied (commerce's service-only `posCouponRules`), by id, as
 * they stand, active or not (a sale made offline is checked against the rules, not against today's switch).
 * A coupon that is not the shop's is simply absent.
 */
export async function couponRules(ctx: Ctx, tenantId: string, ids: string[]): Promise<Map<string, CouponRule>> {
  const rules = new Map<string, CouponRule>();
  for (let i = 0; i < ids.length; i += QUOTE_CHUNK) {
    const data = await callPeer<{ posCouponRules: (Omit<CouponRule, 'amount' | 'minimumSpend'> & { id: string; amount: string | null; minimumSpend: string | null })[] }>(
      ctx.peers,
      'commerce',
      `query ($ids: [ID!]!) { posCouponRules(ids: $ids) { id kind percentBps amount currency minimumSpend productIds categoryIds vendorIds startsAt endsAt } }`,
      { ids: ids.slice(i, i + QUOTE_CHUNK) },
      { tenantId, service: 'pos', scopes: ['commerce:pos-coupons'], requestId: ctx.requestId },
    );
    for (const r of data.posCouponRules) {
      rules.set(r.id, { ...r, amount: r.amount === null ? null : BigInt(r.amount), minimumSpend: r.minimumSpend === null ? null : BigInt(r.minimumSpend) });
    }
  }
  return rules;
}
