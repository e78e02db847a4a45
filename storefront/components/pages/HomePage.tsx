import type { Metadata } from 'next';
import { getCategoryTree, getHome } from '../../lib/catalog';
import { t } from '../../lib/messages';
import type { StorefrontKind } from '../../lib/tenant';
import { isTravelStorefront } from '../../lib/transport/data';
import { ProductGrid } from '../ProductCard';
import { TripSearchPage } from '../transport/TripSearchPage';
import { metadataContext, pageContext } from './context';

/** Home: the "featured" collection when the tenant keeps one, new arrivals, categories (and vendors). */
export async function HomePage({ kind, slug }: { kind: StorefrontKind; slug: string }) {
  // A bus operator's or motor park's home is its departures board, not an empty shop window.
  if (await isTravelStorefront(slug)) return <TripSearchPage kind={kind} slug={slug} searchParams={{}} />;
  const { tenant, base } = await pageContext(kind, slug);
  const [data, tree] = await Promise.all([getHome(kind, tenant), getCategoryTree(slug)]);
  const featured = data.featured?.entries.edges.map((e) => e.node.product) ?? [];
  const newest = data.newest.edges.map((e) => e.node);
  const vendors = data.vendors?.edges.map((e) => e.node) ?? [];
  const showVendor = kind === 'm';

  return (
    <>
      <section className="hero">
        <h1>{tenant.name}</h1>
        <p>{t('store.welcome', { name: tenant.name })}</p>
      </section>
      {featured.length > 0 && (
        <section aria-labelledby="featured-title" className="section">
          <h2 id="featured-title">{data.featured!.title || t('home.featured')}</h2>
          {data.featured!.description && <p>{data.featured!.description}</p>}
          <ProductGrid products={featured} base={base} showVendor={showVendor} label={data.featured!.title || t('home.featured')} />
        </section>
      )}
      <section aria-labelledby="newest-title" className="section">
        <h2 id="newest-title">{t('home.newest')}</h2>
        {newest.length > 0 ? <ProductGrid products={newest} base={base} showVendor={showVendor} label={t('home.newest')} /> : <p className="empty">{t('home.empty')}</p>}
      </section>
      {tree.length > 0 && (
        <section aria-labelledby="categories-title" className="section">
          <h2 id="categories-title">{t('home.categories')}</h2>
          <ul className="category-tiles">
            {tree.map((c) => (
              <li key={c.id}>
                <a href={`${base}/c/${encodeURIComponent(c.slug)}`} className="category-tile">
                  {c.name}
                </a>
                {c.children && c.children.length > 0 && (
                  <ul className="subcategory-links">
                    {c.children.map((child) => (
                      <li key={child.id}>
                        <a href={`${base}/c/${encodeURIComponent(child.slug)}`}>{child.name}</a>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {vendors.length > 0 && (
        <section aria-labelledby="vendors-title" className="section">
          <h2 id="vendors-title">{t('home.vendors')}</h2>
          <ul className="vendor-list">
            {vendors.map((v) => (
              <li key={v.id}>
                <a href={`${base}/vendors/${v.id}`}>{v.name}</a>
              </li>
            ))}
          </ul>
          <p>
            <a href={`${base}/vendors`}>{t('home.allVendors')}</a>
          </p>
        </section>
      )}
    </>
  );
}

export async function homeMetadata(kind: StorefrontKind, slug: string): Promise<Metadata> {
  const ctx = await metadataContext(kind, slug);
  if (!ctx) return {};
  // The layout's title template would append the name a second time: the home page sets it absolutely.
  return { title: { absolute: ctx.tenant.name }, alternates: { canonical: ctx.url('') } };
}
