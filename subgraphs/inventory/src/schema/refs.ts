import { builder } from './builder';

/**
 * Catalog's entities, extended here (federation: inventory adds fields to types catalog owns; the
 * fields are in federation.ts). Only the key travels between subgraphs.
 */
export const ProductVariantRef = builder.externalRef('ProductVariant', builder.selection<{ id: string }>('id')).implement({
  fields: (t) => ({ id: t.exposeID('id') }),
});

export const ProductRef = builder.externalRef('Product', builder.selection<{ id: string }>('id')).implement({
  fields: (t) => ({ id: t.exposeID('id') }),
});
