import { MAX_PAGE_SIZE, withUserErrors } from '@webwaka/kit';
import { visibleProducts } from '../services/access';
import { addToCollection, createCollection, removeFromCollection, type CollectionRow } from '../services/collections';
import { CATALOG_MANAGERS } from './auth';
import { builder } from './builder';

export const Collection = builder.prismaObject('Collection', {
  description: 'A curated, ordered group of products.',
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    slug: t.exposeString('slug'),
    description: t.exposeString('description'),
    entries: t.prismaConnection({
      type: 'CollectionProduct',
      cursor: 'collectionId_productId',
      maxSize: MAX_PAGE_SIZE,
      defaultSize: 20,
      description: 'The products in collection order (only those the caller may see).',
      resolve: async (query, collection, _a, ctx) =>
        ctx.prisma.collectionProduct.findMany({
          ...query,
          where: { collectionId: collection.id, product: await visibleProducts(ctx) },
          orderBy: [{ position: 'asc' }, { productId: 'asc' }],
        }),
    }),
  }),
});

export const CollectionEntry = builder.prismaObject('CollectionProduct', {
  name: 'CollectionEntry',
  fields: (t) => ({
    position: t.exposeInt('position'),
    product: t.relation('product'),
  }),
});

builder.queryFields((t) => ({
  collections: t.prismaConnection({
    type: 'Collection',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    description: "The tenant's collections, oldest first (public, like each collection).",
    resolve: (query, _r, _a, ctx) => (ctx.tenantId ? ctx.prisma.collection.findMany({ ...query, where: { tenantId: ctx.tenantId }, orderBy: { id: 'asc' } }) : []),
  }),
  collection: t.prismaField({
    type: 'Collection',
    nullable: true,
    args: { slug: t.arg.string({ required: true }) },
    resolve: (query, _r, { slug }, ctx) => (ctx.tenantId ? ctx.prisma.collection.findFirst({ ...query, where: { tenantId: ctx.tenantId, slug } }) : null),
  }),
}));

const CreateCollectionInput = builder.inputType('CreateCollectionInput', {
  fields: (t) => ({ title: t.string({ required: true }), slug: t.string(), description: t.string() }),
});
const AddToCollectionInput = builder.inputType('AddToCollectionInput', {
  fields: (t) => ({ collectionId: t.id({ required: true }), productId: t.id({ required: true }), position: t.int({ description: 'Defaults to the end.' }) }),
});

const CollectionPayload = builder.payloadObject<{ collection: CollectionRow }>('CollectionPayload', (t) => ({
  collection: t.field({ type: Collection, nullable: true, resolve: (p) => p.collection ?? null }),
}));

builder.mutationFields((t) => ({
  createCollection: t.field({
    type: CollectionPayload,
    authScopes: CATALOG_MANAGERS,
    args: { input: t.arg({ type: CreateCollectionInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ collection: await createCollection(ctx, input) })),
  }),
  addToCollection: t.field({
    type: CollectionPayload,
    authScopes: CATALOG_MANAGERS,
    args: { input: t.arg({ type: AddToCollectionInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      withUserErrors(async () => ({ collection: (await addToCollection(ctx, { ...input, collectionId: String(input.collectionId), productId: String(input.productId) })).collection })),
  }),
  removeFromCollection: t.field({
    type: CollectionPayload,
    authScopes: CATALOG_MANAGERS,
    description: 'Takes a product out of a collection; the others keep their order.',
    args: { collectionId: t.arg.id({ required: true }), productId: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) => withUserErrors(async () => ({ collection: await removeFromCollection(ctx, { collectionId: String(args.collectionId), productId: String(args.productId) }) })),
  }),
}));
