import Link from 'next/link';
import { redirect } from 'next/navigation';
import type { AdminPromotionFieldsFragment } from '../../../gql/graphql';
import { adminBase, sectionPath } from '../../../lib/admin/access';
import { formatKobo, koboToNairaInput } from '../../../lib/admin/format';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { savePromotionAction, setPromotionActiveAction } from '../../../lib/promotions/admin-actions';
import { pt, type PromotionMessageKey } from '../../../lib/promotions/messages';
import { AdminPromotionsQuery } from '../../../lib/promotions/operations';
import { ActionForm } from '../ActionForm';
import { one } from './params';

const DONE = ['created', 'saved', 'deactivated', 'activated'] as const;
const KINDS = ['BUY_X_GET_Y', 'SPEND_SAVE', 'BUNDLE_PRICE'] as const;
/** A marketplace vendor's own offers (decision 0067): on its own variants, never a spend-and-save. */
const VENDOR_KINDS = ['BUY_X_GET_Y', 'BUNDLE_PRICE'] as const;

/** An ISO instant as the Lagos day it falls on (the form's dates are Lagos days). */
const lagosDay = (iso: string | null | undefined, endExclusive = false) => (iso ? new Date(Date.parse(iso) + 3_600_000 - (endExclusive ? 1 : 0)).toISOString().slice(0, 10) : '');

/**
 * Automatic promotions (decision 0061), beside Coupons: the shop's promotions with what each has given, a
 * form to create one and, per promotion, one to edit it and a button to switch it off (or on again).
 * Administrators (commerce's MONEY_ADMINS, and the Coupons section's access here), who also see and can
 * switch off vendors' own; and an approved marketplace vendor, for its own offers on its own variants (decision
 * 0067; commerce shows it nothing else and refuses other vendors' products). One card per promotion so it
 * reads on a phone.
 */
export async function PromotionsPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const coupons = sectionPath(slug, 'coupons');
  const base = `${coupons}/promotions`;
  const viewer = await requireViewer(slug, base);
  const vendor = !viewer.access.sections.includes('coupons');
  if (vendor && !(viewer.access.vendor?.status === 'APPROVED' && viewer.tenant.kind === 'MARKETPLACE')) redirect(adminBase(slug));
  const { promotions } = await adminQuery(slug, AdminPromotionsQuery, {});
  const done = one(params, 'done') as (typeof DONE)[number];

  const fields = (p?: AdminPromotionFieldsFragment) => [
    {
      fields: [
        { name: 'name', label: pt('promotions.field.name'), hint: pt('promotions.field.nameHint'), defaultValue: p?.name, required: true, autoComplete: 'off' },
        { name: 'kind', label: pt('promotions.field.kind'), type: 'select' as const, options: (vendor ? VENDOR_KINDS : KINDS).map((k) => ({ value: k, label: pt(`promotions.kind.${k}` as PromotionMessageKey) })), defaultValue: p?.kind ?? 'BUY_X_GET_Y' },
        { name: 'startsAt', label: pt('promotions.field.startsAt'), type: 'date' as const, defaultValue: lagosDay(p?.startsAt) },
        { name: 'endsAt', label: pt('promotions.field.endsAt'), type: 'date' as const, defaultValue: lagosDay(p?.endsAt, true) },
      ],
    },
    {
      legend: pt('promotions.field.ruleHint'),
      fields: [
        { name: 'buyQuantity', label: pt('promotions.field.buyQuantity'), inputMode: 'numeric' as const, defaultValue: p?.buyQuantity != null ? String(p.buyQuantity) : '' },
        { name: 'getQuantity', label: pt('promotions.field.getQuantity'), inputMode: 'numeric' as const, defaultValue: p?.getQuantity != null ? String(p.getQuantity) : '' },
        { name: 'getPercent', label: pt('promotions.field.getPercent'), hint: pt('promotions.field.getPercentHint'), inputMode: 'decimal' as const, defaultValue: p?.getPercentBps ? String(p.getPercentBps / 100) : '100' },
        ...(vendor
          ? []
          : [
              { name: 'threshold', label: pt('promotions.field.threshold'), inputMode: 'decimal' as const, defaultValue: koboToNairaInput(p?.threshold?.amount) },
              { name: 'amount', label: pt('promotions.field.amount'), inputMode: 'decimal' as const, defaultValue: koboToNairaInput(p?.amount?.amount) },
            ]),
        { name: 'bundlePrice', label: pt('promotions.field.bundlePrice'), inputMode: 'decimal' as const, defaultValue: koboToNairaInput(p?.bundlePrice?.amount) },
      ],
    },
    {
      legend: pt(vendor ? 'promotions.vendorIdsHint' : 'promotions.field.idsHint'),
      fields: [
        ...(vendor ? [] : [{ name: 'productIds', label: pt('promotions.field.productIds'), type: 'textarea' as const, defaultValue: p?.productIds.join('\n') ?? '' }]),
        { name: 'variantIds', label: pt('promotions.field.variantIds'), type: 'textarea' as const, defaultValue: p?.variantIds.join('\n') ?? '' },
      ],
    },
  ];

  const naira = (m: { amount: string; currency: string } | null | undefined) => (m ? formatKobo(m.amount, m.currency) : '');
  const rule = (p: AdminPromotionFieldsFragment) =>
    p.kind === 'BUY_X_GET_Y'
      ? pt('promotions.rule.BUY_X_GET_Y', { buy: p.buyQuantity ?? 0, get: p.getQuantity ?? 0, percent: (p.getPercentBps ?? 0) / 100 })
      : p.kind === 'SPEND_SAVE'
        ? pt('promotions.rule.SPEND_SAVE', { threshold: naira(p.threshold), amount: naira(p.amount) })
        : pt('promotions.rule.BUNDLE_PRICE', { count: p.variantIds.length, price: naira(p.bundlePrice) });

  return (
    <div>
      {!vendor && (
        <p>
          <Link href={coupons}>{pt('promotions.coupons')}</Link>
        </p>
      )}
      <h1>{pt('promotions.title')}</h1>
      <p className="hint">{pt('promotions.intro')}</p>
      {vendor ? <p className="notice">{pt('promotions.vendorIntro')}</p> : viewer.tenant.kind === 'MARKETPLACE' && <p className="notice">{pt('promotions.marketplace')}</p>}
      {DONE.includes(done) && (
        <p role="status" className="notice-ok">
          {pt(`promotions.done.${done}`)}
        </p>
      )}
      <section aria-labelledby="promotions-heading">
        <h2 id="promotions-heading">{pt('promotions.list')}</h2>
        {promotions.length === 0 ? (
          <p className="empty">{pt('promotions.none')}</p>
        ) : (
          <ul className="card-list" data-testid="promotions">
            {promotions.map((p) => (
              <li key={p.id} className="card" data-promotion={p.name}>
                <h3>{p.name}</h3>
                <p>
                  {pt(`promotions.kind.${p.kind}` as PromotionMessageKey)} · <span data-testid="promotion-state">{p.active ? pt('promotions.active') : pt('promotions.inactive')}</span>
                </p>
                <p>{rule(p)}</p>
                {p.vendorId && !vendor && <p className="hint">{pt('promotions.byVendor')}</p>}
                <p>
                  {pt('promotions.given', { amount: naira(p.discountGiven) })} ·{' '}
                  {pt('promotions.window', { from: lagosDay(p.startsAt) || pt('promotions.always'), to: lagosDay(p.endsAt, true) || pt('promotions.always') })}
                </p>
                <ActionForm
                  action={setPromotionActiveAction.bind(null, slug, p.id, !p.active)}
                  label={p.active ? pt('promotions.deactivate', { name: p.name }) : pt('promotions.activate', { name: p.name })}
                  groups={[]}
                  secondary
                  submitLabel={p.active ? pt('promotions.deactivateButton') : pt('promotions.activateButton')}
                  pendingLabel={t('admin.saving')}
                />
                <details>
                  <summary>{pt('promotions.edit', { name: p.name })}</summary>
                  <ActionForm action={savePromotionAction.bind(null, slug, p.id)} label={pt('promotions.edit', { name: p.name })} groups={fields(p)} submitLabel={pt('promotions.save')} pendingLabel={t('admin.saving')} />
                </details>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="new-promotion-heading">
        <h2 id="new-promotion-heading">{pt('promotions.new')}</h2>
        <ActionForm action={savePromotionAction.bind(null, slug, null)} label={pt('promotions.new')} groups={fields()} submitLabel={pt('promotions.create')} pendingLabel={t('admin.saving')} />
      </section>
    </div>
  );
}
