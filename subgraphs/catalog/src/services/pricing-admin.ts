/**
 * Setting prices (base, sale, quantity tier, price lists) with validation, and reading quotes for many
 * variants at once through the pure engine in ./pricing.
 *
 * Who may write: tenant administrators (with the second factor), staff, API keys with `catalog:write`
 * — any variant of the tenant; a VENDOR — only variants of products whose vendor they own
 * (vendor.ownerUserId). Price lists are tenant-wide (a channel, a customer group), so only the former
 * create or delete them; a vendor may put its own variants' prices on an existing list.
 *
 * Every write runs in one transaction that first locks the variant row (`FOR UPDATE`), so two concurrent
 * "set the base price" calls on PostgreSQL update the same row instead of both inserting one; on PGlite
 * transactions are serialized anyway. Validation happens before anything is written.
 */
import { DomainError, ErrorCode, isUuid, uuidv7, type Actor, type PubSub } from '@webwaka/kit';
import { isManager, requireTenant } from './access';
import type { Price as PriceRecord, PriceList as PriceListRecord } from '@webwaka/kit/src/generated/prisma/client';
import type { ServiceContext, Tx } from './context';
import { price, type PriceContext, type PriceListRow, type PriceResult, type PriceRow, type SalesChannel } from './pricing';
import { catalogSettingsFor } from './settings';

export type { PriceRecord, PriceListRecord };

/** The largest amount a Price row holds (Postgres BIGINT). */
const MAX_AMOUNT = 2n ** 63n - 1n;
const MAX_INT = 2_147_483_647;
const CHANNELS: readonly SalesChannel[] = ['SVM', 'MVM', 'POS'];
const ISO_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
/** Customer group names are identifiers chosen by the tenant (e.g. WHOLESALE, staff-discount). */
const GROUP_RE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;

/** An amount as the API takes it: a decimal string of minor units (kobo), plus an ISO 4217 code. */
export interface AmountInput {
  amount: string | bigint;
  currency: string;
}

/**
 * For every interactive transaction here: price writes are short, but a burst (a bulk import through the
 * API) queues them for a connection — on PGlite all share one — and the default two-second wait would fail
 * writes that only needed to wait their turn.
 */
const TX_OPTIONS = { maxWait: 60_000, timeout: 30_000 } as const;

const bad = (message: string, field: string[]) => new DomainError(ErrorCode.BAD_USER_INPUT, message, field);

export function parseCurrency(currency: unknown, field = ['currency']): string {
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency) || !ISO_CURRENCIES.has(currency)) {
    throw bad(`Not a known ISO 4217 currency code (e.g. NGN): ${String(currency)}`, field);
  }
  return currency;
}

/**
 * Amounts arrive as strings so that "12.5", "-1" or "1e3" reach this check and come back as userErrors,
 * rather than failing in scalar parsing as a request error.
 */
export function parseMoney(input: AmountInput, field: string[] = []): { amount: bigint; currency: string } {
  const raw = typeof input.amount === 'bigint' ? input.amount.toString() : String(input.amount ?? '').trim();
  if (/^-\d+$/.test(raw)) throw bad('Amount must not be negative', [...field, 'amount']);
  if (!/^\d{1,19}$/.test(raw)) throw bad(`Amount must be a whole number of minor units (e.g. "1250000" for ₦12,500.00), got "${raw}"`, [...field, 'amount']);
  const amount = BigInt(raw);
  if (amount > MAX_AMOUNT) throw bad(`Amount must be at most ${MAX_AMOUNT}`, [...field, 'amount']);
  return { amount, currency: parseCurrency(input.currency, [...field, 'currency']) };
}

function parseMinQuantity(q: unknown): number {
  if (typeof q !== 'number' || !Number.isInteger(q) || q < 1 || q > MAX_INT) throw bad('minQuantity must be a whole number of at least 1', ['minQuantity']);
  return q;
}

function parseWindow(startsAt: Date | null | undefined, endsAt: Date | null | undefined, required: boolean) {
  for (const [name, d] of [['startsAt', startsAt], ['endsAt', endsAt]] as const) {
    if (d === null || d === undefined) {
      if (required) throw bad(`${name} is required`, [name]);
    } else if (!(d instanceof Date) || Number.isNaN(d.getTime())) {
      throw bad(`${name} must be a valid date`, [name]);
    }
  }
  if (startsAt && endsAt && startsAt.getTime() >= endsAt.getTime()) throw bad('The window must start before it ends', ['endsAt']);
  return { startsAt: startsAt ?? null, endsAt: endsAt ?? null };
}

/** Administrators (with 2FA), staff and `catalog:write` keys manage every price of the tenant. */
export const managesAllPrices = isManager;

function requireListManager(actor: Actor) {
  if (!managesAllPrices(actor)) throw new DomainError(ErrorCode.FORBIDDEN, 'Only administrators, staff and integrators manage price lists');
}

/**
 * The variant to price, in the caller's tenant (else NOT_FOUND, like an unknown id), that the caller may
 * price (a vendor: its own products only), locked for the rest of the transaction.
 */
async function writableVariant(tx: Tx, ctx: ServiceContext, tenantId: string, variantId: string) {
  const variant = isUuid(variantId)
    ? await tx.productVariant.findFirst({ where: { id: variantId, tenantId }, select: { id: true, product: { select: { vendor: { select: { ownerUserId: true, status: true } } } } } })
    : null;
  if (!variant) throw new DomainError(ErrorCode.NOT_FOUND, 'No such product variant', ['variantId']);
  assertMayPrice(ctx.actor, variant.product.vendor);
  await tx.$queryRaw`SELECT 1 FROM "catalog"."ProductVariant" WHERE "id" = ${variantId}::uuid FOR UPDATE`;
  return variant;
}

/** Managers price anything; a VENDOR user only products of an approved vendor they own. */
function assertMayPrice(actor: Actor, vendor: { ownerUserId: string | null; status: string }) {
  if (managesAllPrices(actor)) return;
  const owns = actor.kind === 'user' && actor.roles.includes('VENDOR') && !!actor.userId && vendor.ownerUserId === actor.userId;
  if (!owns) throw new DomainError(ErrorCode.FORBIDDEN, "You may only price your own vendor's products");
  if (vendor.status !== 'APPROVED') throw new DomainError(ErrorCode.FORBIDDEN, `Your vendor account is ${vendor.status.toLowerCase()}; only approved vendors can sell`);
}

/**
 * Sets the amount of the one row identified by `where` (variant, currency, list, minQuantity, window),
 * creating it if absent: "set" is idempotent, and a row's id survives a price change.
 */
async function upsertRow(
  tx: Tx,
  data: { tenantId: string; variantId: string; priceListId: string | null; currency: string; amount: bigint; minQuantity: number; startsAt: Date | null; endsAt: Date | null },
) {
  const { amount, ...key } = data;
  const existing = await tx.price.findFirst({ where: key, orderBy: { id: 'asc' } });
  if (existing) return tx.price.update({ where: { id: existing.id }, data: { amount } });
  return tx.price.create({ data: { id: uuidv7(), ...data } });
}

async function setVariantPrice(
  ctx: ServiceContext,
  variantId: string,
  money: AmountInput,
  opts: { minQuantity?: number; startsAt?: Date | null; endsAt?: Date | null; windowRequired?: boolean },
): Promise<PriceRecord> {
  const tenantId = requireTenant(ctx);
  const { amount, currency } = parseMoney(money);
  const minQuantity = parseMinQuantity(opts.minQuantity ?? 1);
  const window = opts.windowRequired ? parseWindow(opts.startsAt, opts.endsAt, true) : { startsAt: null, endsAt: null };
  return ctx.prisma.$transaction(async (tx) => {
    await writableVariant(tx, ctx, tenantId, variantId);
    return upsertRow(tx, { tenantId, variantId, priceListId: null, currency, amount, minQuantity, ...window });
  }, TX_OPTIONS);
}

/** The regular price of one unit in a currency (replaces the previous base price in that currency). */
export const setBasePrice = (ctx: ServiceContext, variantId: string, money: AmountInput) => setVariantPrice(ctx, variantId, money, {});

/**
 * A sale in [startsAt, endsAt): applies to everyone while it is lower than the regular price. Setting a
 * sale with the same window again changes its amount; other windows are separate sales.
 */
export const setSalePrice = (ctx: ServiceContext, variantId: string, money: AmountInput, startsAt: Date, endsAt: Date) =>
  setVariantPrice(ctx, variantId, money, { startsAt, endsAt, windowRequired: true });

/** A volume price: the unit price from `minQuantity` units on (1 is the base price). */
export const setTierPrice = (ctx: ServiceContext, variantId: string, money: AmountInput, minQuantity: number) => setVariantPrice(ctx, variantId, money, { minQuantity });

export interface CreatePriceListInput {
  name: string;
  currency: string;
  channel?: SalesChannel | null;
  customerGroup?: string | null;
  priority?: number | null;
  startsAt?: Date | null;
  endsAt?: Date | null;
}

export async function createPriceList(ctx: ServiceContext, input: CreatePriceListInput): Promise<PriceListRecord> {
  const tenantId = requireTenant(ctx);
  requireListManager(ctx.actor);
  const name = (input.name ?? '').trim();
  if (name.length < 1 || name.length > 80) throw bad('Name must be 1 to 80 characters', ['name']);
  const currency = parseCurrency(input.currency);
  const channel = input.channel ?? null;
  if (channel !== null && !CHANNELS.includes(channel)) throw bad(`Channel must be one of ${CHANNELS.join(', ')}`, ['channel']);
  const customerGroup = input.customerGroup ?? null;
  if (customerGroup !== null && !GROUP_RE.test(customerGroup)) throw bad('Customer group must be 1 to 40 letters, digits, - or _', ['customerGroup']);
  const priority = input.priority ?? 0;
  if (!Number.isInteger(priority) || Math.abs(priority) > 1_000_000) throw bad('Priority must be a whole number from -1000000 to 1000000', ['priority']);
  const window = parseWindow(input.startsAt, input.endsAt, false);
  return ctx.prisma.priceList.create({ data: { id: uuidv7(), tenantId, name, currency, channel, customerGroup, priority, ...window } });
}

/** A list and its prices; only list managers. */
export async function removePriceList(ctx: ServiceContext, listId: string): Promise<PriceListRecord> {
  const tenantId = requireTenant(ctx);
  requireListManager(ctx.actor);
  const list = isUuid(listId) ? await ctx.prisma.priceList.findFirst({ where: { id: listId, tenantId } }) : null;
  if (!list) throw new DomainError(ErrorCode.NOT_FOUND, 'No such price list', ['listId']);
  // The list's prices go with it (ON DELETE CASCADE).
  await ctx.prisma.priceList.delete({ where: { id: list.id } });
  return list;
}

/** The variant's price on a list (in the list's currency), from `minQuantity` units (default 1). */
export async function setListPrice(ctx: ServiceContext, listId: string, variantId: string, money: AmountInput, minQuantity = 1): Promise<PriceRecord> {
  const tenantId = requireTenant(ctx);
  const { amount, currency } = parseMoney(money);
  const minQ = parseMinQuantity(minQuantity);
  return ctx.prisma.$transaction(async (tx) => {
    const list = isUuid(listId) ? await tx.priceList.findFirst({ where: { id: listId, tenantId } }) : null;
    if (!list) throw new DomainError(ErrorCode.NOT_FOUND, 'No such price list', ['listId']);
    await writableVariant(tx, ctx, tenantId, variantId);
    if (list.currency !== currency) throw bad(`This list prices in ${list.currency}`, ['currency']);
    return upsertRow(tx, { tenantId, variantId, priceListId: list.id, currency, amount, minQuantity: minQ, startsAt: null, endsAt: null });
  }, TX_OPTIONS);
}

/** Removes one price row (base, sale, tier or list price) of a variant the caller may price. */
export async function removePrice(ctx: ServiceContext, id: string): Promise<PriceRecord> {
  const tenantId = requireTenant(ctx);
  return ctx.prisma.$transaction(async (tx) => {
    const row = isUuid(id) ? await tx.price.findFirst({ where: { id, tenantId } }) : null;
    if (!row) throw new DomainError(ErrorCode.NOT_FOUND, 'No such price', ['id']);
    await writableVariant(tx, ctx, tenantId, row.variantId);
    await tx.price.delete({ where: { id: row.id } });
    return row;
  }, TX_OPTIONS);
}

/** One quote request: a variant in a context (`at` defaults to now). */
export interface QuoteRequest {
  variantId: string;
  context: Omit<PriceContext, 'at'> & { at?: Date };
}

const PRICE_SELECT = { id: true, variantId: true, priceListId: true, currency: true, amount: true, minQuantity: true, startsAt: true, endsAt: true } as const;
const LIST_SELECT = { id: true, channel: true, customerGroup: true, currency: true, priority: true, startsAt: true, endsAt: true } as const;

/**
 * Quotes for many (variant, context) pairs in three queries whatever their number: the price rows of
 * every variant in every requested currency, the lists those rows name, and the tenant's tax settings.
 * Unknown, foreign or malformed variant ids get a NO_PRICE result, like a variant without prices.
 */
export async function quoteMany(ctx: Pick<ServiceContext, 'prisma' | 'tenantId'> & { pubsub?: PubSub }, requests: QuoteRequest[], now = new Date()): Promise<PriceResult[]> {
  const tenantId = requireTenant(ctx);
  if (requests.length === 0) return [];
  const variantIds = [...new Set(requests.map((r) => r.variantId).filter(isUuid))];
  const currencies = [...new Set(requests.map((r) => r.context.currency))];
  const rows: PriceRow[] = variantIds.length
    ? await ctx.prisma.price.findMany({ where: { tenantId, variantId: { in: variantIds }, currency: { in: currencies } }, select: PRICE_SELECT })
    : [];
  const listIds = [...new Set(rows.map((r) => r.priceListId).filter((id): id is string => id !== null))];
  const lists: PriceListRow[] = listIds.length ? await ctx.prisma.priceList.findMany({ where: { tenantId, id: { in: listIds } }, select: LIST_SELECT }) : [];
  const settings = await catalogSettingsFor(ctx, tenantId);
  const byVariant = new Map<string, PriceRow[]>();
  for (const r of rows) byVariant.set(r.variantId, [...(byVariant.get(r.variantId) ?? []), r]);
  return requests.map((r) => price(byVariant.get(r.variantId) ?? [], lists, settings, { ...r.context, at: r.context.at ?? now }));
}

/** Quotes for many variants in one context, keyed by variant id (the loader behind `ProductVariant.price`). */
export async function priceFor(
  ctx: Pick<ServiceContext, 'prisma' | 'tenantId'>,
  variantIds: string[],
  context: QuoteRequest['context'],
): Promise<Map<string, PriceResult>> {
  const results = await quoteMany(ctx, variantIds.map((variantId) => ({ variantId, context })));
  return new Map(variantIds.map((id, i) => [id, results[i]]));
}
