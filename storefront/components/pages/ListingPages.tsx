import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { findCategoryPath, getCategoryTree, getVendor, searchListing } from '../../lib/catalog';
import { listingQueryString, parseListing, toFilters, type SearchParams } from '../../lib/listing';
import { t } from '../../lib/messages';
import { breadcrumbJsonLd } from '../../lib/seo';
import type { StorefrontKind } from '../../lib/tenant';
import { Breadcrumbs } from '../Breadcrumbs';
import { JsonLd } from '../JsonLd';
import { Listing } from '../Listing';
import { metadataContext, notFoundOnBadInput, pageContext } from './context';

interface Props {
  kind: StorefrontKind;
  slug: string;
  searchParams: SearchParams;
}

const categoryPath = (slug: string) => `/c/${encodeURIComponent(slug)}`;

/** A category with its subcategories' products (paged, filterable). */
export async function CategoryPage({ kind, slug, category, searchParams }: Props & { category: string }) {
  const ctx = await pageContext(kind, slug);
  const trail = findCategoryPath(await getCategoryTree(slug), category);
  if (!trail) notFound();
  const current = trail[trail.length - 1];
  const state = { ...parseListing(searchParams), categorySlug: null };
  const filters = toFilters(state, ctx.tenant.currency, { categoryId: current.id, vendorId: kind === 'm' ? state.vendorId : null });
  const [data, tree] = await Promise.all([searchListing(kind, ctx.tenant, { filters, sort: state.sort, after: state.after }).catch(notFoundOnBadInput), getCategoryTree(slug)]);
  const crumbs = [{ name: t('nav.home'), href: ctx.base || '/' }, ...trail.map((c) => ({ name: c.name, href: `${ctx.base}${categoryPath(c.slug)}` }))];

  return (
    <>
      <Breadcrumbs items={crumbs} />
      <JsonLd data={breadcrumbJsonLd([{ name: t('nav.home'), url: ctx.url('') }, ...trail.map((c) => ({ name: c.name, url: ctx.url(categoryPath(c.slug)) }))])} />
      <h1>{current.name}</h1>
      {current.children && current.children.length > 0 && (
        <nav aria-label={t('category.subcategories')} className="subcategories">
          <ul>
            {current.children.map((c) => (
              <li key={c.id}>
                <a href={`${ctx.base}${categoryPath(c.slug)}`}>{c.name}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <Listing
        state={state}
        result={data.searchProducts}
        path={`${ctx.base}${categoryPath(current.slug)}`}
        base={ctx.base}
        currency={ctx.tenant.currency}
        tree={tree}
        facets={{ category: false, vendor: kind === 'm' }}
        showVendor={kind === 'm'}
        searching={false}
      />
    </>
  );
}

export async function categoryMetadata(kind: StorefrontKind, slug: string, category: string, searchParams: SearchParams): Promise<Metadata> {
  const ctx = await metadataContext(kind, slug);
  const trail = ctx ? findCategoryPath(await getCategoryTree(slug).catch(() => []), category) : null;
  if (!ctx || !trail) return {};
  const current = trail[trail.length - 1];
  const state = parseListing(searchParams);
  // Pages of the plain list are canonical (with their cursor); filtered and sorted variants point at the list.
  const canonical = ctx.url(`${categoryPath(current.slug)}${listingQueryString({ ...state, query: '', min: '', max: '', inStock: false, attributes: {}, sort: null, vendorId: null, categorySlug: null }, { after: state.after })}`);
  return {
    title: current.name,
    description: t('category.description', { category: current.name, name: ctx.tenant.name }),
    alternates: { canonical },
  };
}

/** Full-text search with facets. */
export async function SearchPage({ kind, slug, searchParams }: Props) {
  const ctx = await pageContext(kind, slug);
  const tree = await getCategoryTree(slug);
  const state = parseListing(searchParams);
  const category = state.categorySlug ? findCategoryPath(tree, state.categorySlug)?.at(-1) : undefined;
  const filters = toFilters(state, ctx.tenant.currency, { categoryId: category?.id, vendorId: kind === 'm' ? state.vendorId : null });
  const data = await searchListing(kind, ctx.tenant, { query: state.query, filters, sort: state.sort, after: state.after }).catch(notFoundOnBadInput);

  return (
    <>
      <h1>{state.query ? t('search.titleFor', { query: state.query }) : t('search.title')}</h1>
      <Listing
        state={{ ...state, categorySlug: category ? state.categorySlug : null }}
        result={data.searchProducts}
        path={`${ctx.base}/search`}
        base={ctx.base}
        currency={ctx.tenant.currency}
        tree={tree}
        facets={{ category: true, vendor: kind === 'm' }}
        showVendor={kind === 'm'}
        searching={Boolean(state.query)}
      />
    </>
  );
}

export async function searchMetadata(kind: StorefrontKind, slug: string, searchParams: SearchParams): Promise<Metadata> {
  const ctx = await metadataContext(kind, slug);
  if (!ctx) return {};
  const { query } = parseListing(searchParams);
  // Result pages are endless combinations: crawlers may follow their links but should not index them.
  return { title: query ? t('search.titleFor', { query }) : t('search.title'), robots: { index: false, follow: true }, alternates: { canonical: ctx.url('/search') } };
}

/** A marketplace vendor's profile and products. */
export async function VendorPage({ slug, vendorId, searchParams }: Omit<Props, 'kind'> & { vendorId: string }) {
  const ctx = await pageContext('m', slug);
  const vendor = await getVendor(slug, vendorId);
  if (!vendor) notFound();
  const state = { ...parseListing(searchParams), vendorId: null };
  const tree = await getCategoryTree(slug);
  const category = state.categorySlug ? findCategoryPath(tree, state.categorySlug)?.at(-1) : undefined;
  const filters = toFilters(state, ctx.tenant.currency, { categoryId: category?.id, vendorId: vendor.id });
  const data = await searchListing('m', ctx.tenant, { filters, sort: state.sort, after: state.after }).catch(notFoundOnBadInput);
  const since = new Intl.DateTimeFormat('en-NG', { month: 'long', year: 'numeric', timeZone: 'Africa/Lagos' }).format(new Date(vendor.createdAt));
  const path = `/vendors/${vendor.id}`;

  return (
    <>
      <Breadcrumbs
        items={[
          { name: t('nav.home'), href: ctx.base || '/' },
          { name: t('vendors.title'), href: `${ctx.base}/vendors` },
          { name: vendor.name, href: `${ctx.base}${path}` },
        ]}
      />
      <h1>{vendor.name}</h1>
      <p className="hint">{t('vendor.since', { tenant: ctx.tenant.name, date: since })}</p>
      <h2>{t('vendor.products', { vendor: vendor.name })}</h2>
      <Listing
        state={{ ...state, categorySlug: category ? state.categorySlug : null }}
        result={data.searchProducts}
        path={`${ctx.base}${path}`}
        base={ctx.base}
        currency={ctx.tenant.currency}
        tree={tree}
        facets={{ category: true, vendor: false }}
        showVendor={false}
        searching={false}
      />
    </>
  );
}

export async function vendorMetadata(slug: string, vendorId: string): Promise<Metadata> {
  const ctx = await metadataContext('m', slug);
  const vendor = ctx ? await getVendor(slug, vendorId).catch(() => null) : null;
  if (!ctx || !vendor) return {};
  return { title: vendor.name, description: t('vendors.intro', { name: ctx.tenant.name }), alternates: { canonical: ctx.url(`/vendors/${vendor.id}`) } };
}
