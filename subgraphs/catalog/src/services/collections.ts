/**
 * Collections: curated, ordered groups of products ("New in", "Owambe season"), slugs unique per tenant.
 * Managed by administrators and staff; shoppers see only the products they may see anyway.
 */
import { DomainError, ErrorCode, isUniqueViolation, isUuid, uuidv7 } from '@webwaka/kit';
import type { Collection as CollectionRow, CollectionProduct as CollectionProductRow } from '@webwaka/kit/src/generated/prisma/client';
import { requireManager, requireTenant, slugFrom, text } from './access';
import type { ServiceContext } from './context';

export type { CollectionRow, CollectionProductRow };

export interface CreateCollectionInput {
  title: string;
  slug?: string | null;
  description?: string | null;
}

export async function createCollection(ctx: ServiceContext, input: CreateCollectionInput): Promise<CollectionRow> {
  const tenantId = requireTenant(ctx);
  requireManager(ctx);
  const title = text(input.title, 'title', { max: 200, required: true, label: 'Title' })!;
  const { slug } = slugFrom(input.slug, title, 'collection');
  const description = text(input.description, 'description', { max: 5000 }) ?? '';
  // Collections are few and named on purpose: a clash is reported rather than suffixed.
  if (await ctx.prisma.collection.findFirst({ where: { tenantId, slug }, select: { id: true } })) throw new DomainError(ErrorCode.SLUG_TAKEN, 'That collection slug is taken', ['slug']);
  try {
    return await ctx.prisma.collection.create({ data: { id: uuidv7(), tenantId, title, slug, description } });
  } catch (e) {
    if (isUniqueViolation(e, 'slug')) throw new DomainError(ErrorCode.SLUG_TAKEN, 'That collection slug was just taken', ['slug']);
    throw e;
  }
}

/** Puts a product in a collection (or moves it to `position` if it is already there). */
export async function addToCollection(ctx: ServiceContext, input: { collectionId: string; productId: string; position?: number | null }): Promise<{ collection: CollectionRow; entry: CollectionProductRow }> {
  const tenantId = requireTenant(ctx);
  requireManager(ctx);
  const collection = isUuid(input.collectionId) ? await ctx.prisma.collection.findFirst({ where: { id: input.collectionId, tenantId } }) : null;
  if (!collection) throw new DomainError(ErrorCode.NOT_FOUND, 'No such collection', ['collectionId']);
  const product = isUuid(input.productId) ? await ctx.prisma.product.findFirst({ where: { id: input.productId, tenantId }, select: { id: true } }) : null;
  if (!product) throw new DomainError(ErrorCode.NOT_FOUND, 'No such product', ['productId']);
  if (input.position !== undefined && input.position !== null && (!Number.isInteger(input.position) || input.position < 0 || input.position > 1_000_000)) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Position is a whole number from 0', ['position']);
  }
  const entry = await ctx.prisma.$transaction(async (tx) => {
    const last = await tx.collectionProduct.findFirst({ where: { collectionId: collection.id }, orderBy: { position: 'desc' }, select: { position: true } });
    const position = input.position ?? (last ? last.position + 1 : 0);
    return tx.collectionProduct.upsert({
      where: { collectionId_productId: { collectionId: collection.id, productId: product.id } },
      create: { collectionId: collection.id, productId: product.id, position },
      update: input.position !== undefined && input.position !== null ? { position } : {},
    });
  });
  return { collection, entry };
}

/** Takes a product out of a collection (NOT_FOUND when the collection, or the product in it, is not there). */
export async function removeFromCollection(ctx: ServiceContext, input: { collectionId: string; productId: string }): Promise<CollectionRow> {
  const tenantId = requireTenant(ctx);
  requireManager(ctx);
  const collection = isUuid(input.collectionId) ? await ctx.prisma.collection.findFirst({ where: { id: input.collectionId, tenantId } }) : null;
  if (!collection) throw new DomainError(ErrorCode.NOT_FOUND, 'No such collection', ['collectionId']);
  const removed = isUuid(input.productId) ? await ctx.prisma.collectionProduct.deleteMany({ where: { collectionId: collection.id, productId: input.productId } }) : { count: 0 };
  if (removed.count === 0) throw new DomainError(ErrorCode.NOT_FOUND, 'That product is not in the collection', ['productId']);
  return collection;
}
