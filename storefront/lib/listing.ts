// Listing pages (category, search, vendor) keep all their state in the URL, so filters, sorting and
// paging work as plain links and GET forms, without JavaScript, and every state can be shared or indexed.
import type { ProductSearchFilters, ProductSort } from '../gql/graphql';
import { majorInputToMinor } from './money';

export const SORTS = ['RELEVANCE', 'NEWEST', 'PRICE_ASC', 'PRICE_DESC', 'TITLE'] as const satisfies readonly ProductSort[];

/** Query-string names. Attribute filters are `attr.<name>=<value>`, repeatable. */
export const PARAM = { query: 'q', category: 'category', vendor: 'vendor', min: 'min', max: 'max', inStock: 'stock', sort: 'sort', after: 'after' } as const;
export const ATTRIBUTE_PREFIX = 'attr.';

const ATTRIBUTE_NAME_RE = /^[\p{L}\p{N} _-]{1,40}$/u;
const MAX_ATTRIBUTE_VALUES = 20;
const MAX_QUERY_LENGTH = 200;

export type SearchParams = Record<string, string | string[] | undefined>;

/** What a shopper asked for, as read from the URL (invalid parts are dropped, never an error page). */
export interface ListingState {
  query: string;
  categorySlug: string | null;
  vendorId: string | null;
  /** As typed, in major units (naira). */
  min: string;
  max: string;
  inStock: boolean;
  attributes: Record<string, string[]>;
  sort: ProductSort | null;
  after: string | null;
}

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

function all(value: string | string[] | undefined): string[] {
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((v) => v.trim()).filter(Boolean);
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string | null | undefined): value is string {
  return typeof value === 'string' && UUID_RE.test(value);
}

export function parseListing(params: SearchParams): ListingState {
  const attributes: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(params)) {
    if (!key.startsWith(ATTRIBUTE_PREFIX)) continue;
    const name = key.slice(ATTRIBUTE_PREFIX.length);
    const values = [...new Set(all(value))].slice(0, MAX_ATTRIBUTE_VALUES);
    if (ATTRIBUTE_NAME_RE.test(name) && values.length > 0) attributes[name] = values;
  }
  const sort = first(params[PARAM.sort]);
  return {
    query: first(params[PARAM.query]).slice(0, MAX_QUERY_LENGTH),
    categorySlug: first(params[PARAM.category]) || null,
    vendorId: isUuid(first(params[PARAM.vendor])) ? first(params[PARAM.vendor]) : null,
    min: first(params[PARAM.min]),
    max: first(params[PARAM.max]),
    inStock: first(params[PARAM.inStock]) === '1',
    attributes,
    sort: (SORTS as readonly string[]).includes(sort) ? (sort as ProductSort) : null,
    after: first(params[PARAM.after]) || null,
  };
}

/** The search filters for a state; the category and vendor ids come from the page (slugs resolved there). */
export function toFilters(state: ListingState, currency: string, ids: { categoryId?: string | null; vendorId?: string | null }): ProductSearchFilters {
  const filters: ProductSearchFilters = {};
  if (ids.categoryId) filters.categoryId = ids.categoryId;
  if (ids.vendorId) filters.vendorId = ids.vendorId;
  const min = majorInputToMinor(state.min, currency);
  const max = majorInputToMinor(state.max, currency);
  if (min !== null) filters.minPrice = { amount: min, currency };
  if (max !== null) filters.maxPrice = { amount: max, currency };
  if (state.inStock) filters.inStock = true;
  const attributes = Object.entries(state.attributes).map(([name, values]) => ({ name, values }));
  if (attributes.length > 0) filters.attributes = attributes;
  return filters;
}

/** The query string of a state (without the cursor unless given), for links that change one thing. */
export function listingQueryString(state: ListingState, change: Partial<ListingState> = {}): string {
  const next = { ...state, after: null, ...change };
  const params = new URLSearchParams();
  if (next.query) params.set(PARAM.query, next.query);
  if (next.categorySlug) params.set(PARAM.category, next.categorySlug);
  if (next.vendorId) params.set(PARAM.vendor, next.vendorId);
  if (next.min) params.set(PARAM.min, next.min);
  if (next.max) params.set(PARAM.max, next.max);
  if (next.inStock) params.set(PARAM.inStock, '1');
  for (const [name, values] of Object.entries(next.attributes)) for (const v of values) params.append(`${ATTRIBUTE_PREFIX}${name}`, v);
  if (next.sort) params.set(PARAM.sort, next.sort);
  if (next.after) params.set(PARAM.after, next.after);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** True when the shopper narrowed the list (filters other than the page's own category/vendor). */
export function hasFilters(state: ListingState): boolean {
  return Boolean(state.min || state.max || state.inStock || Object.keys(state.attributes).length > 0);
}
