/**
 * Pricing's operations live in the catalog subgraph but belong to the pricing engine, whose tests cover
 * their authorization and isolation; catalog's coverage guards skip exactly these (and still fail on any
 * other operation missing from their tables).
 */
export const OWNED_BY_PRICING = [
  'Query.priceLists',
  'Mutation.setBasePrice',
  'Mutation.setSalePrice',
  'Mutation.setTierPrice',
  'Mutation.setListPrice',
  'Mutation.removePrice',
  'Mutation.createPriceList',
  'Mutation.removePriceList',
];
