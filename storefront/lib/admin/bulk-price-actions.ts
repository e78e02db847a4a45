'use server';

import { t } from '../messages';
import { adminBase } from './access';
import { applyPercent, CHUNK_SIZE, MAX_PLAN_VARIANTS, parsePercent, type BulkPriceItem, type BulkPricePlan, type BulkPriceResult } from './bulk-price';
import type { AdminBulkPricePlanQuery } from '../../gql/graphql';
import type { GatewayResult } from '../gateway';
import { AdminBulkPricePlanQuery as AdminBulkPricePlanDocument, AdminBulkPriceProductQuery } from './bulk-price-operations';
import { AdminSetBasePriceMutation } from './product-operations';
import { basePrice } from './product-input';
import { adminMutate } from './session';
import { outcomeOf } from './user-errors';

const ID_PATTERN = /^[0-9a-f-]{36}$/i;
const bulkPath = (slug: string) => `${adminBase(slug)}/products/bulk-price`;

/**
 * Which variants a bulk change touches: every variant with an NGN base price of the chosen products (or
 * of a category and its subcategories), with that price as it is now. Nothing changes yet.
 */
export async function planBulkPrice(slug: string, selection: { categoryId?: string; productIds?: string[] }, percent: string): Promise<BulkPricePlan> {
  if (parsePercent(percent) === null) return { ok: false, message: t('admin.bulk.invalid.percent') };
  const ids = (selection.productIds ?? []).filter((id) => ID_PATTERN.test(id));
  const categoryId = selection.categoryId && ID_PATTERN.test(selection.categoryId) ? selection.categoryId : undefined;
  if (ids.length === 0 && !categoryId) return { ok: false, message: t('admin.bulk.invalid.selection') };

  const items: BulkPriceItem[] = [];
  let products = 0;
  let withoutPrice = 0;
  const take = (product: { id: string; variants: { id: string; sku: string; prices: Parameters<typeof basePrice>[0] }[] }) => {
    products++;
    for (const variant of product.variants) {
      const base = basePrice(variant.prices);
      if (base) items.push({ productId: product.id, variantId: variant.id, sku: variant.sku, from: base.amount.amount });
      else withoutPrice++;
    }
  };

  if (ids.length > 0) {
    for (const id of ids) {
      const result = await adminMutate(slug, bulkPath(slug), AdminBulkPriceProductQuery, { id });
      const product = result.data?.productById;
      if (product) take(product);
    }
  } else {
    let after: string | null = null;
    do {
      const result: GatewayResult<AdminBulkPricePlanQuery> = await adminMutate(slug, bulkPath(slug), AdminBulkPricePlanDocument, { filters: { categoryId }, after });
      const page = result.data?.searchProducts;
      if (!page) return { ok: false, message: result.errors[0]?.message ?? t('admin.error.failed') };
      for (const edge of page.edges) take(edge.node);
      after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
    } while (after && items.length < MAX_PLAN_VARIANTS);
  }
  const truncated = items.length > MAX_PLAN_VARIANTS;
  return { ok: true, items: items.slice(0, MAX_PLAN_VARIANTS), products, withoutPrice, truncated };
}

/**
 * One chunk of a bulk change. Each variant's base price is read again first: still the planned price →
 * set the new one; already the new one → counted as done (a retried chunk changes nothing twice);
 * anything else → reported, untouched (someone changed it since the plan).
 */
export async function applyBulkPriceChunk(slug: string, percent: string, chunk: BulkPriceItem[]): Promise<BulkPriceResult[]> {
  const bps = parsePercent(percent);
  if (bps === null) throw new Error('invalid percentage');
  const items = chunk.slice(0, CHUNK_SIZE).filter((item) => ID_PATTERN.test(item.productId) && ID_PATTERN.test(item.variantId) && /^\d{1,19}$/.test(item.from));
  const back = bulkPath(slug);

  const productIds = [...new Set(items.map((item) => item.productId))];
  const current = new Map<string, string | null>();
  await Promise.all(
    productIds.map(async (id) => {
      const product = (await adminMutate(slug, back, AdminBulkPriceProductQuery, { id })).data?.productById;
      for (const variant of product?.variants ?? []) current.set(variant.id, basePrice(variant.prices)?.amount.amount ?? null);
    }),
  );

  const results: BulkPriceResult[] = [];
  for (const item of items) {
    const to = applyPercent(item.from, bps);
    const now = current.get(item.variantId);
    if (now === to) results.push({ variantId: item.variantId, sku: item.sku, status: 'already', to });
    else if (now !== item.from) results.push({ variantId: item.variantId, sku: item.sku, status: 'changed', message: t('admin.bulk.changedMeanwhile') });
    else {
      const result = await adminMutate(slug, back, AdminSetBasePriceMutation, { input: { variantId: item.variantId, amount: to, currency: 'NGN' } });
      const outcome = outcomeOf(result, (d) => d.setBasePrice);
      results.push(outcome.ok ? { variantId: item.variantId, sku: item.sku, status: 'done', to } : { variantId: item.variantId, sku: item.sku, status: 'failed', message: outcome.userErrors[0]?.message ?? t('admin.error.failed') });
    }
  }
  return results;
}
