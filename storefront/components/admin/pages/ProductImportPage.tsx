import type { AdminLocationsQuery } from '../../../gql/graphql';
import { sectionPath } from '../../../lib/admin/access';
import { AdminLocationsQuery as LocationsDocument } from '../../../lib/admin/inventory-operations';
import { productFormOptions } from '../../../lib/admin/product-form';
import { importProductsChunk } from '../../../lib/admin/product-import-actions';
import { COLUMNS, MAX_ROWS } from '../../../lib/admin/product-import';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { ProductImportRunner } from '../ProductImportRunner';
import { PRODUCT_IMPORT_TEXT, textFor } from '../../../lib/client-text';

const SAMPLE_PATH = '/samples/products-import.csv';

/**
 * Products from a CSV file: the format explained with a sample to download, then choose a file, preview
 * (ProductImportRunner asks the preview route) and import in chunks with progress. For whoever may create
 * products (the products section); stock is received only by administrators and staff, who move stock.
 */
export async function ProductImportPage({ slug }: { slug: string }) {
  const base = sectionPath(slug, 'products');
  const viewer = await requireViewer(slug, `${base}/import`, 'products');
  const chooseVendor = viewer.access.manager && viewer.tenant.kind === 'MARKETPLACE';
  const options = await productFormOptions(slug, chooseVendor);
  const locations = viewer.access.manager
    ? ((await adminQuery(slug, LocationsDocument, {})) as AdminLocationsQuery).locations.edges.map((e) => e.node).filter((l) => l.active)
    : null;

  return (
    <div>
      <p>
        <a href={base}>{t('admin.products.back')}</a>
      </p>
      <h1>{t('admin.import.title')}</h1>
      <p className="hint">{t('admin.import.intro', { max: MAX_ROWS })}</p>
      <section className="card" aria-labelledby="import-format">
        <h2 id="import-format">{t('admin.import.formatTitle')}</h2>
        <p>{t('admin.import.formatColumns')}</p>
        {/* One long word: let it wrap on a phone rather than widen the page. */}
        <p style={{ overflowWrap: 'anywhere' }}>
          <code>{COLUMNS.join(',')}</code>
        </p>
        <ul>
          <li>{t('admin.import.formatRows')}</li>
          <li>{t('admin.import.formatPrice')}</li>
          <li>{t('admin.import.formatCategory')}</li>
          <li>{locations ? t('admin.import.formatStock') : t('admin.import.formatStockIgnored')}</li>
          <li>{t('admin.import.formatRerun')}</li>
        </ul>
        <p>
          <a href={SAMPLE_PATH} download>
            {t('admin.import.sample')}
          </a>
        </p>
      </section>
      <noscript>
        <p className="alert">{t('admin.import.needsJavaScript')}</p>
      </noscript>
      <ProductImportRunner text={textFor(PRODUCT_IMPORT_TEXT)}
        previewUrl={`${base}/import/preview`}
        productsBase={base}
        importChunk={importProductsChunk.bind(null, slug)}
        vendors={options.vendors}
        locations={locations ? locations.map((l) => ({ value: l.id, label: l.name })) : null}
      />
    </div>
  );
}
