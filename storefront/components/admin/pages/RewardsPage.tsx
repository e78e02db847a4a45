import { sectionPath } from '../../../lib/admin/access';
import { formatDateTime, koboToNairaInput } from '../../../lib/admin/format';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { formatMoney } from '../../../lib/money';
import { issueGiftCardAction, saveLoyaltyProgrammeAction, setGiftCardStatusAction } from '../../../lib/rewards/admin-actions';
import { rt, type RewardsMessageKey } from '../../../lib/rewards/messages';
import { AdminRewardsQuery } from '../../../lib/rewards/operations';
import { ActionForm } from '../ActionForm';
import { CustomerSearchForm } from '../rewards/CustomerSearchForm';
import { one } from './params';

const DONE = ['issued', 'disabled', 'enabled', 'saved'] as const;

/**
 * Gift cards & loyalty: the shop's gift cards (last four characters, balance of the initial value, status,
 * source, expiry) with Disable / Enable, a form to issue one whose code is shown once, and the loyalty
 * programme's settings in naira and percent. Administrators only (commerce's administrators, second factor).
 * One card per gift card so it reads on a phone. A customer's points and store credit are a page of their
 * own, reached from an order's customer or from the customer search at the top.
 */
export async function RewardsPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = sectionPath(slug, 'rewards');
  await requireViewer(slug, base, 'rewards');
  const after = one(params, 'after');
  const { giftCards, loyaltyProgramme: p } = await adminQuery(slug, AdminRewardsQuery, { after: after || null });
  const done = one(params, 'done') as (typeof DONE)[number];
  const cards = giftCards.edges.map((e) => e.node);
  const day = (iso: string) => formatDateTime(iso).split(',')[0];

  return (
    <div>
      <h1>{rt('rewards.title')}</h1>
      <p className="hint">{rt('rewards.intro')}</p>
      {DONE.includes(done) && (
        <p role="status" className="notice-ok">
          {rt(`rewards.done.${done}`)}
        </p>
      )}
      <section className="card" aria-labelledby="find-heading">
        <h2 id="find-heading">{rt('rewards.find')}</h2>
        <p className="hint">{rt('rewards.findHint')}</p>
        <CustomerSearchForm action={`${base}/customers`} />
      </section>
      <section className="card" aria-labelledby="issue-heading">
        <h2 id="issue-heading">{rt('rewards.issue')}</h2>
        <ActionForm
          action={issueGiftCardAction.bind(null, slug)}
          label={rt('rewards.issue')}
          groups={[
            {
              fields: [
                { name: 'amount', label: rt('rewards.field.amount'), hint: rt('rewards.field.amountHint'), inputMode: 'decimal', required: true },
                { name: 'currency', label: rt('rewards.field.currency'), type: 'select', options: [{ value: 'NGN', label: 'NGN' }], defaultValue: 'NGN' },
                { name: 'expiresAt', label: rt('rewards.field.expiresAt'), type: 'date' },
                { name: 'recipientEmail', label: rt('rewards.field.recipientEmail'), type: 'email', autoComplete: 'off' },
                { name: 'note', label: rt('rewards.field.note') },
                { name: 'idempotencyKey', label: 'idempotencyKey', type: 'hidden', defaultValue: crypto.randomUUID() },
              ],
            },
          ]}
          submitLabel={rt('rewards.issueButton')}
          pendingLabel={t('admin.saving')}
        />
      </section>
      <section aria-labelledby="cards-heading">
        <h2 id="cards-heading">{rt('rewards.cards')}</h2>
        {cards.length === 0 ? (
          <p className="empty">{rt('rewards.cardsNone')}</p>
        ) : (
          <ul className="card-list" data-testid="gift-cards">
            {cards.map((c) => (
              <li key={c.id} className="card" data-gift-card={c.last4}>
                <h3>{rt('rewards.card', { last4: c.last4 })}</h3>
                <p>
                  {rt('rewards.cardBalance', { balance: formatMoney(c.balance), initial: formatMoney(c.initialValue) })} ·{' '}
                  <span data-testid="gift-card-status">{rt(`rewards.status.${c.status}` as RewardsMessageKey)}</span>
                </p>
                <p>
                  {rt('rewards.cardSource', { source: rt(`rewards.source.${c.source}` as RewardsMessageKey) })} ·{' '}
                  {c.expiresAt ? rt('rewards.cardExpires', { date: day(c.expiresAt) }) : rt('rewards.cardNoExpiry')}
                  {c.recipientEmail && ` · ${rt('rewards.cardRecipient', { email: c.recipientEmail })}`}
                </p>
                {c.note && <p className="hint">{c.note}</p>}
                <ActionForm
                  action={setGiftCardStatusAction.bind(null, slug, c.id, c.status === 'ACTIVE' ? 'DISABLED' : 'ACTIVE')}
                  label={c.status === 'ACTIVE' ? rt('rewards.disable', { last4: c.last4 }) : rt('rewards.enable', { last4: c.last4 })}
                  groups={[]}
                  secondary
                  submitLabel={c.status === 'ACTIVE' ? rt('rewards.disableButton') : rt('rewards.enableButton')}
                  pendingLabel={t('admin.saving')}
                />
              </li>
            ))}
          </ul>
        )}
        {giftCards.pageInfo.hasNextPage && giftCards.pageInfo.endCursor && <a href={`${base}?after=${encodeURIComponent(giftCards.pageInfo.endCursor)}`}>{rt('rewards.more')}</a>}
      </section>
      <section className="card" aria-labelledby="programme-heading">
        <h2 id="programme-heading">{rt('rewards.programme')}</h2>
        <p className="hint">{rt('rewards.programmeHint')}</p>
        <p data-testid="programme-state">{p.enabled ? rt('rewards.programmeOn', { spend: formatMoney(p.spendPerPoint), value: formatMoney(p.pointValue) }) : rt('rewards.programmeOff')}</p>
        <ActionForm
          action={saveLoyaltyProgrammeAction.bind(null, slug)}
          label={rt('rewards.programme')}
          groups={[
            {
              fields: [
                {
                  name: 'enabled',
                  label: rt('rewards.field.enabled'),
                  type: 'select',
                  options: [
                    { value: 'yes', label: rt('rewards.enabled.yes') },
                    { value: 'no', label: rt('rewards.enabled.no') },
                  ],
                  defaultValue: p.enabled ? 'yes' : 'no',
                },
                { name: 'spendPerPoint', label: rt('rewards.field.spendPerPoint'), inputMode: 'decimal', required: true, defaultValue: koboToNairaInput(p.spendPerPoint.amount) },
                { name: 'pointValue', label: rt('rewards.field.pointValue'), inputMode: 'decimal', required: true, defaultValue: koboToNairaInput(p.pointValue.amount) },
                { name: 'expiryDays', label: rt('rewards.field.expiryDays'), inputMode: 'numeric', defaultValue: String(p.expiryDays) },
                { name: 'maxRedeem', label: rt('rewards.field.maxRedeem'), inputMode: 'decimal', defaultValue: String(p.maxRedeemBps / 100) },
                {
                  name: 'tiers',
                  label: rt('rewards.field.tiers'),
                  hint: rt('rewards.field.tiersHint'),
                  type: 'textarea',
                  defaultValue: p.tiers.map((tier) => `${tier.name}, ${tier.minPoints}, ${tier.multiplierBps / 10_000}`).join('\n'),
                },
              ],
            },
          ]}
          submitLabel={rt('rewards.save')}
          pendingLabel={t('admin.saving')}
        />
      </section>
    </div>
  );
}
