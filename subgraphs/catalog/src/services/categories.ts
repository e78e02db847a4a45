/**
 * Categories: a tree per tenant (parentId), slugs unique per tenant. Managed by administrators and staff;
 * read by everyone.
 */
import { DomainError, ErrorCode, isUniqueViolation, isUuid, uuidv7 } from '@webwaka/kit';
import type { Category as CategoryRow } from '@webwaka/kit/src/generated/prisma/client';
import { firstFreeSlug, requireManager, requireTenant, slugFrom, text } from './access';
import type { ServiceContext } from './context';

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

/** Ids of a category and all its descendants in the tenant (for "in this category" filters). */
export async function categoryAndDescendants(ctx: Pick<ServiceContext, 'prisma'>, tenantId: string, id: string): Promise<string[]> {
  if (!isUuid(id)) return [];
  const rows = await ctx.prisma.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE tree AS (
      SELECT "id" FROM "catalog"."Category" WHERE "id" = ${id}::uuid AND "tenantId" = ${tenantId}::uuid
      UNION
      SELECT c."id" FROM "catalog"."Category" c JOIN tree ON c."parentId" = tree."id" WHERE c."tenantId" = ${tenantId}::uuid
    ) SELECT "id"::text AS "id" FROM tree`;
  return rows.map((r) => r.id);
}
