import { formatMoney } from '../../lib/money';
import { rt } from '../../lib/rewards/messages';
import { ShopLoyaltyProgrammeQuery, ShopPayWithQuery } from '../../lib/rewards/operations';
import { shopperToken, shopQuery, type ShopCart } from '../../lib/shop/shopper';

/**
 * The checkout's "Pay with" part, inside the order form: gift card codes for anyone; a signed-in customer's
 * store credit and, when the shop runs a loyalty programme, their points (as many as the programme lets pay
 * for these goods). Commerce applies them in that order and asks the payment provider for the rest; an order
 * they cover in full is paid at once. The server checks everything again (GIFT_CARD_INVALID,
 * INSUFFICIENT_BALANCE).
 */
export async function PayWith({ slug, cart }: { slug: string; cart: ShopCart }) {
  const signedIn = Boolean(await shopperToken(slug));
  const data = signedIn ? await shopQuery(slug, ShopPayWithQuery, {}) : { ...(await shopQuery(slug, ShopLoyaltyProgrammeQuery, {})), myRewards: null };
  const programme = data.loyaltyProgramme;
  const rewards = data.myRewards;
  const credit = rewards && rewards.storeCredit.amount !== '0' && !rewards.storeCredit.amount.startsWith('-') ? rewards.storeCredit : null;
  // The most points these goods let be spent: the programme's share of the total, in whole points.
  let points = 0;
  if (programme.enabled && rewards && rewards.points > 0 && programme.pointValue.amount !== '0') {
    const share = (BigInt(cart.quote.total.amount) * BigInt(programme.maxRedeemBps)) / 10_000n;
    points = Math.min(rewards.points, Number(share / BigInt(programme.pointValue.amount)));
  }
  const worth = formatMoney({ amount: (BigInt(points) * BigInt(programme.pointValue.amount)).toString(), currency: programme.pointValue.currency });

  return (
    <fieldset className="pay-with" data-testid="pay-with">
      <legend>{rt('shopRewards.payWith')}</legend>
      <p className="hint">{rt('shopRewards.payWithHint')}</p>
      <div className="field">
        <label htmlFor="pay-gift-codes">{rt('shopRewards.giftCodes')}</label>
        <input id="pay-gift-codes" name="giftCardCodes" type="text" autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={200} aria-describedby="pay-gift-codes-hint" />
        <p id="pay-gift-codes-hint" className="hint">
          {rt('shopRewards.giftCodesHint')}
        </p>
      </div>
      {credit && (
        <label className="check-field">
          <input type="checkbox" name="useStoreCredit" value="yes" /> {rt('shopRewards.useCredit', { amount: formatMoney(credit) })}
        </label>
      )}
      {points > 0 && (
        <>
          <label className="check-field">
            <input type="checkbox" name="points" value={String(points)} aria-describedby="pay-points-hint" /> {rt('shopRewards.usePoints', { points, amount: worth })}
          </label>
          <p id="pay-points-hint" className="hint">
            {rt('shopRewards.pointsMax', { percent: programme.maxRedeemBps / 100 })}
          </p>
        </>
      )}
    </fieldset>
  );
}
