import { sectionPath } from '../../../lib/admin/access';
import { formatKobo } from '../../../lib/admin/format';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { CHECKOUT_CARRIERS, regionName } from '../../../lib/admin/shop-settings';
import { removeShippingRateAction, removeShippingZoneAction, setCheckoutCarrierAction, setShippingRateAction, setShippingZoneAction } from '../../../lib/admin/shop-settings-actions';
import { AdminShippingZonesQuery } from '../../../lib/admin/shop-settings-operations';
import { t } from '../../../lib/messages';
import { st, stLabel } from '../../../lib/settings/messages';
import { ActionForm } from '../ActionForm';
import { SettingsBack } from './SettingsPage';
import { one } from './params';

const DONE = ['zoneAdded', 'zoneSaved', 'zoneRemoved', 'rateSaved', 'rateRemoved', 'carrierSaved'] as const;

/**
 * Settings → Shipping (issue 14): zones of a country by state (a zone without states covers the rest of
 * the country) and, in each, the rate of each delivery method in naira, optionally free from an order value.
 * Commerce charges a rate once per vendor order, so in a marketplace each vendor's part ships at these rates;
 * only administrators set them (commerce's MONEY_ADMINS). One card per zone so it reads on a phone. Below
 * them, the carrier whose live rate checkout offers beside the zones (decision 0091).
 */
export async function ShippingPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = `${sectionPath(slug, 'settings')}/shipping`;
  const viewer = await requireViewer(slug, base, 'settings');
  const { shippingZones, commerceSettings } = await adminQuery(slug, AdminShippingZonesQuery, {});
  const carrier = commerceSettings.checkoutCarrier ?? '';
  const done = one(params, 'done') as (typeof DONE)[number];
  const zoneFields = (zone?: { name: string; country: string; regions: string[] }) => [
    { name: 'name', label: st('shipping.zoneName'), defaultValue: zone?.name, required: true },
    { name: 'country', label: st('shipping.country'), hint: st('shipping.countryHint'), defaultValue: zone?.country ?? 'NG', required: true },
    { name: 'regions', label: st('shipping.regions'), hint: st('shipping.regionsHint'), type: 'textarea' as const, defaultValue: zone?.regions.map(regionName).join('\n') },
  ];

  return (
    <div>
      <SettingsBack slug={slug} />
      <h1>{st('shipping.title')}</h1>
      <p className="hint">{st('shipping.intro')}</p>
      {viewer.tenant.kind === 'MARKETPLACE' && <p className="notice">{st('shipping.marketplace')}</p>}
      {DONE.includes(done) && (
        <p role="status" className="notice-ok">
          {st(`shipping.done.${done}`)}
        </p>
      )}
      <section aria-labelledby="zones-heading">
        <h2 id="zones-heading">{st('shipping.zones')}</h2>
        {shippingZones.length === 0 ? (
          <p className="empty">{st('shipping.none')}</p>
        ) : (
          <ul className="card-list" data-testid="shipping-zones">
            {shippingZones.map((zone) => (
              <li key={zone.id} className="card" data-zone={zone.name}>
                <h3>{zone.name}</h3>
                <p>
                  {zone.country} · {zone.regions.length === 0 ? st('shipping.restOf', { country: zone.country }) : zone.regions.map(regionName).join(', ')}
                </p>
                <h4>{st('shipping.rates', { name: zone.name })}</h4>
                {zone.rates.length === 0 ? (
                  <p className="hint">{st('shipping.noRates')}</p>
                ) : (
                  <ul className="plain-list">
                    {zone.rates.map((rate) => (
                      <li key={rate.id} data-rate={rate.method}>
                        <strong>{rate.name}</strong> ({rate.method}): <span data-testid="rate-amount">{formatKobo(rate.amount.amount, rate.amount.currency)}</span>
                        {rate.freeOver && `, ${st('shipping.freeFrom', { amount: formatKobo(rate.freeOver.amount, rate.freeOver.currency) })}`}
                        {!rate.active && ` · ${st('shipping.inactive')}`}
                        <ActionForm
                          action={removeShippingRateAction.bind(null, slug, rate.id)}
                          label={st('shipping.removeRate', { name: rate.name, zone: zone.name })}
                          groups={[]}
                          secondary
                          submitLabel={st('shipping.remove')}
                          pendingLabel={t('admin.saving')}
                        />
                      </li>
                    ))}
                  </ul>
                )}
                <details>
                  <summary>{st('shipping.addRate', { name: zone.name })}</summary>
                  <ActionForm
                    action={setShippingRateAction.bind(null, slug, zone.id)}
                    label={st('shipping.addRate', { name: zone.name })}
                    groups={[
                      {
                        fields: [
                          { name: 'method', label: st('shipping.method'), hint: st('shipping.methodHint'), defaultValue: zone.rates.length === 0 ? 'STANDARD' : '', required: true },
                          { name: 'name', label: st('shipping.rateName'), required: true },
                          { name: 'amount', label: st('shipping.amount'), inputMode: 'decimal', required: true },
                          { name: 'freeOverAmount', label: st('shipping.freeOver'), hint: st('shipping.freeOverHint'), inputMode: 'decimal' },
                          {
                            name: 'active',
                            label: st('shipping.active'),
                            type: 'select',
                            options: [
                              { value: 'yes', label: st('shop.yes') },
                              { value: 'no', label: st('shop.no') },
                            ],
                            defaultValue: 'yes',
                          },
                        ],
                      },
                    ]}
                    submitLabel={st('shipping.saveRate')}
                    pendingLabel={t('admin.saving')}
                  />
                </details>
                <details>
                  <summary>{st('shipping.editZone', { name: zone.name })}</summary>
                  <ActionForm
                    action={setShippingZoneAction.bind(null, slug, zone.id)}
                    label={st('shipping.editZone', { name: zone.name })}
                    groups={[{ fields: zoneFields(zone) }]}
                    submitLabel={st('shipping.saveZone')}
                    pendingLabel={t('admin.saving')}
                  />
                  <ActionForm
                    action={removeShippingZoneAction.bind(null, slug, zone.id)}
                    label={st('shipping.removeZone', { name: zone.name })}
                    groups={[]}
                    secondary
                    submitLabel={st('shipping.removeZone', { name: zone.name })}
                    pendingLabel={t('admin.saving')}
                  />
                </details>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="carrier-heading" data-testid="checkout-carrier">
        <h2 id="carrier-heading">{st('shipping.carrierTitle')}</h2>
        <p className="hint">{st('shipping.carrierIntro')}</p>
        <p>{st('shipping.carrierCurrent', { carrier: carrier ? stLabel(`shipping.carrier.${carrier}`) : st('shipping.carrierNone') })}</p>
        <ActionForm
          action={setCheckoutCarrierAction.bind(null, slug)}
          label={st('shipping.carrierTitle')}
          groups={[
            {
              fields: [
                {
                  name: 'checkoutCarrier',
                  label: st('shipping.carrier'),
                  type: 'select',
                  options: [{ value: '', label: st('shipping.carrierNone') }, ...CHECKOUT_CARRIERS.map((c) => ({ value: c, label: stLabel(`shipping.carrier.${c}`) }))],
                  defaultValue: carrier,
                },
              ],
            },
          ]}
          submitLabel={st('shipping.saveCarrier')}
          pendingLabel={t('admin.saving')}
        />
      </section>
      <section className="card" aria-labelledby="new-zone-heading">
        <h2 id="new-zone-heading">{st('shipping.newZone')}</h2>
        <ActionForm action={setShippingZoneAction.bind(null, slug, null)} label={st('shipping.newZone')} groups={[{ fields: zoneFields() }]} submitLabel={st('shipping.addZone')} pendingLabel={t('admin.saving')} />
      </section>
    </div>
  );
}
