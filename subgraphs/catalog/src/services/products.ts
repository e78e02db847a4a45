/**
 * Products and their variants, media and attributes.
 *
 * Rules:
 * - Slugs are unique per tenant (SLUG_TAKEN for an explicit slug; a slug derived from the title takes the
 *   first free -2, -3... suffix). SKUs are unique per tenant (SKU_TAKEN); the same SKU in two tenants is fine.
 * - Who sells the product: a vendor caller always sells as their own vendor. A manager names `vendorId`
 *   (an APPROVED vendor of the tenant) or leaves it out: then the tenant's single vendor is used, created
 *   on first use — how a store (SVM) is its own vendor. A tenant with several vendors (a marketplace) must
 *   name one. A vendor caller cannot touch another vendor's product: FORBIDDEN if they can see it (active),
 *   NOT_FOUND if they cannot.
 * - Every variant created, and every SKU change, records `catalog.variant.upserted` { variantId, tenantId,
 *   productId, sku, vendorId, vendorOwnerUserId } in the same transaction (inventory keeps its items from
 *   it, and shows a vendor only its own variants' stock: decision 0026).
 * - Bad input is refused before anything is written; the writes of one call share one transaction.
 */
import { DomainError, ErrorCode, isUniqueViolation, isUuid, recordEvent, TOPICS, uuidv7, type Peers, type Prisma, type VariantUpsertedPayload } from '@webwaka/kit';
import type { ProductStatus } from '@webwaka/kit/src/generated/prisma/enums';
import { uploadedMediaUrl } from './media';
import type { Product as ProductRow, ProductVariant as VariantRow, ProductMedia as MediaRow } from '@webwaka/kit/src/generated/prisma/client';
import { firstFreeSlug, httpsUrl, requireTenant, slugFrom, text, writerAccess, type WriterAccess } from './access';
import type { ServiceContext, Tx } from './context';
import { isMarketplace, listOnPublish } from './marketplace';
import { singleVendorIn } from './vendors';

export type { ProductRow, VariantRow, MediaRow, ProductStatus };

export const MAX_VARIANTS = 100;
const MAX_MEDIA = 50;
const SKU_RE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;
const BARCODE_RE = /^[A-Za-z0-9-]{1,64}$/;
const CURRENCY_RE = /^[A-Z]{3}$/;
const MAX_AMOUNT = 2n ** 63n - 1n;
const STATUSES: readonly ProductStatus[] = ['DRAFT', 'ACTIVE', 'ARCHIVED'];
/** Name of the store's own vendor when the first product creates it and no name was given. */
export const DEFAULT_STORE_VENDOR_NAME = 'Store';

export interface BasePriceInput {
  amount: bigint | number | string;
  currency: string;
}
export interface VariantInput {
  sku: string;
  title?: string | null;
  barcode?: string | null;
  options?: unknown;
  position?: number | null;
  /** The variant's base price per currency (no price list, quantity 1, no window); pricing manages the rest. */
  basePrices?: BasePriceInput[] | null;
  /** Packed weight and box size (decision 0091): a carrier quotes delivery from them; omitted: unknown. */
  weightGrams?: number | null;
  lengthMm?: number | null;
  widthMm?: number | null;
  heightMm?: number | null;
}
export interface MediaInput {
  url: string;
  alt?: string | null;
  position?: number | null;
}
export interface CreateProductInput {
  title: string;
  slug?: string | null;
  description?: string | null;
  categoryId?: string | null;
  vendorId?: string | null;
  status?: ProductStatus | null;
  attributes?: unknown;
  seoTitle?: string | null;
  seoDescription?: string | null;
  variants: VariantInput[];
  media?: MediaInput[] | null;
}
export interface UpdateProductInput {
  title?: string | null;
  slug?: string | null;
  description?: string | null;
  /** null clears the category; absent leaves it. */
  categoryId?: string | null;
  attributes?: unknown;
  seoTitle?: string | null;
  seoDescription?: string | null;
}
export interface UpdateVariantInput {
  sku?: string | null;
  title?: string | null;
  barcode?: string | null;
  options?: unknown;
  position?: number | null;
  /** null clears it (unknown); absent leaves it. */
  weightGrams?: number | null;
  lengthMm?: number | null;
  widthMm?: number | null;
  heightMm?: number | null;
}

// ---------------------------------------------------------------------------------------------------
// Validation (pure)
// ---------------------------------------------------------------------------------------------------

const bad = (message: string, field: string[]) => new DomainError(ErrorCode.BAD_USER_INPUT, message, field);
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Filterable attributes: { name: "value" | ["value", ...] }, names and values trimmed and non-empty. */
export function validateAttributes(v: unknown, field = ['attributes']): Record<string, string | string[]> {
  if (v === undefined || v === null) return {};
  if (!isPlainObject(v)) throw bad('Attributes are an object of name -> value or list of values', field);
  const entries = Object.entries(v);
  if (entries.length > 50) throw bad('At most 50 attributes', field);
  const out: Record<string, string | string[]> = {};
  for (const [rawName, value] of entries) {
    const name = rawName.trim();
    if (!name || name.length > 60) throw bad('Attribute names are 1 to 60 characters', field);
    const one = (x: unknown) => {
      if (typeof x !== 'string' || !x.trim() || x.trim().length > 200) throw bad(`Attribute ${name}: values are text of 1 to 200 characters`, field);
      return x.trim();
    };
    if (Array.isArray(value)) {
      if (value.length === 0 || value.length > 50) throw bad(`Attribute ${name}: 1 to 50 values`, field);
      out[name] = [...new Set(value.map(one))];
    } else out[name] = one(value);
  }
  return out;
}

/** Variant options: { name: "value" } (size, colour...). */
export function validateOptions(v: unknown, field: string[]): Record<string, string> {
  if (v === undefined || v === null) return {};
  if (!isPlainObject(v) || Object.keys(v).length > 10) throw bad('Options are an object of at most 10 name -> value pairs', field);
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) {
    if (!k.trim() || k.trim().length > 60 || typeof x !== 'string' || !x.trim() || x.trim().length > 100) throw bad('Option names and values are short non-empty text', field);
    out[k.trim()] = x.trim();
  }
  return out;
}

export function validateSku(sku: string | null | undefined, field: string[]): string {
  const s = (sku ?? '').trim();
  if (!SKU_RE.test(s)) throw bad('A SKU is 1 to 64 letters, digits, dots, dashes, slashes or underscores, starting with a letter or digit', field);
  return s;
}

function validateBarcode(b: string | null | undefined, field: string[]): string | null {
  const s = (b ?? '').trim();
  if (!s) return null;
  if (!BARCODE_RE.test(s)) throw bad('A barcode is 1 to 64 letters, digits or dashes', field);
  return s;
}

function validatePosition(p: number | null | undefined, field: string[]): number | null {
  if (p === undefined || p === null) return null;
  if (!Number.isInteger(p) || p < 0 || p > 1_000_000) throw bad('Position is a whole number from 0', field);
  return p;
}

export const MAX_WEIGHT_GRAMS = 1_000_000;
export const MAX_SIDE_MM = 10_000;
export const PACKED_SIZE_FIELDS = ['weightGrams', 'lengthMm', 'widthMm', 'heightMm'] as const;
type PackedSize = Partial<Record<(typeof PACKED_SIZE_FIELDS)[number], number | null>>;

/**
 * A variant's packed weight and box size: whole grams up to a tonne, whole millimetres up to 10 m (the
 * migration's trigger holds the same bounds). Only the fields present are returned; null means unknown.
 */
export function validatePackedSize(v: PackedSize, field: string[]): PackedSize {
  const out: PackedSize = {};
  for (const name of PACKED_SIZE_FIELDS) {
    const x = v[name];
    if (x === undefined) continue;
    const max = name === 'weightGrams' ? MAX_WEIGHT_GRAMS : MAX_SIDE_MM;
    if (x !== null && (!Number.isInteger(x) || x < 1 || x > max)) {
      throw bad(name === 'weightGrams' ? `Weight is a whole number of grams from 1 to ${max}` : `Length, width and height are whole millimetres from 1 to ${max}`, [...field, name]);
    }
    out[name] = x;
  }
  return out;
}

function validateBasePrices(prices: BasePriceInput[] | null | undefined, field: string[]): { currency: string; amount: bigint }[] {
  const list = prices ?? [];
  if (list.length > 10) throw bad('At most 10 base prices (one per currency)', field);
  const seen = new Set<string>();
  return list.map((p, i) => {
    const currency = (p.currency ?? '').trim().toUpperCase();
    if (!CURRENCY_RE.test(currency)) throw bad('Currency is an ISO 4217 code such as NGN', [...field, String(i), 'currency']);
    if (seen.has(currency)) throw bad(`Two base prices in ${currency}`, [...field, String(i), 'currency']);
    seen.add(currency);
    let amount: bigint;
    try {
      amount = BigInt(p.amount as bigint);
    } catch {
      throw bad('Amount is a whole number of minor units (kobo)', [...field, String(i), 'amount']);
    }
    if (typeof p.amount === 'number' && !Number.isSafeInteger(p.amount)) throw bad('Amount is a whole number of minor units (kobo)', [...field, String(i), 'amount']);
    if (amount < 0n || amount > MAX_AMOUNT) throw bad('Amount must not be negative', [...field, String(i), 'amount']);
    return { currency, amount };
  });
}

export function validateVariant(v: VariantInput, field: string[], fallbackTitle: string) {
  const options = validateOptions(v.options, [...field, 'options']);
  return {
    sku: validateSku(v.sku, [...field, 'sku']),
    title: text(v.title, [...field, 'title'], { max: 200 }) ?? (Object.values(options).join(' / ') || fallbackTitle),
    barcode: validateBarcode(v.barcode, [...field, 'barcode']),
    options,
    position: validatePosition(v.position, [...field, 'position']),
    basePrices: validateBasePrices(v.basePrices, [...field, 'basePrices']),
    size: validatePackedSize(v, field),
  };
}
type ValidVariant = ReturnType<typeof validateVariant>;

function validateMedia(m: MediaInput, field: string[]) {
  // An upload's address (`/media/<tenantId>/<sha256>`) is checked against the store by checkUploads.
  const url = (m.url ?? '').trim().startsWith('/media/') ? m.url.trim() : httpsUrl(m.url, [...field, 'url']);
  return { url, alt: text(m.alt, [...field, 'alt'], { max: 200 }), position: validatePosition(m.position, [...field, 'position']) };
}

export function validateProductInput(input: CreateProductInput) {
  const title = text(input.title, 'title', { max: 200, required: true, label: 'Title' })!;
  const { slug, explicit } = slugFrom(input.slug, title, 'product');
  if (input.status && !STATUSES.includes(input.status)) throw bad('Unknown status', ['status']);
  const variants = input.variants ?? [];
  if (variants.length === 0) throw bad('A product needs at least one variant (its SKU)', ['variants']);
  if (variants.length > MAX_VARIANTS) throw bad(`At most ${MAX_VARIANTS} variants`, ['variants']);
  const valid = variants.map((v, i) => validateVariant(v, ['variants', String(i)], title));
  const dup = valid.findIndex((v, i) => valid.findIndex((w) => w.sku === v.sku) !== i);
  if (dup >= 0) throw new DomainError(ErrorCode.SKU_TAKEN, `SKU ${valid[dup].sku} appears twice`, ['variants', String(dup), 'sku']);
  const media = input.media ?? [];
  if (media.length > MAX_MEDIA) throw bad(`At most ${MAX_MEDIA} media`, ['media']);
  return {
    title,
    slug,
    explicitSlug: explicit,
    description: text(input.description, 'description', { max: 20_000 }) ?? '',
    categoryId: input.categoryId ?? null,
    vendorId: input.vendorId ?? null,
    status: input.status ?? 'DRAFT',
    attributes: validateAttributes(input.attributes),
    seoTitle: text(input.seoTitle, 'seoTitle', { max: 200 }),
    seoDescription: text(input.seoDescription, 'seoDescription', { max: 500 }),
    variants: valid,
    media: media.map((m, i) => validateMedia(m, ['media', String(i)])),
  };
}

// ---------------------------------------------------------------------------------------------------
// Lookups
// ---------------------------------------------------------------------------------------------------

async function requireCategory(ctx: Pick<ServiceContext, 'prisma'>, tenantId: string, id: string, field = 'categoryId') {
  const c = isUuid(id) ? await ctx.prisma.category.findFirst({ where: { id, tenantId }, select: { id: true } }) : null;
  if (!c) throw new DomainError(ErrorCode.NOT_FOUND, 'No such category', [field]);
  return c.id;
}

/**
 * The product `id` of the current tenant, if the caller may change it. A vendor asking for another
 * vendor's product gets FORBIDDEN when they can see it (active and publicly sold), NOT_FOUND otherwise.
 */
export async function productForWrite(ctx: ServiceContext, access: WriterAccess, id: string, field = 'id'): Promise<ProductRow> {
  const tenantId = requireTenant(ctx);
  const product = isUuid(id) ? await ctx.prisma.product.findFirst({ where: { id, tenantId }, include: { vendor: { select: { status: true } } } }) : null;
  if (!product) throw new DomainError(ErrorCode.NOT_FOUND, 'No such product', [field]);
  if (access.kind === 'vendor' && product.vendorId !== access.vendor.id) {
    if (product.status === 'ACTIVE' && product.vendor.status === 'APPROVED') throw new DomainError(ErrorCode.FORBIDDEN, "This product belongs to another vendor", [field]);
    throw new DomainError(ErrorCode.NOT_FOUND, 'No such product', [field]);
  }
  const { vendor: _vendor, ...row } = product;
  return row;
}

async function assertSkusFree(tx: Tx, tenantId: string, skus: string[], fieldOf: (i: number) => string[]) {
  const taken = await tx.productVariant.findMany({ where: { tenantId, sku: { in: skus } }, select: { sku: true } });
  if (taken.length) {
    const i = skus.indexOf(taken[0].sku);
    throw new DomainError(ErrorCode.SKU_TAKEN, `SKU ${taken[0].sku} is already used in this store`, fieldOf(i));
  }
}

async function recordVariantUpserted(tx: Tx, v: VariantUpsertedPayload) {
  // The vendor rides along so inventory can tell whose stock a level is without asking catalog per read.
  const product = await tx.product.findUniqueOrThrow({ where: { id: v.productId }, select: { vendorId: true, vendor: { select: { ownerUserId: true } } } });
  await recordEvent(tx, {
    tenantId: v.tenantId,
    // For inventory: a variant exists (or its SKU changed).
    topic: TOPICS.CATALOG_VARIANT_UPSERTED,
    payload: { variantId: v.variantId, tenantId: v.tenantId, productId: v.productId, sku: v.sku, vendorId: product.vendorId, vendorOwnerUserId: product.vendor.ownerUserId },
  });
}

const variantCreate = (tenantId: string, v: ValidVariant, position: number) => ({
  id: uuidv7(),
  tenantId,
  sku: v.sku,
  barcode: v.barcode,
  title: v.title,
  options: v.options,
  position: v.position ?? position,
  ...v.size,
  prices: { create: v.basePrices.map((p) => ({ id: uuidv7(), tenantId, currency: p.currency, amount: p.amount })) },
});

/** Unique violations that slipped past the checks (a concurrent writer) become the same userErrors. */
function uniqueToUserError(e: unknown, skuField: string[]): never {
  if (isUniqueViolation(e, 'sku')) throw new DomainError(ErrorCode.SKU_TAKEN, 'That SKU was just taken', skuField);
  if (isUniqueViolation(e, 'slug')) throw new DomainError(ErrorCode.SLUG_TAKEN, 'That slug was just taken', ['slug']);
  throw e;
}

// ---------------------------------------------------------------------------------------------------
// Writes
// ---------------------------------------------------------------------------------------------------

/**
 * Creates a product with its variants (and their base prices) and media in one transaction. Usable by
 * seeders with a manager context; `storeName` names the store's vendor if this call creates it.
 */
export async function createProduct(ctx: ServiceContext & { peers?: Peers }, input: CreateProductInput, opts: { storeName?: string } = {}): Promise<ProductRow & { variants: VariantRow[] }> {
  const tenantId = requireTenant(ctx);
  const access = await writerAccess(ctx);
  const p = validateProductInput(input);
  for (const [i, m] of p.media.entries()) await uploadedMediaUrl(ctx, m.url, ['media', String(i), 'url']);
  const categoryId = p.categoryId ? await requireCategory(ctx, tenantId, p.categoryId) : null;
  let vendorId: string | null = null;
  if (access.kind === 'vendor') {
    if (p.vendorId && p.vendorId !== access.vendor.id) throw new DomainError(ErrorCode.FORBIDDEN, 'You can only create products of your own vendor account', ['vendorId']);
    vendorId = access.vendor.id;
  } else if (p.vendorId) {
    const vendor = isUuid(p.vendorId) ? await ctx.prisma.vendor.findFirst({ where: { id: p.vendorId, tenantId } }) : null;
    if (!vendor) throw new DomainError(ErrorCode.NOT_FOUND, 'No such vendor', ['vendorId']);
    if (vendor.status !== 'APPROVED') throw bad(`The vendor is ${vendor.status.toLowerCase()}; only approved vendors sell`, ['vendorId']);
    vendorId = vendor.id;
  }
  const listed = p.status === 'ACTIVE' && (await isMarketplace(ctx));
  try {
    const product = await ctx.prisma.$transaction(async (tx) => {
      if (!vendorId) {
        const single = await singleVendorIn(tx, tenantId, opts.storeName ?? DEFAULT_STORE_VENDOR_NAME, ctx.actor.userId);
        if (!single) throw bad('This tenant has several vendors: say which one sells the product (vendorId)', ['vendorId']);
        if (single.status !== 'APPROVED') throw bad(`The vendor is ${single.status.toLowerCase()}; only approved vendors sell`, ['vendorId']);
        vendorId = single.id;
      }
      await assertSkusFree(tx, tenantId, p.variants.map((v) => v.sku), (i) => ['variants', String(i), 'sku']);
      const taken = await tx.product.findMany({ where: { tenantId, slug: { startsWith: p.slug } }, select: { slug: true } });
      if (p.explicitSlug && taken.some((t) => t.slug === p.slug)) throw new DomainError(ErrorCode.SLUG_TAKEN, 'That product slug is taken', ['slug']);
      const created = await tx.product.create({
        data: {
          id: uuidv7(),
          tenantId,
          vendorId: vendorId!,
          categoryId,
          title: p.title,
          slug: firstFreeSlug(p.slug, taken.map((t) => t.slug)),
          description: p.description,
          status: p.status,
          attributes: p.attributes,
          seoTitle: p.seoTitle,
          seoDescription: p.seoDescription,
          variants: { create: p.variants.map((v, i) => variantCreate(tenantId, v, i)) },
          media: { create: p.media.map((m, i) => ({ id: uuidv7(), tenantId, url: m.url, alt: m.alt, position: m.position ?? i })) },
        },
        include: { variants: { orderBy: [{ position: 'asc' }, { id: 'asc' }] } },
      });
      for (const v of created.variants) await recordVariantUpserted(tx, { variantId: v.id, tenantId, productId: created.id, sku: v.sku });
      if (listed) await listOnPublish(tx, tenantId, created);
      return created;
    });
    ctx.eventsRecorded();
    return product;
  } catch (e) {
    return uniqueToUserError(e, ['variants']);
  }
}

export async function updateProduct(ctx: ServiceContext, id: string, input: UpdateProductInput): Promise<ProductRow> {
  const tenantId = requireTenant(ctx);
  const access = await writerAccess(ctx);
  const product = await productForWrite(ctx, access, id);
  const data: Prisma.ProductUncheckedUpdateInput = {};
  if (input.title !== undefined && input.title !== null) data.title = text(input.title, 'title', { max: 200, required: true, label: 'Title' })!;
  if (input.slug !== undefined && input.slug !== null) {
    const { slug } = slugFrom(input.slug, '', 'product');
    if (slug !== product.slug) {
      if (await ctx.prisma.product.findFirst({ where: { tenantId, slug }, select: { id: true } })) throw new DomainError(ErrorCode.SLUG_TAKEN, 'That product slug is taken', ['slug']);
      data.slug = slug;
    }
  }
  if (input.description !== undefined) data.description = text(input.description, 'description', { max: 20_000 }) ?? '';
  if (input.categoryId !== undefined) data.categoryId = input.categoryId === null ? null : await requireCategory(ctx, tenantId, input.categoryId);
  if (input.attributes !== undefined) data.attributes = validateAttributes(input.attributes);
  if (input.seoTitle !== undefined) data.seoTitle = text(input.seoTitle, 'seoTitle', { max: 200 });
  if (input.seoDescription !== undefined) data.seoDescription = text(input.seoDescription, 'seoDescription', { max: 500 });
  try {
    return await ctx.prisma.product.update({ where: { id: product.id }, data });
  } catch (e) {
    return uniqueToUserError(e, ['slug']);
  }
}

export async function setProductStatus(ctx: ServiceContext & { peers?: Peers }, id: string, status: ProductStatus): Promise<ProductRow> {
  const access = await writerAccess(ctx);
  if (!STATUSES.includes(status)) throw bad('Unknown status', ['status']);
  const product = await productForWrite(ctx, access, id);
  if (product.status === status) return product;
  // Publishing in a marketplace lists the product too, in the same transaction (services/marketplace.ts).
  const listed = status === 'ACTIVE' && (await isMarketplace(ctx));
  return ctx.prisma.$transaction(async (tx) => {
    const updated = await tx.product.update({ where: { id: product.id }, data: { status } });
    if (listed) await listOnPublish(tx, product.tenantId, updated);
    return updated;
  });
}

export async function addVariant(ctx: ServiceContext, productId: string, input: VariantInput): Promise<VariantRow> {
  const tenantId = requireTenant(ctx);
  const access = await writerAccess(ctx);
  const product = await productForWrite(ctx, access, productId, 'productId');
  const v = validateVariant(input, ['input'], product.title);
  try {
    const variant = await ctx.prisma.$transaction(async (tx) => {
      const existing = await tx.productVariant.findMany({ where: { productId: product.id }, select: { position: true } });
      if (existing.length >= MAX_VARIANTS) throw bad(`At most ${MAX_VARIANTS} variants`, ['productId']);
      await assertSkusFree(tx, tenantId, [v.sku], () => ['input', 'sku']);
      const position = existing.reduce((m, x) => Math.max(m, x.position + 1), 0);
      const created = await tx.productVariant.create({ data: { ...variantCreate(tenantId, v, position), productId: product.id } });
      await recordVariantUpserted(tx, { variantId: created.id, tenantId, productId: product.id, sku: created.sku });
      return created;
    });
    ctx.eventsRecorded();
    return variant;
  } catch (e) {
    return uniqueToUserError(e, ['input', 'sku']);
  }
}

export async function updateVariant(ctx: ServiceContext, variantId: string, input: UpdateVariantInput): Promise<VariantRow> {
  const tenantId = requireTenant(ctx);
  const access = await writerAccess(ctx);
  const variant = isUuid(variantId) ? await ctx.prisma.productVariant.findFirst({ where: { id: variantId, tenantId } }) : null;
  if (!variant) throw new DomainError(ErrorCode.NOT_FOUND, 'No such variant', ['id']);
  await productForWrite(ctx, access, variant.productId, 'id');
  const data: Prisma.ProductVariantUncheckedUpdateInput = {};
  const sku = input.sku !== undefined && input.sku !== null ? validateSku(input.sku, ['input', 'sku']) : variant.sku;
  if (sku !== variant.sku) data.sku = sku;
  if (input.title !== undefined && input.title !== null) data.title = text(input.title, 'title', { max: 200, required: true, label: 'Title' })!;
  if (input.barcode !== undefined) data.barcode = validateBarcode(input.barcode, ['input', 'barcode']);
  if (input.options !== undefined && input.options !== null) data.options = validateOptions(input.options, ['input', 'options']);
  if (input.position !== undefined && input.position !== null) data.position = validatePosition(input.position, ['input', 'position'])!;
  Object.assign(data, validatePackedSize(input, ['input']));
  try {
    const updated = await ctx.prisma.$transaction(async (tx) => {
      if (data.sku) await assertSkusFree(tx, tenantId, [sku], () => ['input', 'sku']);
      const u = await tx.productVariant.update({ where: { id: variant.id }, data });
      if (data.sku) await recordVariantUpserted(tx, { variantId: u.id, tenantId, productId: u.productId, sku: u.sku });
      return u;
    });
    if (data.sku) ctx.eventsRecorded();
    return updated;
  } catch (e) {
    return uniqueToUserError(e, ['input', 'sku']);
  }
}

export async function addProductMedia(ctx: ServiceContext, productId: string, input: MediaInput): Promise<MediaRow> {
  const tenantId = requireTenant(ctx);
  const access = await writerAccess(ctx);
  const product = await productForWrite(ctx, access, productId, 'productId');
  const m = validateMedia(input, ['input']);
  await uploadedMediaUrl(ctx, m.url, ['input', 'url']);
  return ctx.prisma.$transaction(async (tx) => {
    const existing = await tx.productMedia.findMany({ where: { productId: product.id }, select: { position: true } });
    if (existing.length >= MAX_MEDIA) throw bad(`At most ${MAX_MEDIA} media per product`, ['productId']);
    const position = m.position ?? existing.reduce((max, x) => Math.max(max, x.position + 1), 0);
    return tx.productMedia.create({ data: { id: uuidv7(), tenantId, productId: product.id, url: m.url, alt: m.alt, position } });
  });
}
