/**
 * Categories: a tree per tenant (parentId), slugs unique per tenant. Managed by administrators and staff;
 * read by everyone.
 */
import { DomainError, ErrorCode, isUniqueViolation, isUuid, uuidv7 } from '@webwaka/kit';
import type { Category as CategoryRow } from '@webwaka/kit/src/generated/prisma/client';
import { firstFreeSlug, requireManager, requireTenant, slugFrom, text } from './access';
import type { ServiceContext, Tx } from './context';
import { lockKey } from './vendors';

export type { CategoryRow };

export interface CreateCategoryInput {
  name: string;
  slug?: string | null;
  parentId?: string | null;
  position?: number | null;
}

export async function createCategory(ctx: ServiceContext, input: CreateCategoryInput): Promise<CategoryRow> {
  const tenantId = requireTenant(ctx);
  requireManager(ctx);
  const name = text(input.name, 'name', { max: 100, required: true, label: 'Name' })!;
  const { slug, explicit } = slugFrom(input.slug, name, 'category');
  const position = input.position ?? 0;
  if (!Number.isInteger(position) || position < 0 || position > 1_000_000) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Position is a whole number from 0', ['position']);
  let parentId: string | null = null;
  if (input.parentId !== undefined && input.parentId !== null) {
    const parent = isUuid(input.parentId) ? await ctx.prisma.category.findFirst({ where: { id: input.parentId, tenantId }, select: { id: true } }) : null;
    if (!parent) throw new DomainError(ErrorCode.NOT_FOUND, 'No such parent category', ['parentId']);
    parentId = parent.id;
  }
  const taken = await ctx.prisma.category.findMany({ where: { tenantId, slug: { startsWith: slug } }, select: { slug: true } });
  if (explicit && taken.some((t) => t.slug === slug)) throw new DomainError(ErrorCode.SLUG_TAKEN, 'That category slug is taken', ['slug']);
  try {
    return await ctx.prisma.category.create({ data: { id: uuidv7(), tenantId, parentId, name, slug: firstFreeSlug(slug, taken.map((t) => t.slug)), position } });
  } catch (e) {
    if (isUniqueViolation(e, 'slug')) throw new DomainError(ErrorCode.SLUG_TAKEN, 'That category slug was just taken', ['slug']);
    throw e;
  }
}

/** A category of the caller's tenant, for a manager; NOT_FOUND (field `field`) otherwise. */
async function managedCategory(ctx: ServiceContext, id: string, field = 'id'): Promise<{ tenantId: string; category: CategoryRow }> {
  const tenantId = requireTenant(ctx);
  requireManager(ctx);
  const category = isUuid(id) ? await ctx.prisma.category.findFirst({ where: { id, tenantId } }) : null;
  if (!category) throw new DomainError(ErrorCode.NOT_FOUND, 'No such category', [field]);
  return { tenantId, category };
}

/** Renames a category (its slug, and so its storefront address, stays unless a new one is given). */
export async function updateCategory(ctx: ServiceContext, input: { id: string; name?: string | null; slug?: string | null }): Promise<CategoryRow> {
  const { tenantId, category } = await managedCategory(ctx, input.id);
  const name = input.name === undefined || input.name === null ? category.name : text(input.name, 'name', { max: 100, required: true, label: 'Name' })!;
  const slug = input.slug === undefined || input.slug === null ? category.slug : slugFrom(input.slug, name, 'category').slug;
  if (slug !== category.slug && (await ctx.prisma.category.findFirst({ where: { tenantId, slug }, select: { id: true } }))) {
    throw new DomainError(ErrorCode.SLUG_TAKEN, 'That category slug is taken', ['slug']);
  }
  try {
    return await ctx.prisma.category.update({ where: { id: category.id }, data: { name, slug } });
  } catch (e) {
    if (isUniqueViolation(e, 'slug')) throw new DomainError(ErrorCode.SLUG_TAKEN, 'That category slug was just taken', ['slug']);
    throw e;
  }
}

/**
 * Puts a category under `parentId` (null: top level) at `position` among its new siblings (0 first; past
 * the end or omitted: last), and numbers those siblings 0, 1, 2... in their order. Moving within the same
 * parent reorders. A category never goes under itself or one of its own subcategories; moves in a tenant
 * take turns, so two at once cannot make a loop.
 */
export async function moveCategory(ctx: ServiceContext, input: { id: string; parentId?: string | null; position?: number | null }): Promise<CategoryRow> {
  const { tenantId, category } = await managedCategory(ctx, input.id);
  const position = input.position ?? Number.MAX_SAFE_INTEGER;
  if (!Number.isInteger(position) || position < 0) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Position is a whole number from 0', ['position']);
  const parentId = input.parentId ?? null;
  if (parentId !== null && !isUuid(parentId)) throw new DomainError(ErrorCode.NOT_FOUND, 'No such parent category', ['parentId']);
  return ctx.prisma.$transaction(async (tx) => {
    await lockKey(tx, `category-tree:${tenantId}`);
    if (parentId !== null) {
      if (!(await tx.category.findFirst({ where: { id: parentId, tenantId }, select: { id: true } }))) throw new DomainError(ErrorCode.NOT_FOUND, 'No such parent category', ['parentId']);
      if ((await categoryAndDescendants({ prisma: tx }, tenantId, category.id)).includes(parentId)) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A category cannot go under itself or one of its subcategories', ['parentId']);
      }
    }
    const siblings = await tx.category.findMany({
      where: { tenantId, parentId, id: { not: category.id } },
      orderBy: [{ position: 'asc' }, { name: 'asc' }, { id: 'asc' }],
      select: { id: true, position: true },
    });
    const order = [...siblings];
    order.splice(Math.min(position, order.length), 0, { id: category.id, position: category.position });
    for (const [index, sibling] of order.entries()) {
      if (sibling.id !== category.id && sibling.position !== index) await tx.category.update({ where: { id: sibling.id }, data: { position: index } });
    }
    return tx.category.update({ where: { id: category.id }, data: { parentId, position: order.findIndex((c) => c.id === category.id) } });
  });
}

/** Deletes an empty category: IN_USE while subcategories or products are in it (move or delete them first). */
export async function deleteCategory(ctx: ServiceContext, id: string): Promise<CategoryRow> {
  const { tenantId, category } = await managedCategory(ctx, id);
  return ctx.prisma.$transaction(async (tx) => {
    await lockKey(tx, `category-tree:${tenantId}`);
    const children = await tx.category.count({ where: { tenantId, parentId: category.id } });
    const products = await tx.product.count({ where: { tenantId, categoryId: category.id } });
    if (children > 0 || products > 0) {
      const what = [children > 0 ? `${children} subcategor${children === 1 ? 'y' : 'ies'}` : '', products > 0 ? `${products} product${products === 1 ? '' : 's'}` : ''].filter(Boolean).join(' and ');
      throw new DomainError(ErrorCode.IN_USE, `“${category.name}” still has ${what}: move or delete them first`, ['id']);
    }
    await tx.category.delete({ where: { id: category.id } });
    return category;
  });
}

/** Ids of a category and all its descendants in the tenant (for "in this category" filters). */
export async function categoryAndDescendants(ctx: { prisma: Pick<Tx, '$queryRaw'> }, tenantId: string, id: string): Promise<string[]> {
  if (!isUuid(id)) return [];
  const rows = await ctx.prisma.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE tree AS (
      SELECT "id" FROM "catalog"."Category" WHERE "id" = ${id}::uuid AND "tenantId" = ${tenantId}::uuid
      UNION
      SELECT c."id" FROM "catalog"."Category" c JOIN tree ON c."parentId" = tree."id" WHERE c."tenantId" = ${tenantId}::uuid
    ) SELECT "id"::text AS "id" FROM tree`;
  return rows.map((r) => r.id);
}
