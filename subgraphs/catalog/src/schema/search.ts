import { queryFromInfo } from '@pothos/plugin-prisma';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { AppError, ErrorCode, money } from '@webwaka/kit';
import { PRODUCT_SORTS, searchProducts, type SearchFacets, type SearchPage } from '../services/search';
import { builder } from './builder';
import { MoneyInput } from './money-input';
import { Product } from './product';

export const ProductSortEnum = builder.enumType('ProductSort', {
  description: 'RELEVANCE needs a query (without one it is NEWEST); prices are the base "from" price in the search currency, products without one last.',
  values: PRODUCT_SORTS,
});

const AttributeFilterInput = builder.inputType('AttributeFilterInput', {
  fields: (t) => ({ name: t.string({ required: true }), values: t.stringList({ required: true, description: 'Matches any of these values.' }) }),
});

const ProductSearchFilters = builder.inputType('ProductSearchFilters', {
  fields: (t) => ({
    categoryId: t.id({ description: 'This category and its descendants.' }),
    vendorId: t.id(),
    minPrice: t.field({ type: MoneyInput }),
    maxPrice: t.field({ type: MoneyInput }),
    inStock: t.boolean({ description: 'true: some variant is available; false: none is.' }),
    attributes: t.field({ type: [AttributeFilterInput], description: 'All must match.' }),
  }),
});

const FacetCount = builder.objectRef<{ id: string; name: string; count: number }>('SearchFacetCount').implement({
  fields: (t) => ({ id: t.exposeID('id'), name: t.exposeString('name'), count: t.exposeInt('count') }),
});
const AttributeValueFacet = builder.objectRef<{ value: string; count: number }>('AttributeValueFacet').implement({
  fields: (t) => ({ value: t.exposeString('value'), count: t.exposeInt('count') }),
});
const AttributeFacet = builder.objectRef<SearchFacets['attributes'][number]>('AttributeFacet').implement({
  fields: (t) => ({ name: t.exposeString('name'), values: t.field({ type: [AttributeValueFacet], resolve: (a) => a.values }) }),
});
const PriceRange = builder.objectRef<NonNullable<SearchFacets['priceRange']>>('PriceRange').implement({
  fields: (t) => ({
    min: t.field({ type: builder.MoneyRef, resolve: (r) => money(r.min, r.currency) }),
    max: t.field({ type: builder.MoneyRef, resolve: (r) => money(r.max, r.currency) }),
  }),
});
const SearchFacetsRef = builder.objectRef<SearchFacets>('SearchFacets').implement({
  description: 'Counts over everything matching the query and filters (categories counted by direct category).',
  fields: (t) => ({
    categories: t.field({ type: [FacetCount], resolve: (f) => f.categories }),
    vendors: t.field({ type: [FacetCount], resolve: (f) => f.vendors }),
    attributes: t.field({ type: [AttributeFacet], resolve: (f) => f.attributes }),
    priceRange: t.field({ type: PriceRange, nullable: true, resolve: (f) => f.priceRange }),
  }),
});

/** Whether the client selected totalCount or facets on the connection (through fragments too). */
function asksForAggregates(info: GraphQLResolveInfo): boolean {
  const selects = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === 'totalCount' || selection.name.value === 'facets';
      if (selection.kind === Kind.INLINE_FRAGMENT) return selects(selection.selectionSet);
      return selects(info.fragments[selection.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => selects(node.selectionSet));
}

builder.queryFields((t) => ({
  searchProducts: t.connection(
    {
      type: Product,
      description: 'Full-text product search with filters, sort, facets and cursor pagination (forward only).',
      args: {
        query: t.arg.string({ description: 'Web-search syntax: words, "quoted phrases", or, -excluded. A SKU prefix also matches.' }),
        filters: t.arg({ type: ProductSearchFilters }),
        sort: t.arg({ type: ProductSortEnum }),
        currency: t.arg.string({ description: 'Currency of prices for filters, sort and facets (default NGN).' }),
      },
      resolve: async (_r, args, ctx, info) => {
        if (args.last != null || args.before != null) throw new AppError(ErrorCode.BAD_USER_INPUT, 'searchProducts pages forward only (first/after)');
        const page: SearchPage = await searchProducts(ctx, {
          query: args.query,
          sort: args.sort,
          currency: args.currency,
          first: args.first,
          after: args.after,
          filters: args.filters && {
            ...args.filters,
            categoryId: args.filters.categoryId == null ? args.filters.categoryId : String(args.filters.categoryId),
            vendorId: args.filters.vendorId == null ? args.filters.vendorId : String(args.filters.vendorId),
          },
        }, { withAggregates: asksForAggregates(info) });
        const ids = page.edges.map((e) => e.id);
        // One query for the page's products, with the relations the client selected under edges.node.
        const rows = ids.length
          ? await ctx.prisma.product.findMany({ ...queryFromInfo({ context: ctx, info, path: ['edges', 'node'] }), where: { id: { in: ids }, tenantId: ctx.tenantId! } })
          : [];
        const byId = new Map(rows.map((r) => [r.id, r]));
        return {
          edges: page.edges.filter((e) => byId.has(e.id)).map((e) => ({ cursor: e.cursor, node: byId.get(e.id)! })),
          pageInfo: page.pageInfo,
          aggregates: page.aggregates,
        };
      },
    },
    {
      name: 'ProductSearchConnection',
      fields: (c) => ({
        totalCount: c.int({ resolve: async (conn) => (await conn.aggregates()).totalCount }),
        facets: c.field({ type: SearchFacetsRef, resolve: async (conn) => (await conn.aggregates()).facets }),
      }),
    },
    { name: 'ProductSearchEdge' },
  ),
}));
