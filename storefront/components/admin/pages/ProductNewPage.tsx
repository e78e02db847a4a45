import { sectionPath } from '../../../lib/admin/access';
import type { FieldGroup } from '../../../lib/admin/form-state';
import { createProductAction } from '../../../lib/admin/product-actions';
import { productFormOptions, variantFields } from '../../../lib/admin/product-form';
import { requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { ActionForm } from '../ActionForm';

const DEFAULT_ROWS = 3;
const MAX_ROWS = 20;

/** A new product with its variants (SKU, options, NGN price) and images, created all at once. */
export async function ProductNewPage({ slug, rowsParam }: { slug: string; rowsParam: string }) {
  const base = sectionPath(slug, 'products');
  const requested = Number.parseInt(rowsParam, 10);
  const rows = Number.isInteger(requested) && requested > 0 ? Math.min(requested, MAX_ROWS) : DEFAULT_ROWS;
  const viewer = await requireViewer(slug, `${base}/new`, 'products');
  const chooseVendor = viewer.access.manager && viewer.tenant.kind === 'MARKETPLACE';
  const options = await productFormOptions(slug, chooseVendor);

  const groups: FieldGroup[] = [
    {
      fields: [
        { name: 'title', label: t('admin.products.productTitle'), required: true },
        { name: 'description', label: t('admin.products.description'), type: 'textarea' },
        { name: 'categoryId', label: t('admin.products.category'), type: 'select', options: options.categories },
        ...(options.vendors ? [{ name: 'vendorId', label: t('admin.products.vendor'), type: 'select' as const, options: options.vendors, required: true }] : []),
        {
          name: 'status',
          label: t('admin.products.status'),
          type: 'select',
          defaultValue: 'DRAFT',
          options: [
            { value: 'DRAFT', label: t('admin.status.DRAFT') },
            { value: 'ACTIVE', label: t('admin.status.ACTIVE') },
          ],
        },
        { name: 'media', label: t('admin.products.mediaUrls'), type: 'textarea', hint: t('admin.products.mediaHint') },
      ],
    },
    ...Array.from({ length: rows }, (_, i) => ({ legend: t('admin.products.variantN', { n: i + 1 }), fields: variantFields(`variants.${i}.`) })),
  ];

  return (
    <div>
      <p>
        <a href={base}>{t('admin.products.back')}</a>
      </p>
      <h1 id="new-product-title">{t('admin.products.new')}</h1>
      <p className="hint">{t('admin.products.newIntro')}</p>
      <ActionForm
        action={createProductAction.bind(null, slug, rows)}
        groups={groups}
        label={t('admin.products.new')}
        submitLabel={t('admin.products.create')}
        pendingLabel={t('admin.saving')}
      />
      {rows < MAX_ROWS && (
        <p>
          <a href={`${base}/new?rows=${rows + 3}`}>{t('admin.products.moreRows')}</a>
        </p>
      )}
    </div>
  );
}
