'use server';

import { redirect } from 'next/navigation';
import type { ProductStatus, ProductVariantInput } from '../../gql/graphql';
import { t } from '../messages';
import { adminBase } from './access';
import type { FormState } from './form-state';
import {
  AdminAddMediaMutation,
  AdminAddVariantMutation,
  AdminCreateProductMutation,
  AdminSetBasePriceMutation,
  AdminSetProductStatusMutation,
  AdminUpdateProductMutation,
  AdminUpdateVariantMutation,
} from './product-operations';
import { parseBoxSize, parseLines, parseNaira, parseOptions, parseWeight } from './product-input';
import { adminMutate } from './session';
import { errorState, formValues, outcomeOf, text } from './user-errors';

const STATUSES: readonly ProductStatus[] = ['DRAFT', 'ACTIVE', 'ARCHIVED'];
const ID_PATTERN = /^[0-9a-f-]{36}$/i;

function checkId(id: string): string {
  if (!ID_PATTERN.test(id)) throw new Error('invalid id');
  return id;
}

const productPath = (slug: string, id: string) => `${adminBase(slug)}/products/${id}`;

/** A variant input's field as the form names it (the box's three sides are one field). */
const variantFieldFor = (field: string) => (field === 'barcode' ? 'sku' : field === 'weightGrams' ? 'weight' : ['lengthMm', 'widthMm', 'heightMm'].includes(field) ? 'size' : field);

/** Weight and box size typed in a variant's form, with their field errors (decision 0091). */
function packedSize(formData: FormData, prefix: string, errors: Record<string, string>) {
  const weight = parseWeight(text(formData, `${prefix}weight`));
  if (!weight.ok) errors[`${prefix}weight`] = t('admin.products.invalid.weight');
  const box = parseBoxSize(text(formData, `${prefix}size`));
  if (!box.ok) errors[`${prefix}size`] = t('admin.products.invalid.size');
  return { weightGrams: weight.ok ? weight.grams : null, ...(box.ok && box.size ? box.size : { lengthMm: null, widthMm: null, heightMm: null }) };
}

/** Maps the API's field paths onto the create form's field names. */
function createFieldFor(path: string): string | null {
  const variant = /^variants\.(\d+)\.(sku|title|options|barcode|weightGrams|lengthMm|widthMm|heightMm)/.exec(path);
  if (variant) return `variants.${variant[1]}.${variantFieldFor(variant[2])}`;
  const price = /^variants\.(\d+)\.basePrices/.exec(path);
  if (price) return `variants.${price[1]}.price`;
  if (path === 'variants') return 'variants.0.sku';
  if (path.startsWith('media')) return 'media';
  return ['title', 'slug', 'description', 'categoryId', 'vendorId', 'status'].includes(path) ? path : null;
}

interface VariantRow {
  index: number;
  input: ProductVariantInput;
}

/** The filled-in variant rows of a form (rows with nothing typed are skipped), with field errors. */
function variantRows(formData: FormData, rows: number, errors: Record<string, string>): VariantRow[] {
  const result: VariantRow[] = [];
  for (let i = 0; i < rows; i++) {
    const sku = text(formData, `variants.${i}.sku`);
    const title = text(formData, `variants.${i}.title`);
    const optionsText = text(formData, `variants.${i}.options`);
    const priceText = text(formData, `variants.${i}.price`);
    if (!sku && !title && !optionsText && !priceText && !text(formData, `variants.${i}.weight`) && !text(formData, `variants.${i}.size`)) continue;
    const size = packedSize(formData, `variants.${i}.`, errors);
    if (!sku) errors[`variants.${i}.sku`] = t('admin.products.invalid.sku');
    const options = parseOptions(optionsText);
    if (!options) errors[`variants.${i}.options`] = t('admin.products.invalid.options');
    const price = parseNaira(priceText);
    if (!price.ok) errors[`variants.${i}.price`] = price.message;
    result.push({
      index: i,
      input: {
        sku,
        ...(title ? { title } : {}),
        ...(options && Object.keys(options).length > 0 ? { options } : {}),
        ...(price.ok && price.kobo ? { basePrices: [{ amount: price.kobo, currency: 'NGN' }] } : {}),
        ...Object.fromEntries(Object.entries(size).filter(([, v]) => v !== null)),
      },
    });
  }
  return result;
}

/** Create a product with its variants, base prices and media; on success, its edit page. */
export async function createProductAction(slug: string, rows: number, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const errors: Record<string, string> = {};
  const title = text(formData, 'title');
  if (!title) errors.title = t('admin.products.invalid.title');
  const variants = variantRows(formData, Math.min(Math.max(rows, 1), 20), errors);
  if (variants.length === 0) errors['variants.0.sku'] = t('admin.products.invalid.noVariant');
  const status = text(formData, 'status') as ProductStatus;
  const media = parseLines(text(formData, 'media'));
  if (Object.keys(errors).length > 0) return { status: 'error', message: t('admin.error.fields'), fieldErrors: errors, values };

  const categoryId = text(formData, 'categoryId');
  const vendorId = text(formData, 'vendorId');
  const result = await adminMutate(slug, `${adminBase(slug)}/products/new`, AdminCreateProductMutation, {
    input: {
      title,
      description: text(formData, 'description') || undefined,
      ...(categoryId ? { categoryId } : {}),
      ...(vendorId ? { vendorId } : {}),
      status: STATUSES.includes(status) ? status : 'DRAFT',
      variants: variants.map((v) => v.input),
      media: media.map((url, position) => ({ url, position })),
    },
  });
  const outcome = outcomeOf(result, (d) => d.createProduct);
  const id = result.data?.createProduct.product?.id;
  if (!outcome.ok || !id) {
    // The API numbers variants among those sent; the form numbers its rows (blank rows skipped).
    const rowOf = (n: string) => String(variants[Number(n)]?.index ?? n);
    return errorState(outcome.userErrors, values, (path) => createFieldFor(path.replace(/^variants\.(\d+)/, (_m, n: string) => `variants.${rowOf(n)}`)));
  }
  redirect(`${productPath(slug, id)}?saved=created`);
}

/** Change a product's title, slug, description, category and SEO text. */
export async function updateProductAction(slug: string, productId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const id = checkId(productId);
  const values = formValues(formData);
  const title = text(formData, 'title');
  if (!title) return { status: 'error', message: t('admin.error.fields'), fieldErrors: { title: t('admin.products.invalid.title') }, values };
  const categoryId = text(formData, 'categoryId');
  const result = await adminMutate(slug, productPath(slug, id), AdminUpdateProductMutation, {
    id,
    input: {
      title,
      slug: text(formData, 'slug') || undefined,
      description: text(formData, 'description'),
      categoryId: categoryId || null,
      seoTitle: text(formData, 'seoTitle'),
      seoDescription: text(formData, 'seoDescription'),
    },
  });
  const outcome = outcomeOf(result, (d) => d.updateProduct);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (p) => (['title', 'slug', 'description', 'categoryId', 'seoTitle', 'seoDescription'].includes(p) ? p : null));
  redirect(`${productPath(slug, id)}?saved=details`);
}

/** Publish, archive or take back to draft. */
export async function setProductStatusAction(slug: string, productId: string, status: ProductStatus, _previous: FormState, _formData: FormData): Promise<FormState> {
  const id = checkId(productId);
  if (!STATUSES.includes(status)) throw new Error('invalid status');
  const result = await adminMutate(slug, productPath(slug, id), AdminSetProductStatusMutation, { id, status });
  const outcome = outcomeOf(result, (d) => d.setProductStatus);
  if (!outcome.ok) return errorState(outcome.userErrors, {}, () => null);
  redirect(`${productPath(slug, id)}?saved=${status.toLowerCase()}`);
}

/** Save one variant: SKU, title, options and its NGN base price (only sent when it changed). */
export async function saveVariantAction(slug: string, productId: string, variantId: string, currentPrice: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const id = checkId(variantId);
  const back = productPath(slug, checkId(productId));
  const values = formValues(formData);
  const errors: Record<string, string> = {};
  const sku = text(formData, 'sku');
  if (!sku) errors.sku = t('admin.products.invalid.sku');
  const options = parseOptions(text(formData, 'options'));
  if (!options) errors.options = t('admin.products.invalid.options');
  const price = parseNaira(text(formData, 'price'));
  if (!price.ok) errors.price = price.message;
  // Blank weight or size clears it (unknown: checkout offers zone rates only).
  const size = packedSize(formData, '', errors);
  if (Object.keys(errors).length > 0 || !options || !price.ok) return { status: 'error', message: t('admin.error.fields'), fieldErrors: errors, values };

  const title = text(formData, 'title');
  const updated = await adminMutate(slug, back, AdminUpdateVariantMutation, { id, input: { sku, options, ...(title ? { title } : {}), ...size } });
  const outcome = outcomeOf(updated, (d) => d.updateVariant);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (p) => (['sku', 'title', 'options', 'barcode', 'weightGrams', 'lengthMm', 'widthMm', 'heightMm'].includes(p) ? variantFieldFor(p) : null));
  if (price.kobo && price.kobo !== currentPrice) {
    const priced = await adminMutate(slug, back, AdminSetBasePriceMutation, { input: { variantId: id, amount: price.kobo, currency: 'NGN' } });
    const priceOutcome = outcomeOf(priced, (d) => d.setBasePrice);
    if (!priceOutcome.ok) return errorState(priceOutcome.userErrors, values, (p) => (p === 'amount' ? 'price' : null));
  }
  redirect(`${back}?saved=variant`);
}

/** Add a variant (with its NGN base price) to an existing product. */
export async function addVariantAction(slug: string, productId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const id = checkId(productId);
  const values = formValues(formData);
  const errors: Record<string, string> = {};
  const [row] = variantRows(formData, 1, errors);
  if (!row) errors['variants.0.sku'] = t('admin.products.invalid.sku');
  if (Object.keys(errors).length > 0 || !row) return { status: 'error', message: t('admin.error.fields'), fieldErrors: errors, values };
  const result = await adminMutate(slug, productPath(slug, id), AdminAddVariantMutation, { productId: id, input: row.input });
  const outcome = outcomeOf(result, (d) => d.addVariant);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (p) => createFieldFor(`variants.0.${p}`));
  redirect(`${productPath(slug, id)}?saved=variantAdded`);
}

/** Add an image by its https URL. */
export async function addMediaAction(slug: string, productId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const id = checkId(productId);
  const values = formValues(formData);
  const url = text(formData, 'url');
  if (!url) return { status: 'error', message: t('admin.error.fields'), fieldErrors: { url: t('admin.products.invalid.mediaUrl') }, values };
  const alt = text(formData, 'alt');
  const result = await adminMutate(slug, productPath(slug, id), AdminAddMediaMutation, { productId: id, input: { url, ...(alt ? { alt } : {}) } });
  const outcome = outcomeOf(result, (d) => d.addProductMedia);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (p) => (p === 'url' || p === 'alt' ? p : null));
  redirect(`${productPath(slug, id)}?saved=media`);
}
