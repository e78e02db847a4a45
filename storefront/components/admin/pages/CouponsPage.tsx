import Link from 'next/link';
import type { AdminCouponFieldsFragment } from '../../../gql/graphql';
import { sectionPath } from '../../../lib/admin/access';
import { formatKobo, koboToNairaInput } from '../../../lib/admin/format';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { saveCouponAction, setCouponActiveAction } from '../../../lib/coupons/admin-actions';
import { ct, type CouponMessageKey } from '../../../lib/coupons/messages';
import { AdminCouponsQuery } from '../../../lib/coupons/operations';
import { t } from '../../../lib/messages';
import { pt } from '../../../lib/promotions/messages';
import { ActionForm } from '../ActionForm';
import { one } from './params';

const DONE = ['created', 'saved', 'deactivated', 'activated'] as const;
const KINDS = ['PERCENTAGE', 'FIXED_AMOUNT', 'FREE_SHIPPING'] as const;
const FUNDERS = ['MARKETPLACE', 'PLATFORM', 'VENDOR'] as const;

/** An ISO instant as the Lagos day it falls on (the form's dates are Lagos days). */
const lagosDay = (iso: string | null | undefined, endExclusive = false) => {
  if (!iso) return '';
  const at = new Date(Date.parse(iso) + 3_600_000 - (endExclusive ? 1 : 0));
  return at.toISOString().slice(0, 10);
};

/**
 * Coupons (decision 0057): the shop's codes with their usage, a form to create one and, per coupon, one to
 * edit it and a button to switch it off (or on again). Administrators only (commerce's MONEY_ADMINS). In a
 * marketplace every coupon says who pays for it. One card per coupon so it reads on a phone.
 */
export async function CouponsPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = sectionPath(slug, 'coupons');
  const viewer = await requireViewer(slug, base, 'coupons');
  const marketplace = viewer.tenant.kind === 'MARKETPLACE';
  const { coupons } = await adminQuery(slug, AdminCouponsQuery, {});
  const done = one(params, 'done') as (typeof DONE)[number];

  const fields = (c?: AdminCouponFieldsFragment) => [
    {
      fields: [
        { name: 'code', label: ct('coupons.field.code'), hint: ct('coupons.field.codeHint'), defaultValue: c?.code, required: true, autoComplete: 'off' },
        { name: 'description', label: ct('coupons.field.description'), defaultValue: c?.description ?? '' },
        {
          name: 'kind',
          label: ct('coupons.field.kind'),
          type: 'select' as const,
          options: KINDS.map((k) => ({ value: k, label: ct(`coupons.kind.${k}` as CouponMessageKey) })),
          defaultValue: c?.kind ?? 'PERCENTAGE',
        },
        { name: 'percent', label: ct('coupons.field.percent'), hint: ct('coupons.field.percentHint'), inputMode: 'decimal' as const, defaultValue: c?.percentBps ? String(c.percentBps / 100) : '' },
        { name: 'amount', label: ct('coupons.field.amount'), hint: ct('coupons.field.amountHint'), inputMode: 'decimal' as const, defaultValue: koboToNairaInput(c?.amount?.amount) },
        ...(marketplace
          ? [
              {
                name: 'fundedBy',
                label: ct('coupons.field.fundedBy'),
                type: 'select' as const,
                options: FUNDERS.map((f) => ({ value: f, label: ct(`coupons.funder.${f}` as CouponMessageKey) })),
                defaultValue: c?.fundedBy ?? 'MARKETPLACE',
              },
            ]
          : []),
      ],
    },
    {
      legend: ct('coupons.field.limitHint'),
      fields: [
        { name: 'minimumSpend', label: ct('coupons.field.minimumSpend'), hint: ct('coupons.field.minimumSpendHint'), inputMode: 'decimal' as const, defaultValue: koboToNairaInput(c?.minimumSpend?.amount) },
        { name: 'usageLimit', label: ct('coupons.field.usageLimit'), inputMode: 'numeric' as const, defaultValue: c?.usageLimit != null ? String(c.usageLimit) : '' },
        { name: 'perCustomerLimit', label: ct('coupons.field.perCustomerLimit'), inputMode: 'numeric' as const, defaultValue: c?.perCustomerLimit != null ? String(c.perCustomerLimit) : '' },
        { name: 'startsAt', label: ct('coupons.field.startsAt'), type: 'date' as const, defaultValue: lagosDay(c?.startsAt) },
        { name: 'endsAt', label: ct('coupons.field.endsAt'), type: 'date' as const, defaultValue: lagosDay(c?.endsAt, true) },
      ],
    },
    {
      legend: ct('coupons.field.idsHint'),
      fields: [
        { name: 'productIds', label: ct('coupons.field.productIds'), type: 'textarea' as const, defaultValue: c?.productIds.join('\n') ?? '' },
        { name: 'categoryIds', label: ct('coupons.field.categoryIds'), type: 'textarea' as const, defaultValue: c?.categoryIds.join('\n') ?? '' },
        { name: 'vendorIds', label: ct('coupons.field.vendorIds'), type: 'textarea' as const, defaultValue: c?.vendorIds.join('\n') ?? '' },
      ],
    },
  ];

  const worth = (c: AdminCouponFieldsFragment) =>
    c.kind === 'PERCENTAGE' ? `${(c.percentBps ?? 0) / 100}%` : c.kind === 'FIXED_AMOUNT' && c.amount ? formatKobo(c.amount.amount, c.amount.currency) : ct('coupons.kind.FREE_SHIPPING');

  return (
    <div>
      <h1>{ct('coupons.title')}</h1>
      <p className="hint">{ct('coupons.intro')}</p>
      <p>
        <Link href={`${base}/promotions`}>{pt('promotions.toPromotions')}</Link>
      </p>
      {marketplace && <p className="notice">{ct('coupons.marketplace')}</p>}
      {DONE.includes(done) && (
        <p role="status" className="notice-ok">
          {ct(`coupons.done.${done}`)}
        </p>
      )}
      <section aria-labelledby="coupons-heading">
        <h2 id="coupons-heading">{ct('coupons.list')}</h2>
        {coupons.length === 0 ? (
          <p className="empty">{ct('coupons.none')}</p>
        ) : (
          <ul className="card-list" data-testid="coupons">
            {coupons.map((c) => (
              <li key={c.id} className="card" data-coupon={c.code}>
                <h3>
                  {c.code} · {worth(c)}
                </h3>
                <p>
                  {ct(`coupons.kind.${c.kind}` as CouponMessageKey)} · <span data-testid="coupon-state">{c.active ? ct('coupons.active') : ct('coupons.inactive')}</span>
                  {c.fundedBy && ` · ${ct(`coupons.funder.${c.fundedBy}` as CouponMessageKey)}`}
                </p>
                {c.description && <p className="hint">{c.description}</p>}
                <p data-testid="coupon-usage">
                  {c.usageLimit != null ? ct('coupons.used', { used: c.used, limit: c.usageLimit }) : ct('coupons.usedUnlimited', { used: c.used })} ·{' '}
                  {ct('coupons.given', { amount: formatKobo(c.discountGiven.amount, c.discountGiven.currency) })}
                  {c.posUses > 0 && <> · {ct('coupons.posUses', { count: c.posUses })}</>}
                </p>
                {c.overLimitUses > 0 && (
                  <p className="error" data-testid="coupon-over-limit">
                    {ct('coupons.overLimit', { count: c.overLimitUses })}
                  </p>
                )}
                <p>
                  {ct('coupons.window', { from: lagosDay(c.startsAt) || ct('coupons.always'), to: lagosDay(c.endsAt, true) || ct('coupons.always') })} ·{' '}
                  {c.productIds.length + c.categoryIds.length + c.vendorIds.length === 0
                    ? ct('coupons.scopeAll')
                    : ct('coupons.scopeSome', { products: c.productIds.length, categories: c.categoryIds.length, vendors: c.vendorIds.length })}
                </p>
                <ActionForm
                  action={setCouponActiveAction.bind(null, slug, c.id, !c.active)}
                  label={c.active ? ct('coupons.deactivate', { code: c.code }) : ct('coupons.activate', { code: c.code })}
                  groups={[]}
                  secondary
                  submitLabel={c.active ? ct('coupons.deactivateButton') : ct('coupons.activateButton')}
                  pendingLabel={t('admin.saving')}
                />
                <details>
                  <summary>{ct('coupons.edit', { code: c.code })}</summary>
                  <ActionForm action={saveCouponAction.bind(null, slug, c.id, marketplace)} label={ct('coupons.edit', { code: c.code })} groups={fields(c)} submitLabel={ct('coupons.save')} pendingLabel={t('admin.saving')} />
                </details>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="new-coupon-heading">
        <h2 id="new-coupon-heading">{ct('coupons.new')}</h2>
        <ActionForm action={saveCouponAction.bind(null, slug, null, marketplace)} label={ct('coupons.new')} groups={fields()} submitLabel={ct('coupons.create')} pendingLabel={t('admin.saving')} />
      </section>
    </div>
  );
}
