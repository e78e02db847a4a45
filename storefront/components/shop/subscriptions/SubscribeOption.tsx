import { gatewayQuery } from '../../../lib/gateway';
import { forwardedFor } from '../../../lib/request';
import { sm } from '../../../lib/shop/subscription-messages';
import { ShopSubscriptionSettingsQuery } from '../../../lib/shop/subscription-operations';

/**
 * The product page's "Subscribe" link, only when the shop sells on subscription (a public read, the same for
 * every shopper, so the page stays cacheable); the subscribe page asks a signed-out shopper to sign in.
 */
export async function SubscribeOption({ base, tenant, variantId, available }: { base: string; tenant: string; variantId: string; available: boolean }) {
  if (!available) return null;
  const { subscriptionSettings } = await gatewayQuery(ShopSubscriptionSettingsQuery, {}, { tenant, forwardedFor: await forwardedFor() }).catch(() => ({ subscriptionSettings: { enabled: false } }));
  if (!subscriptionSettings.enabled) return null;
  return (
    <p className="subscribe-option">
      <a href={`${base}/subscribe/${variantId}`}>{sm('subscribe.offer')}</a>
    </p>
  );
}
