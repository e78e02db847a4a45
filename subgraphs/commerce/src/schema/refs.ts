import { builder } from './builder';

/** Catalog's variant, referenced by lines (only the key travels between subgraphs). */
export const ProductVariantRef = builder.externalRef('ProductVariant', builder.selection<{ id: string }>('id')).implement({
  fields: (t) => ({ id: t.exposeID('id') }),
});
