import DataLoader from 'dataloader';
import { isUuid, MAX_PAGE_SIZE, withUserErrors, type RequestContext } from '@webwaka/kit';
import { visibleProducts } from '../services/access';
import {
  addProductMedia,
  addVariant,
  createProduct,
  setProductStatus,
  updateProduct,
  updateVariant,
  type MediaRow,
  type ProductRow,
  type VariantRow,
} from '../services/products';
import { CATALOG_WRITERS, builder } from './builder';
import { MoneyInput } from './money-input';

export const ProductStatusEnum = builder.enumType('ProductStatus', {
  description: 'DRAFT (not on sale), ACTIVE (on sale), ARCHIVED (withdrawn).',
  values: ['DRAFT', 'ACTIVE', 'ARCHIVED'] as const,
});

export const Product = builder.prismaObject('Product', {
  description: 'Something for sale, with its variants (each a SKU). Extended by inventory (availableForSale).',
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    slug: t.exposeString('slug'),
    description: t.exposeString('description'),
    status: t.expose('status', { type: ProductStatusEnum }),
    attributes: t.expose('attributes', { type: 'JSON', description: 'Filterable attributes: { name: value | [values] }.' }),
    seoTitle: t.exposeString('seoTitle', { nullable: true }),
    seoDescription: t.exposeString('seoDescription', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    vendor: t.relation('vendor'),
    category: t.relation('category', { nullable: true }),
    variants: t.relation('variants', { query: { orderBy: [{ position: 'asc' }, { id: 'asc' }] } }),
    media: t.relation('media', { query: { orderBy: [{ position: 'asc' }, { id: 'asc' }] } }),
  }),
});

export const ProductVariant = builder.prismaObject('ProductVariant', {
  description: 'A sellable SKU of a product. Extended by inventory (inventory) and pricing (price).',
  fields: (t) => ({
    id: t.exposeID('id'),
    sku: t.exposeString('sku'),
    barcode: t.exposeString('barcode', { nullable: true }),
    title: t.exposeString('title'),
    options: t.expose('options', { type: 'JSON', description: 'Option values, e.g. { "size": "M" }.' }),
    position: t.exposeInt('position'),
    weightGrams: t.exposeInt('weightGrams', { nullable: true, description: 'Packed weight in grams (decision 0091): carriers quote delivery from it; null: unknown.' }),
    lengthMm: t.exposeInt('lengthMm', { nullable: true, description: 'Packed box length in millimetres.' }),
    widthMm: t.exposeInt('widthMm', { nullable: true }),
    heightMm: t.exposeInt('heightMm', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    product: t.relation('product'),
  }),
});

export const ProductMedia = builder.prismaObject('ProductMedia', {
  fields: (t) => ({
    id: t.exposeID('id'),
    url: t.exposeString('url'),
    alt: t.exposeString('alt', { nullable: true }),
    position: t.exposeInt('position'),
  }),
});

// ---------------------------------------------------------------------------------------------------
// Federation entities: other subgraphs (inventory, orders) hold product and variant ids. References are
// batched per request into one query per type, and resolve only in the request's tenant (another
// tenant's id, or a malformed one, resolves to null). No status filter: an order line must still show
// an archived product.
// ---------------------------------------------------------------------------------------------------

function loaderCache<V>(load: (ctx: RequestContext, ids: string[]) => Promise<(V & { id: string })[]>) {
  const cache = new WeakMap<object, DataLoader<string, V | null>>();
  return (ctx: RequestContext) => {
    let loader = cache.get(ctx);
    if (!loader) {
      loader = new DataLoader<string, V | null>(async (keys) => {
        const ids = keys.filter(isUuid);
        const rows = ctx.tenantId && ids.length ? await load(ctx, ids) : [];
        const byId = new Map(rows.map((r) => [r.id, r]));
        return keys.map((k) => byId.get(k) ?? null);
      });
      cache.set(ctx, loader);
    }
    return loader;
  };
}

export const productLoader = loaderCache<ProductRow>((ctx, ids) => ctx.prisma.product.findMany({ where: { id: { in: ids }, tenantId: ctx.tenantId! } }));
export const variantLoader = loaderCache<VariantRow>((ctx, ids) => ctx.prisma.productVariant.findMany({ where: { id: { in: ids }, tenantId: ctx.tenantId! } }));

builder.asEntity(Product, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx) => productLoader(ctx).load(id),
});
builder.asEntity(ProductVariant, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx) => variantLoader(ctx).load(id),
});

// ---------------------------------------------------------------------------------------------------
// Reads
// ---------------------------------------------------------------------------------------------------

builder.queryFields((t) => ({
  product: t.prismaField({
    type: 'Product',
    nullable: true,
    description: 'A product by slug: active products for everyone, any status for the back office and its vendor.',
    args: { slug: t.arg.string({ required: true }) },
    resolve: async (query, _r, { slug }, ctx) => (ctx.tenantId ? ctx.prisma.product.findFirst({ ...query, where: { AND: [await visibleProducts(ctx), { slug }] } }) : null),
  }),
  productById: t.prismaField({
    type: 'Product',
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _r, { id }, ctx) =>
      ctx.tenantId && isUuid(String(id)) ? ctx.prisma.product.findFirst({ ...query, where: { AND: [await visibleProducts(ctx), { id: String(id) }] } }) : null,
  }),
  products: t.prismaConnection({
    type: 'Product',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    description: 'Products, newest first: active ones for everyone; every status for the back office (and a vendor sees all of its own).',
    args: {
      status: t.arg({ type: ProductStatusEnum }),
      categoryId: t.arg.id(),
      vendorId: t.arg.id(),
    },
    resolve: async (query, _r, args, ctx) => {
      if (!ctx.tenantId) return [];
      const ids = [args.categoryId, args.vendorId].filter((x) => x !== undefined && x !== null).map(String);
      // A malformed id filters like an unknown one: nothing matches.
      if (ids.some((x) => !isUuid(x))) return [];
      return ctx.prisma.product.findMany({
        ...query,
        where: {
          AND: [
            await visibleProducts(ctx),
            args.status ? { status: args.status } : {},
            args.categoryId ? { categoryId: String(args.categoryId) } : {},
            args.vendorId ? { vendorId: String(args.vendorId) } : {},
          ],
        },
        orderBy: { id: 'desc' },
      });
    },
  }),
}));

// ---------------------------------------------------------------------------------------------------
// Writes
// ---------------------------------------------------------------------------------------------------

const ProductVariantInput = builder.inputType('ProductVariantInput', {
  fields: (t) => ({
    sku: t.string({ required: true, description: 'Unique in the tenant.' }),
    title: t.string({ description: 'Defaults to the option values, or the product title.' }),
    barcode: t.string(),
    options: t.field({ type: 'JSON', description: 'Option values, e.g. { "size": "M", "colour": "indigo" }.' }),
    position: t.int(),
    basePrices: t.field({ type: [MoneyInput], description: 'Base price per currency (for quantity 1, no price list); price lists, sales and tiers belong to pricing.' }),
    weightGrams: t.int({ description: 'Packed weight, 1 to 1,000,000 grams (BAD_USER_INPUT otherwise); carriers quote delivery from it.' }),
    lengthMm: t.int({ description: 'Packed box size, 1 to 10,000 mm each.' }),
    widthMm: t.int(),
    heightMm: t.int(),
  }),
});

const ProductMediaInput = builder.inputType('ProductMediaInput', {
  fields: (t) => ({ url: t.string({ required: true, description: 'An https URL.' }), alt: t.string(), position: t.int() }),
});

const CreateProductInput = builder.inputType('CreateProductInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    slug: t.string({ description: 'Defaults to one made from the title (with a -2, -3... suffix if taken).' }),
    description: t.string(),
    categoryId: t.id(),
    vendorId: t.id({ description: "Who sells it. Vendors always sell as themselves; left out in a single-vendor store, the store's own vendor." }),
    status: t.field({ type: ProductStatusEnum, description: 'DRAFT by default.' }),
    attributes: t.field({ type: 'JSON' }),
    seoTitle: t.string(),
    seoDescription: t.string(),
    variants: t.field({ type: [ProductVariantInput], required: true }),
    media: t.field({ type: [ProductMediaInput] }),
  }),
});

const UpdateProductInput = builder.inputType('UpdateProductInput', {
  fields: (t) => ({
    title: t.string(),
    slug: t.string(),
    description: t.string(),
    categoryId: t.id({ description: 'null removes the category.' }),
    attributes: t.field({ type: 'JSON' }),
    seoTitle: t.string(),
    seoDescription: t.string(),
  }),
});

const UpdateProductVariantInput = builder.inputType('UpdateProductVariantInput', {
  fields: (t) => ({
    sku: t.string(),
    title: t.string(),
    barcode: t.string(),
    options: t.field({ type: 'JSON' }),
    position: t.int(),
    weightGrams: t.int({ description: 'Grams, 1 to 1,000,000; null clears it (unknown).' }),
    lengthMm: t.int({ description: 'Millimetres, 1 to 10,000; null clears it.' }),
    widthMm: t.int(),
    heightMm: t.int(),
  }),
});

export const ProductPayload = builder.payloadObject<{ product: ProductRow }>('ProductPayload', (t) => ({
  product: t.field({ type: Product, nullable: true, resolve: (p) => p.product ?? null }),
}));
const ProductVariantPayload = builder.payloadObject<{ variant: VariantRow }>('ProductVariantPayload', (t) => ({
  variant: t.field({ type: ProductVariant, nullable: true, resolve: (p) => p.variant ?? null }),
}));
const ProductMediaPayload = builder.payloadObject<{ media: MediaRow }>('ProductMediaPayload', (t) => ({
  media: t.field({ type: ProductMedia, nullable: true, resolve: (p) => p.media ?? null }),
}));

builder.mutationFields((t) => ({
  createProduct: t.field({
    type: ProductPayload,
    authScopes: CATALOG_WRITERS,
    description: 'Create a product with its variants (and their base prices) and media, all or nothing.',
    args: { input: t.arg({ type: CreateProductInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      withUserErrors(async () => ({
        product: await createProduct(ctx, { ...input, categoryId: input.categoryId == null ? input.categoryId : String(input.categoryId), vendorId: input.vendorId == null ? input.vendorId : String(input.vendorId) }),
      })),
  }),
  updateProduct: t.field({
    type: ProductPayload,
    authScopes: CATALOG_WRITERS,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateProductInput, required: true }) },
    resolve: (_r, { id, input }, ctx) =>
      withUserErrors(async () => ({
        product: await updateProduct(ctx, String(id), { ...input, categoryId: input.categoryId == null ? input.categoryId : String(input.categoryId) }),
      })),
  }),
  setProductStatus: t.field({
    type: ProductPayload,
    authScopes: CATALOG_WRITERS,
    args: { id: t.arg.id({ required: true }), status: t.arg({ type: ProductStatusEnum, required: true }) },
    resolve: (_r, { id, status }, ctx) => withUserErrors(async () => ({ product: await setProductStatus(ctx, String(id), status) })),
  }),
  addVariant: t.field({
    type: ProductVariantPayload,
    authScopes: CATALOG_WRITERS,
    args: { productId: t.arg.id({ required: true }), input: t.arg({ type: ProductVariantInput, required: true }) },
    resolve: (_r, { productId, input }, ctx) => withUserErrors(async () => ({ variant: await addVariant(ctx, String(productId), input) })),
  }),
  updateVariant: t.field({
    type: ProductVariantPayload,
    authScopes: CATALOG_WRITERS,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateProductVariantInput, required: true }) },
    resolve: (_r, { id, input }, ctx) => withUserErrors(async () => ({ variant: await updateVariant(ctx, String(id), input) })),
  }),
  addProductMedia: t.field({
    type: ProductMediaPayload,
    authScopes: CATALOG_WRITERS,
    args: { productId: t.arg.id({ required: true }), input: t.arg({ type: ProductMediaInput, required: true }) },
    resolve: (_r, { productId, input }, ctx) => withUserErrors(async () => ({ media: await addProductMedia(ctx, String(productId), input) })),
  }),
}));
