import { gt } from '../../lib/gift-card-sales/messages';
import { GiftCardProductsQuery } from '../../lib/gift-card-sales/operations';
import { shopQuery, type ShopCart } from '../../lib/shop/shopper';

/**
 * The checkout's "Who is the gift card for?" part, inside the order form, when the cart holds a product the
 * shop sells as a gift card (decision 0064): the codes are e-mailed to this address with the message, or to
 * the buyer when it is left empty. Commerce checks the address again.
 */
export async function GiftCardRecipient({ slug, cart }: { slug: string; cart: ShopCart }) {
  const ids = [...new Set(cart.quote.lines.filter((l) => l.sellable && l.productId).map((l) => l.productId!))];
  if (ids.length === 0) return null;
  const { giftCardProducts } = await shopQuery(slug, GiftCardProductsQuery, { ids });
  if (giftCardProducts.length === 0) return null;
  return (
    <fieldset className="gift-card-recipient" data-testid="gift-card-recipient">
      <legend>{gt('recipient.heading')}</legend>
      <p id="gift-recipient-hint" className="hint">
        {gt('recipient.hint')}
      </p>
      <div className="field">
        <label htmlFor="gift-recipient-name">{gt('recipient.name')}</label>
        <input id="gift-recipient-name" name="giftRecipientName" type="text" autoComplete="off" maxLength={120} />
      </div>
      <div className="field">
        <label htmlFor="gift-recipient-email">{gt('recipient.email')}</label>
        <input id="gift-recipient-email" name="giftRecipientEmail" type="email" autoComplete="off" maxLength={254} aria-describedby="gift-recipient-hint" />
      </div>
      <div className="field">
        <label htmlFor="gift-recipient-message">{gt('recipient.message')}</label>
        <textarea id="gift-recipient-message" name="giftRecipientMessage" maxLength={500} rows={3} />
      </div>
    </fieldset>
  );
}
