import { sectionPath } from '../../../lib/admin/access';
import { formatNumber } from '../../../lib/admin/format';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { formatMoney } from '../../../lib/money';
import { adjustPointsAction, adjustStoreCreditAction } from '../../../lib/rewards/admin-actions';
import { rt } from '../../../lib/rewards/messages';
import { AdminCustomerRewardsQuery } from '../../../lib/rewards/operations';
import { ActionForm } from '../ActionForm';
import { RewardsHistory } from '../../rewards/RewardsHistory';
import { one } from './params';

const DONE = ['points', 'credit'] as const;

/**
 * One customer's rewards: points (and their worth), tier, store credit and the history, with forms to adjust
 * points or store credit (a note is required; negative takes back). Administrators only; reached from an
 * order's customer line.
 */
export async function CustomerRewardsPage({ slug, userId, params }: { slug: string; userId: string; params: Record<string, string | string[] | undefined> }) {
  const base = sectionPath(slug, 'rewards');
  await requireViewer(slug, `${base}/customers/${encodeURIComponent(userId)}`, 'rewards');
  const { customerRewards: r } = await adminQuery(slug, AdminCustomerRewardsQuery, { userId });
  const done = one(params, 'done') as (typeof DONE)[number];
  const key = () => ({ name: 'idempotencyKey', label: 'idempotencyKey', type: 'hidden' as const, defaultValue: crypto.randomUUID() });

  return (
    <div>
      <p>
        <a href={base}>{rt('rewards.back')}</a>
      </p>
      <h1>{rt('rewards.customerTitle')}</h1>
      <p className="hint">
        <code>{r.userId}</code>
      </p>
      {DONE.includes(done) && (
        <p role="status" className="notice-ok">
          {rt(`rewards.done.${done}`)}
        </p>
      )}
      <dl className="card" data-testid="customer-rewards">
        <dt>{rt('rewards.points')}</dt>
        <dd>{rt('rewards.pointsWorth', { points: formatNumber(r.points), value: formatMoney(r.pointsValue) })}</dd>
        <dt>{rt('rewards.tier')}</dt>
        <dd>
          {r.tier ?? rt('rewards.noTier')} · {rt('rewards.earnedLastYear', { points: formatNumber(r.pointsEarnedLastYear) })}
        </dd>
        <dt>{rt('rewards.storeCredit')}</dt>
        <dd>{formatMoney(r.storeCredit)}</dd>
      </dl>
      <section className="card" aria-labelledby="adjust-points-heading">
        <h2 id="adjust-points-heading">{rt('rewards.adjustPoints')}</h2>
        <ActionForm
          action={adjustPointsAction.bind(null, slug, r.userId)}
          label={rt('rewards.adjustPoints')}
          groups={[{ fields: [{ name: 'points', label: rt('rewards.field.points'), inputMode: 'numeric', required: true }, { name: 'note', label: rt('rewards.field.reason'), required: true }, key()] }]}
          submitLabel={rt('rewards.adjustPointsButton')}
          pendingLabel={t('admin.saving')}
        />
      </section>
      <section className="card" aria-labelledby="adjust-credit-heading">
        <h2 id="adjust-credit-heading">{rt('rewards.adjustCredit')}</h2>
        <ActionForm
          action={adjustStoreCreditAction.bind(null, slug, r.userId)}
          label={rt('rewards.adjustCredit')}
          groups={[{ fields: [{ name: 'amount', label: rt('rewards.field.credit'), inputMode: 'text', required: true }, { name: 'note', label: rt('rewards.field.reason'), required: true }, key()] }]}
          submitLabel={rt('rewards.adjustCreditButton')}
          pendingLabel={t('admin.saving')}
        />
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{rt('rewards.history')}</h2>
        <RewardsHistory history={r.history} />
      </section>
    </div>
  );
}
