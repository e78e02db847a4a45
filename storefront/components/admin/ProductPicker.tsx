import type { ReactNode } from 'react';
import type { AdminProductRowFragment } from '../../gql/graphql';
import { ct } from '../../lib/admin/catalog-messages';
import { productPage } from '../../lib/admin/products';
import type { Viewer } from '../../lib/admin/session';

/**
 * Choosing a product on a catalogue page (prices, collections, listings): a search form that comes back
 * to `action` with `?q=`, then the newest products or those matching, a vendor's own only, each rendered
 * by `row` (a link, or a small form).
 */
export async function ProductPicker({ slug, viewer, q, action, hidden = {}, row }: { slug: string; viewer: Viewer; q: string; action: string; hidden?: Record<string, string>; row: (product: AdminProductRowFragment) => ReactNode }) {
  const vendorId = viewer.access.manager ? null : (viewer.access.vendor?.id ?? null);
  const page = await productPage(slug, { query: q, status: null, vendorId, after: null });
  return (
    <>
      <form method="get" action={action} className="filter-bar" role="search" aria-label={ct('picker.searchLabel')}>
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div className="field">
          <label htmlFor="picker-q">{ct('picker.search')}</label>
          <input id="picker-q" name="q" type="search" defaultValue={q} />
        </div>
        <button type="submit">{ct('picker.find')}</button>
      </form>
      {page.rows.length === 0 ? (
        <p className="empty">{ct('picker.none')}</p>
      ) : (
        <ul className="picker-list" data-testid="product-picker">
          {page.rows.map((product) => (
            <li key={product.id}>{row(product)}</li>
          ))}
        </ul>
      )}
    </>
  );
}
