import { sectionPath } from '../../../lib/admin/access';
import { updateCatalogSettingsAction } from '../../../lib/admin/catalog-actions';
import { ct } from '../../../lib/admin/catalog-messages';
import { AdminCatalogSettingsQuery } from '../../../lib/admin/catalog-operations';
import { bpsToPercent } from '../../../lib/admin/pricing';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { ActionForm } from '../ActionForm';
import { one } from './params';

/**
 * Products → Catalogue settings: VAT (its rate, and whether prices are typed with it included) and the
 * marketplace's default commission. Administrators change them; staff read them; vendors are sent away
 * by the server (the settings are the business's, not a vendor's).
 */
export async function CatalogSettingsPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const path = `${sectionPath(slug, 'products')}/settings`;
  const viewer = await requireViewer(slug, path, 'products');
  if (!viewer.access.manager) {
    return (
      <section className="card narrow">
        <h1>{ct('settings.title')}</h1>
        <p>{ct('settings.managersOnly')}</p>
      </section>
    );
  }
  const { catalogSettings: settings } = await adminQuery(slug, AdminCatalogSettingsQuery, {});
  return (
    <div>
      <p>
        <a href={sectionPath(slug, 'products')}>{t('admin.products.back')}</a>
      </p>
      <h1>{ct('settings.title')}</h1>
      {one(params, 'done') === 'saved' && (
        <p role="status" className="notice-ok">
          {ct('settings.saved')}
        </p>
      )}
      <section className="card narrow" aria-labelledby="catalog-settings-heading">
        <h2 id="catalog-settings-heading">{ct('settings.taxAndCommission')}</h2>
        {viewer.access.admin ? (
          <ActionForm
            action={updateCatalogSettingsAction.bind(null, slug)}
            label={ct('settings.taxAndCommission')}
            groups={[
              {
                fields: [
                  { name: 'taxRate', label: ct('settings.taxRate'), defaultValue: bpsToPercent(settings.taxRateBps), required: true, inputMode: 'decimal', hint: ct('settings.taxRateHint') },
                  {
                    name: 'pricesIncludeTax',
                    label: ct('settings.pricesIncludeTax'),
                    type: 'select',
                    defaultValue: settings.pricesIncludeTax ? 'yes' : 'no',
                    options: [
                      { value: 'yes', label: ct('settings.includeTax.yes') },
                      { value: 'no', label: ct('settings.includeTax.no') },
                    ],
                  },
                  { name: 'defaultCommission', label: ct('settings.defaultCommission'), defaultValue: bpsToPercent(settings.defaultCommissionBps), required: true, inputMode: 'decimal', hint: ct('settings.defaultCommissionHint') },
                ],
              },
            ]}
            submitLabel={t('admin.save')}
            pendingLabel={t('admin.saving')}
          />
        ) : (
          <>
            <dl className="details" data-testid="catalog-settings">
              <div>
                <dt>{ct('settings.taxRate')}</dt>
                <dd>{bpsToPercent(settings.taxRateBps)} %</dd>
              </div>
              <div>
                <dt>{ct('settings.pricesIncludeTax')}</dt>
                <dd>{settings.pricesIncludeTax ? ct('settings.includeTax.yes') : ct('settings.includeTax.no')}</dd>
              </div>
              <div>
                <dt>{ct('settings.defaultCommission')}</dt>
                <dd>{bpsToPercent(settings.defaultCommissionBps)} %</dd>
              </div>
            </dl>
            <p className="hint">{ct('settings.adminsOnly')}</p>
          </>
        )}
      </section>
    </div>
  );
}
