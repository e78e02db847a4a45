import { isUuid, withUserErrors } from '@webwaka/kit';
import { createCategory, deleteCategory, moveCategory, updateCategory, type CategoryRow } from '../services/categories';
import { CATALOG_MANAGERS } from './auth';
import { builder } from './builder';

/** Categories per level, at most: a storefront menu, not a list to page through. */
const MAX_CATEGORIES_PER_LEVEL = 500;

export const Category = builder.prismaObject('Category', {
  description: 'A node of the category tree (slugs unique per tenant).',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    slug: t.exposeString('slug'),
    position: t.exposeInt('position'),
    parent: t.relation('parent', { nullable: true }),
    children: t.relation('children', { query: { orderBy: [{ position: 'asc' }, { name: 'asc' }, { id: 'asc' }], take: MAX_CATEGORIES_PER_LEVEL } }),
  }),
});

builder.queryFields((t) => ({
  categories: t.prismaField({
    type: ['Category'],
    description: 'The category tree: top-level categories (or the children of `parentId`), each with its `children`.',
    args: { parentId: t.arg.id() },
    resolve: (query, _r, { parentId }, ctx) => {
      if (!ctx.tenantId || (parentId != null && !isUuid(String(parentId)))) return [];
      return ctx.prisma.category.findMany({
        ...query,
        where: { tenantId: ctx.tenantId, parentId: parentId === undefined || parentId === null ? null : String(parentId) },
        orderBy: [{ position: 'asc' }, { name: 'asc' }, { id: 'asc' }],
        take: MAX_CATEGORIES_PER_LEVEL,
      });
    },
  }),
  category: t.prismaField({
    type: 'Category',
    nullable: true,
    args: { slug: t.arg.string({ required: true }) },
    resolve: (query, _r, { slug }, ctx) => (ctx.tenantId ? ctx.prisma.category.findFirst({ ...query, where: { tenantId: ctx.tenantId, slug } }) : null),
  }),
}));

const CreateCategoryInput = builder.inputType('CreateCategoryInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    slug: t.string({ description: 'Defaults to one made from the name (with a -2, -3... suffix if taken).' }),
    parentId: t.id(),
    position: t.int(),
  }),
});

const UpdateCategoryInput = builder.inputType('UpdateCategoryInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string({ description: 'The new name (the slug stays unless one is given).' }),
    slug: t.string(),
  }),
});

const MoveCategoryInput = builder.inputType('MoveCategoryInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    parentId: t.id({ description: 'The new parent; null or omitted: top level.' }),
    position: t.int({ description: 'Place among the new siblings, 0 first; omitted or past the end: last.' }),
  }),
});

const CategoryPayload = builder.payloadObject<{ category: CategoryRow }>('CategoryPayload', (t) => ({
  category: t.field({ type: Category, nullable: true, resolve: (p) => p.category ?? null }),
}));

builder.mutationFields((t) => ({
  createCategory: t.field({
    type: CategoryPayload,
    authScopes: CATALOG_MANAGERS,
    args: { input: t.arg({ type: CreateCategoryInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      withUserErrors(async () => ({ category: await createCategory(ctx, { ...input, parentId: input.parentId == null ? input.parentId : String(input.parentId) }) })),
  }),
  updateCategory: t.field({
    type: CategoryPayload,
    description: 'Renames a category.',
    authScopes: CATALOG_MANAGERS,
    args: { input: t.arg({ type: UpdateCategoryInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ category: await updateCategory(ctx, { ...input, id: String(input.id) }) })),
  }),
  moveCategory: t.field({
    type: CategoryPayload,
    description: 'Puts a category under another parent (or the top level) and/or at another place among its siblings, which are numbered 0, 1, 2... again.',
    authScopes: CATALOG_MANAGERS,
    args: { input: t.arg({ type: MoveCategoryInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      withUserErrors(async () => ({ category: await moveCategory(ctx, { id: String(input.id), parentId: input.parentId == null ? null : String(input.parentId), position: input.position }) })),
  }),
  deleteCategory: t.field({
    type: CategoryPayload,
    description: 'Deletes an empty category (IN_USE while it has subcategories or products); returns it as it was.',
    authScopes: CATALOG_MANAGERS,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => withUserErrors(async () => ({ category: await deleteCategory(ctx, String(id)) })),
  }),
}));
