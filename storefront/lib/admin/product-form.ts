import 'server-only';
import type { AdminProductFormOptionsQuery } from '../../gql/graphql';
import { t } from '../messages';
import type { FieldSpec } from './form-state';
import { AdminProductFormOptionsQuery as OptionsDocument } from './product-operations';
import { adminQuery } from './session';

type CategoryNode = { id: string; name: string; children?: CategoryNode[] };

/** The category tree as select options, subcategories indented. */
function categoryOptions(nodes: readonly CategoryNode[], depth = 0): { value: string; label: string }[] {
  return nodes.flatMap((node) => [{ value: node.id, label: `${'— '.repeat(depth)}${node.name}` }, ...categoryOptions(node.children ?? [], depth + 1)]);
}

export interface ProductFormOptions {
  categories: { value: string; label: string }[];
  /** Approved vendors to choose from (marketplace managers); null when the API decides (stores, vendors). */
  vendors: { value: string; label: string }[] | null;
}

export async function productFormOptions(slug: string, chooseVendor: boolean): Promise<ProductFormOptions> {
  const data: AdminProductFormOptionsQuery = await adminQuery(slug, OptionsDocument, { withVendors: chooseVendor });
  return {
    categories: [{ value: '', label: t('admin.products.noCategory') }, ...categoryOptions(data.categories)],
    vendors: chooseVendor ? (data.vendors?.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name })) : null,
  };
}

/** The fields of one variant row (create form: `variants.<i>.<field>`; edit forms: plain names). */
export function variantFields(prefix: string, defaults: { sku?: string; title?: string; options?: string; price?: string; weight?: string; size?: string } = {}): FieldSpec[] {
  return [
    { name: `${prefix}sku`, label: t('admin.products.sku'), defaultValue: defaults.sku, hint: t('admin.products.skuHint') },
    { name: `${prefix}title`, label: t('admin.products.variantTitle'), defaultValue: defaults.title, hint: t('admin.products.variantTitleHint') },
    { name: `${prefix}options`, label: t('admin.products.options'), defaultValue: defaults.options, hint: t('admin.products.optionsHint'), placeholder: 'size: M; colour: Indigo' },
    { name: `${prefix}price`, label: t('admin.products.price'), defaultValue: defaults.price, hint: t('admin.products.priceHint'), inputMode: 'decimal' },
    { name: `${prefix}weight`, label: t('admin.products.weight'), defaultValue: defaults.weight, hint: t('admin.products.weightHint'), inputMode: 'numeric' },
    { name: `${prefix}size`, label: t('admin.products.size'), defaultValue: defaults.size, hint: t('admin.products.sizeHint'), placeholder: '300 x 200 x 100' },
  ];
}
