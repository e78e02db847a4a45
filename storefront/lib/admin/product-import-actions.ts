'use server';

import type { ProductStatus } from '../../gql/graphql';
import { t } from '../messages';
import { adminBase } from './access';
import { AdminReceiveStockMutation } from './inventory-operations';
import { AdminImportCreateProductMutation } from './product-import-operations';
import { IMPORT_CHUNK_SIZE, isImportProduct, type ImportProduct, type ImportResult, type ImportSettings } from './product-import';
import { adminMutate } from './session';
import { outcomeOf } from './user-errors';

const ID_PATTERN = /^[0-9a-f-]{36}$/i;
const STATUSES: readonly ProductStatus[] = ['DRAFT', 'ACTIVE'];
/** Inventory learns of new variants from catalog's outbox, moments after creation: wait that long at most. */
const STOCK_ATTEMPTS = 10;
const STOCK_RETRY_MS = 400;

const importPath = (slug: string) => `${adminBase(slug)}/products/import`;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The API's userErrors in words, naming the file line when the error is about one variant. */
function failureMessage(product: ImportProduct, errors: { message: string; field: string[] | null }[]): string {
  return errors
    .map((error) => {
      const index = /^variants\.(\d+)/.exec((error.field ?? []).filter((p) => p !== 'input').join('.'));
      const variant = index ? product.variants[Number(index[1])] : undefined;
      return variant ? t('admin.import.lineMessage', { line: variant.line, message: error.message }) : error.message;
    })
    .join(' ');
}

/** Receives a new variant's opening stock, waiting for inventory to know the variant. */
async function receiveOpeningStock(slug: string, variantId: string, locationId: string, quantity: number): Promise<string | null> {
  for (let attempt = 1; ; attempt++) {
    const result = await adminMutate(slug, importPath(slug), AdminReceiveStockMutation, { input: { variantId, locationId, quantity, reference: 'product import' } });
    const outcome = outcomeOf(result, (d) => d.receiveStock);
    if (outcome.ok) return null;
    const notYetKnown = outcome.userErrors.some((e) => e.code === 'NOT_FOUND' && (e.field ?? []).includes('variantId'));
    if (!notYetKnown || attempt >= STOCK_ATTEMPTS) return outcome.userErrors[0]?.message ?? t('admin.error.failed');
    await pause(STOCK_RETRY_MS);
  }
}

/** Creates one product with its variants and NGN base prices, then receives its opening stock. */
async function importOne(slug: string, settings: ImportSettings, status: ProductStatus, product: ImportProduct): Promise<ImportResult> {
  const result = await adminMutate(slug, importPath(slug), AdminImportCreateProductMutation, {
    input: {
      title: product.title,
      slug: product.handle,
      ...(product.description ? { description: product.description } : {}),
      ...(product.categoryId ? { categoryId: product.categoryId } : {}),
      ...(settings.vendorId ? { vendorId: settings.vendorId } : {}),
      status,
      variants: product.variants.map((v, position) => ({
        sku: v.sku,
        position,
        ...(Object.keys(v.options).length > 0 ? { options: v.options } : {}),
        basePrices: [{ amount: v.priceKobo, currency: 'NGN' }],
      })),
    },
  });
  const outcome = outcomeOf(result, (d) => d.createProduct);
  const created = result.data?.createProduct.product;
  if (!outcome.ok || !created) return { handle: product.handle, title: product.title, status: 'failed', message: failureMessage(product, outcome.userErrors) };

  const warnings: string[] = [];
  if (settings.locationId) {
    for (const variant of product.variants) {
      const variantId = created.variants.find((v) => v.sku === variant.sku)?.id;
      if (!variantId || !variant.stock) continue;
      const problem = await receiveOpeningStock(slug, variantId, settings.locationId, variant.stock);
      if (problem) warnings.push(t('admin.import.stockNotSet', { sku: variant.sku, message: problem }));
    }
  }
  return { handle: product.handle, title: product.title, status: 'created', productId: created.id, slug: created.slug, stockWarning: warnings.length > 0 ? warnings.join(' ') : null };
}

/**
 * One chunk of an import: each product checked again (the browser sends them back), then created by the
 * API, which has the last word (SKU_TAKEN, SLUG_TAKEN, permissions). One product failing never stops
 * the others; each result says what happened.
 */
export async function importProductsChunk(slug: string, settings: ImportSettings, products: unknown[]): Promise<ImportResult[]> {
  const status = STATUSES.find((s) => s === settings.status);
  if (!status) throw new Error('invalid status');
  if (settings.vendorId !== null && !ID_PATTERN.test(settings.vendorId)) throw new Error('invalid vendor');
  if (settings.locationId !== null && !ID_PATTERN.test(settings.locationId)) throw new Error('invalid location');
  if (!Array.isArray(products) || products.length > IMPORT_CHUNK_SIZE) throw new Error('invalid chunk');

  const results: ImportResult[] = [];
  for (const product of products) {
    if (!isImportProduct(product)) {
      const handle = typeof (product as { handle?: unknown })?.handle === 'string' ? (product as { handle: string }).handle : '?';
      results.push({ handle, title: handle, status: 'failed', message: t('admin.import.invalidProduct') });
      continue;
    }
    results.push(await importOne(slug, settings, status, product));
  }
  return results;
}
