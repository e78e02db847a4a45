import type { ProductSearchQuery } from '../gql/graphql';
import type { CategoryNode } from '../lib/catalog';
import { listingQueryString, hasFilters, PARAM, ATTRIBUTE_PREFIX, SORTS, type ListingState } from '../lib/listing';
import { t } from '../lib/messages';
import { formatMoney } from '../lib/money';
import { ProductGrid } from './ProductCard';

type Search = ProductSearchQuery['searchProducts'];

interface Props {
  state: ListingState;
  result: Search;
  /** The page's own path (form action and link target), e.g. `/s/ade-fashion/c/dresses`. */
  path: string;
  base: string;
  currency: string;
  tree: CategoryNode[];
  /** Which facets the page offers: a category page has its category fixed, a vendor page its vendor. */
  facets: { category: boolean; vendor: boolean };
  showVendor: boolean;
  searching: boolean;
}

function flatten(tree: CategoryNode[]): CategoryNode[] {
  return tree.flatMap((c) => [c, ...flatten(c.children ?? [])]);
}

const label = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** A product list with filters and facets (a GET form: works without JavaScript) and keyset paging. */
export function Listing({ state, result, path, base, currency, tree, facets, showVendor, searching }: Props) {
  const products = result.edges.map((e) => e.node);
  const slugById = new Map(flatten(tree).map((c) => [c.id, c.slug]));
  const categoryFacets = result.facets.categories.filter((f) => slugById.has(f.id));
  const range = result.facets.priceRange;
  const clearHref = `${path}${listingQueryString({ ...state, min: '', max: '', inStock: false, attributes: {}, categorySlug: null, vendorId: null, sort: null })}`;

  return (
    <div className="listing">
      <p className="result-count" role="status">
        {result.totalCount === 1 ? t('listing.countOne') : t('listing.count', { count: result.totalCount.toLocaleString('en-NG') })}
      </p>
      <details className="filters" open={hasFilters(state) || undefined}>
        <summary>{t('listing.filters')}</summary>
        <form method="get" action={path} className="filter-form">
          {state.query && <input type="hidden" name={PARAM.query} value={state.query} />}
          <div className="field">
            <label htmlFor="sort">{t('listing.sort')}</label>
            <select id="sort" name={PARAM.sort} defaultValue={state.sort ?? ''}>
              <option value="">{t('listing.sort.DEFAULT')}</option>
              {SORTS.filter((s) => s !== 'RELEVANCE' || searching).map((s) => (
                <option key={s} value={s}>
                  {t(`listing.sort.${s}`)}
                </option>
              ))}
            </select>
          </div>
          {facets.category && categoryFacets.length > 0 && (
            <fieldset>
              <legend>{t('listing.category')}</legend>
              <label className="choice">
                <input type="radio" name={PARAM.category} value="" defaultChecked={!state.categorySlug} /> {t('listing.anyCategory')}
              </label>
              {categoryFacets.map((f) => (
                <label className="choice" key={f.id}>
                  <input type="radio" name={PARAM.category} value={slugById.get(f.id)} defaultChecked={state.categorySlug === slugById.get(f.id)} />{' '}
                  {t('listing.facetCount', { label: f.name, count: f.count })}
                </label>
              ))}
            </fieldset>
          )}
          {facets.vendor && result.facets.vendors.length > 1 && (
            <fieldset>
              <legend>{t('listing.vendor')}</legend>
              <label className="choice">
                <input type="radio" name={PARAM.vendor} value="" defaultChecked={!state.vendorId} /> {t('listing.anyVendor')}
              </label>
              {result.facets.vendors.map((f) => (
                <label className="choice" key={f.id}>
                  <input type="radio" name={PARAM.vendor} value={f.id} defaultChecked={state.vendorId === f.id} /> {t('listing.facetCount', { label: f.name, count: f.count })}
                </label>
              ))}
            </fieldset>
          )}
          <fieldset>
            <legend>{t('listing.price', { currency })}</legend>
            {range && <p className="hint">{t('listing.priceRange', { min: formatMoney(range.min), max: formatMoney(range.max) })}</p>}
            <div className="price-inputs">
              <div className="field">
                <label htmlFor="price-min">{t('listing.priceMin')}</label>
                <input id="price-min" name={PARAM.min} inputMode="numeric" pattern="[0-9,]*" defaultValue={state.min} />
              </div>
              <div className="field">
                <label htmlFor="price-max">{t('listing.priceMax')}</label>
                <input id="price-max" name={PARAM.max} inputMode="numeric" pattern="[0-9,]*" defaultValue={state.max} />
              </div>
            </div>
          </fieldset>
          <fieldset>
            <legend>{t('listing.availability')}</legend>
            <label className="choice">
              <input type="checkbox" name={PARAM.inStock} value="1" defaultChecked={state.inStock} /> {t('listing.inStock')}
            </label>
          </fieldset>
          {result.facets.attributes.map((attribute) => (
            <fieldset key={attribute.name}>
              <legend>{label(attribute.name)}</legend>
              {attribute.values.map((v) => (
                <label className="choice" key={v.value}>
                  <input
                    type="checkbox"
                    name={`${ATTRIBUTE_PREFIX}${attribute.name}`}
                    value={v.value}
                    defaultChecked={state.attributes[attribute.name]?.includes(v.value)}
                  />{' '}
                  {t('listing.facetCount', { label: label(v.value), count: v.count })}
                </label>
              ))}
            </fieldset>
          ))}
          <div className="form-actions">
            <button type="submit">{t('listing.apply')}</button>
            <a href={clearHref}>{t('listing.clear')}</a>
          </div>
        </form>
      </details>
      {products.length > 0 ? (
        <ProductGrid products={products} base={base} showVendor={showVendor} label={t('listing.results')} />
      ) : (
        <p className="empty">{searching ? t('listing.emptySearch') : t('listing.empty')}</p>
      )}
      {(result.pageInfo.hasNextPage || state.after) && (
        <nav className="pagination" aria-label={t('listing.pagination')}>
          {state.after && <a href={`${path}${listingQueryString(state)}`}>{t('listing.firstPage')}</a>}
          {result.pageInfo.hasNextPage && result.pageInfo.endCursor && (
            <a href={`${path}${listingQueryString(state, { after: result.pageInfo.endCursor })}`} rel="next">
              {t('listing.nextPage')}
            </a>
          )}
        </nav>
      )}
    </div>
  );
}
