import { formatMoney } from '../../lib/money';
import { rt } from '../../lib/rewards/messages';
import { ShopMyRewardsQuery } from '../../lib/rewards/operations';
import { shopQuery } from '../../lib/shop/shopper';
import { RewardsHistory } from '../rewards/RewardsHistory';

/** The account's rewards: points (and their worth) with the tier when the shop runs a programme, store credit, and the history. */
export async function AccountRewards({ slug, base }: { slug: string; base: string }) {
  const { myRewards: r, loyaltyProgramme } = await shopQuery(slug, ShopMyRewardsQuery, {});
  return (
    <section className="card" aria-labelledby="rewards-title" data-testid="account-rewards">
      <h2 id="rewards-title">{rt('shopRewards.account')}</h2>
      {(loyaltyProgramme.enabled || r.points !== 0) && <p>{rt('shopRewards.accountPoints', { points: r.points, amount: formatMoney(r.pointsValue) })}</p>}
      {r.tier && <p>{rt('shopRewards.accountTier', { tier: r.tier })}</p>}
      <p>{rt('shopRewards.accountCredit', { amount: formatMoney(r.storeCredit) })}</p>
      <p>
        <a href={`${base}/gift-card`}>{rt('shopRewards.footerLink')}</a>
      </p>
      {r.history.length > 0 && (
        <details>
          <summary>{rt('shopRewards.accountHistory')}</summary>
          <RewardsHistory history={r.history} />
        </details>
      )}
    </section>
  );
}
