import type { Metadata } from 'next';
import { listVendors } from '../../lib/catalog';
import { t } from '../../lib/messages';
import { Breadcrumbs } from '../Breadcrumbs';
import { metadataContext, notFoundOnBadInput, pageContext } from './context';

/** The marketplace's approved vendors, by name, 48 a page. */
export async function VendorsPage({ slug, after }: { slug: string; after: string | null }) {
  const ctx = await pageContext('m', slug);
  const data = await listVendors(slug, after).catch(notFoundOnBadInput);
  const vendors = data.vendors.edges.map((e) => e.node);
  const path = `${ctx.base}/vendors`;
  return (
    <>
      <Breadcrumbs items={[{ name: t('nav.home'), href: ctx.base || '/' }, { name: t('vendors.title'), href: path }]} />
      <h1>{t('vendors.title')}</h1>
      <p>{t('vendors.intro', { name: ctx.tenant.name })}</p>
      {vendors.length > 0 ? (
        <ul className="vendor-list">
          {vendors.map((v) => (
            <li key={v.id}>
              <a href={`${path}/${v.id}`}>{v.name}</a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{t('vendors.empty')}</p>
      )}
      {(after || data.vendors.pageInfo.hasNextPage) && (
        <nav className="pagination" aria-label={t('listing.pagination')}>
          {after && <a href={path}>{t('listing.firstPage')}</a>}
          {data.vendors.pageInfo.hasNextPage && data.vendors.pageInfo.endCursor && (
            <a href={`${path}?after=${encodeURIComponent(data.vendors.pageInfo.endCursor)}`} rel="next">
              {t('listing.nextPage')}
            </a>
          )}
        </nav>
      )}
    </>
  );
}

export async function vendorsMetadata(slug: string): Promise<Metadata> {
  const ctx = await metadataContext('m', slug);
  if (!ctx) return {};
  return { title: t('vendors.title'), description: t('vendors.intro', { name: ctx.tenant.name }), alternates: { canonical: ctx.url('/vendors') } };
}
