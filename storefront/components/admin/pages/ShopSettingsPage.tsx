import { sectionPath } from '../../../lib/admin/access';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { updateShopSettingsAction } from '../../../lib/admin/shop-settings-actions';
import { AdminCommerceSettingsQuery } from '../../../lib/admin/shop-settings-operations';
import { t } from '../../../lib/messages';
import { st, stLabel } from '../../../lib/settings/messages';
import { ActionForm } from '../ActionForm';
import { SettingsBack } from './SettingsPage';
import { one } from './params';

/** Settings → Checkout (issue 14): whether shipping carries VAT and how long a customer has to pay (commerce). */
export async function ShopSettingsPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = `${sectionPath(slug, 'settings')}/shop`;
  await requireViewer(slug, base, 'settings');
  const { commerceSettings } = await adminQuery(slug, AdminCommerceSettingsQuery, {});
  return (
    <div>
      <SettingsBack slug={slug} />
      <h1>{st('shop.title')}</h1>
      {one(params, 'done') === 'saved' && (
        <p role="status" className="notice-ok">
          {st('shop.done')}
        </p>
      )}
      <section className="card">
        <ActionForm
          action={updateShopSettingsAction.bind(null, slug)}
          label={st('shop.title')}
          groups={[
            {
              fields: [
                {
                  name: 'taxShipping',
                  label: st('shop.taxShipping'),
                  hint: st('shop.taxShippingHint'),
                  type: 'select',
                  options: [
                    { value: 'yes', label: st('shop.yes') },
                    { value: 'no', label: st('shop.no') },
                  ],
                  defaultValue: commerceSettings.taxShipping ? 'yes' : 'no',
                },
                { name: 'paymentWindowMinutes', label: st('shop.paymentWindowMinutes'), hint: st('shop.paymentWindowMinutesHint'), inputMode: 'numeric', defaultValue: String(commerceSettings.paymentWindowMinutes), required: true },
              ],
            },
          ]}
          submitLabel={st('shop.save')}
          pendingLabel={t('admin.saving')}
        />
        <p className="hint">
          {st('shop.provider', { provider: stLabel(`payments.provider.${commerceSettings.paymentProvider}`) })} <a href={`${sectionPath(slug, 'settings')}/payments`}>{st('shop.changeProvider')}</a>
        </p>
      </section>
    </div>
  );
}
