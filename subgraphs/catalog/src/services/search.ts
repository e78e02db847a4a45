/**
 * Product search: PostgreSQL full text over the `searchVector` column (title weighted A, the names of the
 * product's category and its ancestors B, description C, variant SKUs A; kept by triggers, also when a
 * category is renamed or moved), plus SKU prefix matching, filters, facets and keyset pagination.
 *
 * - Matching: `searchVector @@ websearch_to_tsquery('english', query)` (quotes, `or`, `-word` work as on
 *   the web), or a variant SKU starting with the query (case-insensitive) when the query is one SKU-like
 *   word (letters, digits, . _ / -, with at least one digit). An empty query, or one of stop words only,
 *   matches everything.
 * - Relevance: ts_rank (title hits outrank description hits through the weights), plus 1 for a SKU prefix
 *   hit, so typing a SKU puts that product first.
 * - Price: a product's price is the lowest BASE price of its variants in the requested currency (rows
 *   without price list, for quantity 1, without a sale window), the "from" price of a listing. Products
 *   without one are excluded by price filters and sort last in both price orders.
 * - In stock: some variant has VariantAvailability.available > 0 (inventory's projection).
 * - Visibility: the public sees ACTIVE products of APPROVED vendors; managers and catalog:read keys see
 *   everything; a vendor also sees all of its own.
 * - Facets are counted over everything that matches the query and all filters (direct categories).
 * - Pagination is keyset on (sort key, id), encoded in opaque cursors bound to the sort, so pages never
 *   repeat or skip rows for any sort, even with ties. Everything is parameterised (Prisma.sql), never
 *   concatenated.
 */
import { AppError, ErrorCode, isUuid, MAX_PAGE_SIZE, Prisma } from '@webwaka/kit';
import { requireTenant, visibilityForSql } from './access';
import { categoryAndDescendants } from './categories';
import type { ServiceContext } from './context';

export const PRODUCT_SORTS = ['RELEVANCE', 'NEWEST', 'PRICE_ASC', 'PRICE_DESC', 'TITLE'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

export interface MoneyFilter {
  amount: bigint | number | string;
  currency: string;
}
export interface SearchFilters {
  categoryId?: string | null;
  vendorId?: string | null;
  minPrice?: MoneyFilter | null;
  maxPrice?: MoneyFilter | null;
  inStock?: boolean | null;
  attributes?: { name: string; values: string[] }[] | null;
}
export interface SearchArgs {
  query?: string | null;
  filters?: SearchFilters | null;
  sort?: ProductSort | null;
  /** Currency of prices for filters, sort and facets; default the tenant's (NGN). */
  currency?: string | null;
  first?: number | null;
  after?: string | null;
}

export interface SearchFacets {
  categories: { id: string; name: string; count: number }[];
  vendors: { id: string; name: string; count: number }[];
  attributes: { name: string; values: { value: string; count: number }[] }[];
  priceRange: { min: bigint; max: bigint; currency: string } | null;
}

export interface SearchPage {
  edges: { cursor: string; id: string }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /** Counted on demand (only when the client asks for totalCount or facets). */
  aggregates(): Promise<{ totalCount: number; facets: SearchFacets }>;
}

export const DEFAULT_CURRENCY = 'NGN';
const DEFAULT_PAGE = 20;
const MAX_FACET_ENTRIES = 50;
const MAX_ATTRIBUTE_FILTERS = 10;
const SKU_QUERY_RE = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

const badInput = (message: string) => new AppError(ErrorCode.BAD_USER_INPUT, message);

// ---------------------------------------------------------------------------------------------------
// Cursors
// ---------------------------------------------------------------------------------------------------

type CursorKey = number | string | null;
interface Cursor {
  s: ProductSort;
  k: CursorKey;
  i: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

export function decodeCursor(raw: string, sort: ProductSort): Cursor {
  let c: Cursor;
  try {
    c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw badInput('Invalid cursor');
  }
  const keyOk =
    sort === 'RELEVANCE' ? typeof c?.k === 'number' && Number.isFinite(c.k)
    : sort === 'NEWEST' ? typeof c?.k === 'string' && !Number.isNaN(Date.parse(c.k))
    : sort === 'TITLE' ? typeof c?.k === 'string'
    : c?.k === null || (typeof c?.k === 'string' && /^-?\d{1,19}$/.test(c.k));
  if (!c || c.s !== sort || !isUuid(c.i) || !keyOk) throw badInput('Invalid cursor (it belongs to another search or sort)');
  return c;
}

// ---------------------------------------------------------------------------------------------------
// SQL
// ---------------------------------------------------------------------------------------------------

interface Plan {
  tenantId: string;
  query: string;
  skuPattern: string | null;
  currency: string;
  sort: ProductSort;
  where: Prisma.Sql[];
  /** A price bound is among `where` (which then reads the price). */
  filtersOnPrice: boolean;
  empty: boolean;
}

/** Escapes LIKE wildcards so a SKU such as ADE_01 matches literally. */
const likePrefix = (s: string) => `${s.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

async function plan(ctx: Pick<ServiceContext, 'prisma' | 'actor' | 'tenantId'>, args: SearchArgs): Promise<Plan> {
  const tenantId = requireTenant(ctx);
  const query = (args.query ?? '').trim();
  if (query.length > 200) throw badInput('The search text is at most 200 characters');
  const f = args.filters ?? {};
  const currency = (args.currency ?? f.minPrice?.currency ?? f.maxPrice?.currency ?? DEFAULT_CURRENCY).trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) throw badInput('Currency is an ISO 4217 code such as NGN');
  const sort = args.sort ?? (query ? 'RELEVANCE' : 'NEWEST');
  if (!PRODUCT_SORTS.includes(sort)) throw badInput('Unknown sort');
  const where: Prisma.Sql[] = [];
  let empty = false;
  let filtersOnPrice = false;

  const vis = await visibilityForSql(ctx);
  if (!vis.all) {
    where.push(
      vis.ownVendorId
        ? Prisma.sql`((p."status" = 'ACTIVE' AND v."status" = 'APPROVED') OR p."vendorId" = ${vis.ownVendorId}::uuid)`
        : Prisma.sql`(p."status" = 'ACTIVE' AND v."status" = 'APPROVED')`,
    );
  }
  if (f.categoryId !== undefined && f.categoryId !== null) {
    const ids = await categoryAndDescendants(ctx, tenantId, f.categoryId);
    if (ids.length === 0) empty = true;
    else where.push(Prisma.sql`p."categoryId" = ANY(${ids}::uuid[])`);
  }
  if (f.vendorId !== undefined && f.vendorId !== null) {
    if (!isUuid(f.vendorId)) empty = true;
    else where.push(Prisma.sql`p."vendorId" = ${f.vendorId}::uuid`);
  }
  for (const [name, bound, op] of [
    ['minPrice', f.minPrice, Prisma.sql`>=`],
    ['maxPrice', f.maxPrice, Prisma.sql`<=`],
  ] as const) {
    if (!bound) continue;
    if ((bound.currency ?? '').trim().toUpperCase() !== currency) throw badInput(`${name} must be in ${currency}, the currency of this search`);
    let amount: bigint;
    try {
      amount = BigInt(bound.amount as bigint);
    } catch {
      throw badInput(`${name} is a whole number of minor units`);
    }
    if (amount < 0n) throw badInput(`${name} must not be negative`);
    where.push(Prisma.sql`bp."amount" ${op} ${amount}`);
    filtersOnPrice = true;
  }
  if (f.minPrice && f.maxPrice && BigInt(f.minPrice.amount as bigint) > BigInt(f.maxPrice.amount as bigint)) throw badInput('minPrice is above maxPrice');
  if (f.inStock === true || f.inStock === false) {
    const inStock = Prisma.sql`EXISTS (SELECT 1 FROM "catalog"."VariantAvailability" va WHERE va."productId" = p."id" AND va."tenantId" = ${tenantId}::uuid AND va."available" > 0)`;
    where.push(f.inStock ? inStock : Prisma.sql`NOT ${inStock}`);
  }
  const attrs = f.attributes ?? [];
  if (attrs.length > MAX_ATTRIBUTE_FILTERS) throw badInput(`At most ${MAX_ATTRIBUTE_FILTERS} attribute filters`);
  for (const a of attrs) {
    const name = (a.name ?? '').trim();
    const values = [...new Set((a.values ?? []).map((x) => x.trim()).filter(Boolean))];
    if (!name || values.length === 0 || values.length > 50) throw badInput('An attribute filter has a name and 1 to 50 values');
    // A product matches when the attribute's value (text) or one of its values (list) is among `values`.
    where.push(Prisma.sql`(CASE jsonb_typeof(p."attributes" -> ${name})
      WHEN 'array' THEN EXISTS (SELECT 1 FROM jsonb_array_elements_text(p."attributes" -> ${name}) AS x(val) WHERE x.val = ANY(${values}::text[]))
      WHEN 'string' THEN (p."attributes" ->> ${name}) = ANY(${values}::text[])
      ELSE false END)`);
  }
  // SKU prefixes only for SKU-like queries (one word with a digit): the prefix match scans the tenant's
  // variants, which plain words ("shirt") should not pay for.
  const skuPattern = query && SKU_QUERY_RE.test(query) && /\d/.test(query) ? likePrefix(query) : null;
  return { tenantId, query, skuPattern, currency, sort: query || sort !== 'RELEVANCE' ? sort : 'NEWEST', where, filtersOnPrice, empty };
}

/**
 * `WITH params, matched AS (...)`: the products that match, with their rank and (when `withPrice`, else
 * NULL) their price. The price is looked up per product through its variants (ProductVariant by
 * productId, then Price by variantId and currency), so its cost follows the number of matches; deliberately
 * no tenant condition on Price, which would tempt the planner into scanning the tenant's whole price table
 * for every product.
 */
function matchedCte(p: Plan, withPrice: boolean): Prisma.Sql {
  const skuHit = p.skuPattern
    ? Prisma.sql`p."id" IN (SELECT sv."productId" FROM "catalog"."ProductVariant" sv WHERE sv."tenantId" = ${p.tenantId}::uuid AND sv."sku" ILIKE ${p.skuPattern})`
    : Prisma.sql`false`;
  const textMatch = p.query ? Prisma.sql`(numnode(params.tsq) = 0 OR p."searchVector" @@ params.tsq OR sku_hit.hit)` : Prisma.sql`true`;
  const rank = p.query
    ? Prisma.sql`(CASE WHEN numnode(params.tsq) = 0 THEN 0 ELSE ts_rank(p."searchVector", params.tsq) END::float8 + CASE WHEN sku_hit.hit THEN 1 ELSE 0 END)`
    : Prisma.sql`0::float8`;
  const filters = p.where.length ? Prisma.sql`AND ${Prisma.join(p.where, ' AND ')}` : Prisma.empty;
  return Prisma.sql`
    WITH params AS (SELECT websearch_to_tsquery('english', ${p.query}) AS tsq),
    matched AS (
      SELECT p."id", p."createdAt", p."title", p."categoryId", p."vendorId", p."attributes", ${rank} AS rank, ${withPrice ? Prisma.sql`bp."amount"` : Prisma.sql`NULL::bigint`} AS price
      FROM "catalog"."Product" p
      JOIN "catalog"."Vendor" v ON v."id" = p."vendorId"
      CROSS JOIN params
      CROSS JOIN LATERAL (SELECT ${skuHit} AS hit) sku_hit
      ${
        withPrice
          ? Prisma.sql`LEFT JOIN LATERAL (
        SELECT MIN(pr."amount") AS "amount"
        FROM "catalog"."ProductVariant" pv JOIN "catalog"."Price" pr ON pr."variantId" = pv."id"
        WHERE pv."productId" = p."id" AND pr."currency" = ${p.currency} AND pr."priceListId" IS NULL AND pr."minQuantity" = 1
          AND pr."startsAt" IS NULL AND pr."endsAt" IS NULL
      ) bp ON true`
          : Prisma.empty
      }
      WHERE p."tenantId" = ${p.tenantId}::uuid AND ${textMatch} ${filters}
    )`;
}

interface SortSpec {
  /** The key column of `matched` (aliased m), its SQL type and direction. */
  key: Prisma.Sql;
  cast: (k: CursorKey) => Prisma.Sql;
  desc: boolean;
  nullsLast: boolean;
  idDesc: boolean;
  /** Reads the key of a result row for the cursor. */
  read: (row: PageRow) => CursorKey;
}

interface PageRow {
  id: string;
  rank: number;
  createdAt: Date;
  price: string | null;
  titleKey: string;
}

const SORTS: Record<ProductSort, SortSpec> = {
  RELEVANCE: { key: Prisma.sql`m.rank`, cast: (k) => Prisma.sql`${k}::float8`, desc: true, nullsLast: false, idDesc: false, read: (r) => Number(r.rank) },
  NEWEST: { key: Prisma.sql`m."createdAt"`, cast: (k) => Prisma.sql`${new Date(k as string)}::timestamptz`, desc: true, nullsLast: false, idDesc: true, read: (r) => new Date(r.createdAt).toISOString() },
  PRICE_ASC: { key: Prisma.sql`m.price`, cast: (k) => Prisma.sql`${k}::bigint`, desc: false, nullsLast: true, idDesc: false, read: (r) => r.price },
  PRICE_DESC: { key: Prisma.sql`m.price`, cast: (k) => Prisma.sql`${k}::bigint`, desc: true, nullsLast: true, idDesc: false, read: (r) => r.price },
  TITLE: { key: Prisma.sql`lower(m."title")`, cast: (k) => Prisma.sql`${k}::text`, desc: false, nullsLast: false, idDesc: false, read: (r) => r.titleKey },
};

/** Rows strictly after the cursor in (key, id) order, with NULL keys last in either direction. */
function afterCursor(spec: SortSpec, c: Cursor): Prisma.Sql {
  const idAfter = spec.idDesc ? Prisma.sql`m."id" < ${c.i}::uuid` : Prisma.sql`m."id" > ${c.i}::uuid`;
  if (c.k === null) return Prisma.sql`(${spec.key} IS NULL AND ${idAfter})`;
  const k = spec.cast(c.k);
  const beyond = spec.desc ? Prisma.sql`${spec.key} < ${k}` : Prisma.sql`${spec.key} > ${k}`;
  const nulls = spec.nullsLast ? Prisma.sql`OR ${spec.key} IS NULL` : Prisma.empty;
  return Prisma.sql`(${beyond} OR (${spec.key} = ${k} AND ${idAfter}) ${nulls})`;
}

function orderBy(spec: SortSpec): Prisma.Sql {
  const dir = spec.desc ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const nulls = spec.nullsLast ? Prisma.sql`NULLS LAST` : Prisma.empty;
  return Prisma.sql`ORDER BY ${spec.key} ${dir} ${nulls}, m."id" ${spec.idDesc ? Prisma.sql`DESC` : Prisma.sql`ASC`}`;
}

const parseJson = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

/**
 * `withAggregates`: the caller will ask for `aggregates()` (the client selected totalCount or facets), so
 * the page and the counts come from one statement over one `matched` (instead of two statements, each
 * matching the query again).
 */
export async function searchProducts(ctx: Pick<ServiceContext, 'prisma' | 'actor' | 'tenantId'>, args: SearchArgs, opts: { withAggregates?: boolean } = {}): Promise<SearchPage> {
  const first = args.first ?? DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) throw badInput(`first must be 0 to ${MAX_PAGE_SIZE}`);
  const p = await plan(ctx, args);
  const spec = SORTS[p.sort];
  const cursor = args.after ? decodeCursor(args.after, p.sort) : null;
  const pageSql = (m: Prisma.Sql) => Prisma.sql`
      SELECT m."id"::text AS "id", m.rank AS "rank", m."createdAt" AS "createdAt", m.price::text AS "price", lower(m."title") AS "titleKey"${m}
      FROM matched m
      ${cursor ? Prisma.sql`WHERE ${afterCursor(spec, cursor)}` : Prisma.empty}
      ${orderBy(spec)}
      LIMIT ${first + 1}`;

  let rows: PageRow[] = [];
  let aggregates: Promise<{ totalCount: number; facets: SearchFacets }> | null = p.empty
    ? Promise.resolve({ totalCount: 0, facets: { categories: [], vendors: [], attributes: [], priceRange: null } })
    : null;
  if (!p.empty && first > 0 && opts.withAggregates) {
    // The page's rows travel as JSON in order (their position `n`), beside the counts.
    const [row] = await ctx.prisma.$queryRaw<(FacetsRow & { page: (PageRow & { n: number })[] | string | null })[]>(Prisma.sql`
      ${matchedCte(p, true)}
      SELECT (SELECT json_agg(pg ORDER BY pg.n) FROM (${pageSql(Prisma.sql`, row_number() OVER (${orderBy(spec)}) AS "n"`)}) pg) AS "page",
      ${facetColumns}`);
    rows = parseJson<PageRow[] | null>(row.page) ?? [];
    aggregates = Promise.resolve(readFacets(row, p));
  } else if (!p.empty && first > 0) {
    rows = await ctx.prisma.$queryRaw<PageRow[]>(Prisma.sql`
      ${matchedCte(p, p.filtersOnPrice || p.sort === 'PRICE_ASC' || p.sort === 'PRICE_DESC')}
      ${pageSql(Prisma.empty)}`);
  }
  const hasNextPage = rows.length > first;
  const edges = rows.slice(0, first).map((r) => ({ id: r.id, cursor: encodeCursor({ s: p.sort, k: spec.read(r), i: r.id }) }));

  return {
    edges,
    pageInfo: { hasNextPage, hasPreviousPage: !!cursor, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
    aggregates: () => (aggregates ??= countFacets(ctx, p)),
  };
}

type FacetsRow = { total: number; minPrice: string | null; maxPrice: string | null; categories: unknown; vendors: unknown; attributes: unknown };

/** The counts over `matched`, as columns of one row. */
const facetColumns = Prisma.sql`
      (SELECT count(*)::int FROM matched) AS "total",
      (SELECT min(price)::text FROM matched) AS "minPrice",
      (SELECT max(price)::text FROM matched) AS "maxPrice",
      (SELECT coalesce(json_agg(json_build_object('id', c."id", 'name', c."name", 'count', x.n) ORDER BY x.n DESC, c."name", c."id"), '[]'::json)
         FROM (SELECT "categoryId" AS id, count(*)::int AS n FROM matched WHERE "categoryId" IS NOT NULL GROUP BY 1) x
         JOIN "catalog"."Category" c ON c."id" = x.id) AS "categories",
      (SELECT coalesce(json_agg(json_build_object('id', vv."id", 'name', vv."name", 'count', x.n) ORDER BY x.n DESC, vv."name", vv."id"), '[]'::json)
         FROM (SELECT "vendorId" AS id, count(*)::int AS n FROM matched GROUP BY 1) x
         JOIN "catalog"."Vendor" vv ON vv."id" = x.id) AS "vendors",
      (SELECT coalesce(json_agg(json_build_object('name', a.name, 'value', a.value, 'count', a.n) ORDER BY a.name, a.n DESC, a.value), '[]'::json)
         FROM (
           SELECT kv.key AS name, val.value AS value, count(DISTINCT m."id")::int AS n
           FROM matched m
           CROSS JOIN LATERAL jsonb_each(m."attributes") kv
           CROSS JOIN LATERAL jsonb_array_elements_text(CASE jsonb_typeof(kv.value) WHEN 'array' THEN kv.value ELSE jsonb_build_array(kv.value) END) AS val(value)
           GROUP BY 1, 2
         ) a) AS "attributes"`;

async function countFacets(ctx: Pick<ServiceContext, 'prisma'>, p: Plan): Promise<{ totalCount: number; facets: SearchFacets }> {
  const [row] = await ctx.prisma.$queryRaw<FacetsRow[]>(Prisma.sql`
    ${matchedCte(p, true)}
    SELECT ${facetColumns}`);
  return readFacets(row, p);
}

function readFacets(row: FacetsRow, p: Plan): { totalCount: number; facets: SearchFacets } {
  const attributes = new Map<string, { value: string; count: number }[]>();
  for (const a of parseJson<{ name: string; value: string; count: number }[]>(row.attributes)) {
    const values = attributes.get(a.name) ?? [];
    if (values.length < MAX_FACET_ENTRIES) values.push({ value: a.value, count: a.count });
    attributes.set(a.name, values);
  }
  return {
    totalCount: row.total,
    facets: {
      categories: parseJson<SearchFacets['categories']>(row.categories).slice(0, MAX_FACET_ENTRIES),
      vendors: parseJson<SearchFacets['vendors']>(row.vendors).slice(0, MAX_FACET_ENTRIES),
      attributes: [...attributes].slice(0, MAX_FACET_ENTRIES).map(([name, values]) => ({ name, values })),
      priceRange: row.minPrice !== null && row.maxPrice !== null ? { min: BigInt(row.minPrice), max: BigInt(row.maxPrice), currency: p.currency } : null,
    },
  };
}
