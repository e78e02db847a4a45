import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { gatewayQuery } from '../../../lib/gateway';
import { forwardedFor } from '../../../lib/request';
import { getSignedInUser } from '../../../lib/session';
import { ShopMyAddressesQuery } from '../../../lib/shop/address-operations';
import { subscribeAction } from '../../../lib/shop/subscription-actions';
import { sm } from '../../../lib/shop/subscription-messages';
import { ShopSubscriptionSettingsQuery } from '../../../lib/shop/subscription-operations';
import { shopQuery } from '../../../lib/shop/shopper';
import type { StorefrontKind } from '../../../lib/tenant';
import { pageContext } from '../../pages/context';
import { param } from '../messages';
import '../shop.css';

type Params = Record<string, string | string[] | undefined>;

/**
 * Subscribe to a product (decision 0060): how many, how often and where to, prefilled from the customer's
 * default address; the first delivery is paid on the provider's page like a checkout. Signed in only.
 */
export async function SubscribePage({ kind, slug, variantId, params }: { kind: StorefrontKind; slug: string; variantId: string; params: Params }) {
  if (!/^[0-9a-f-]{36}$/i.test(variantId)) notFound();
  const ctx = await pageContext(kind, slug);
  const page = `${ctx.base}/subscribe/${variantId}`;
  const user = await getSignedInUser(slug);
  if (!user) redirect(`${ctx.base}/sign-in?next=${encodeURIComponent(page)}`);
  const { subscriptionSettings } = await gatewayQuery(ShopSubscriptionSettingsQuery, {}, { tenant: slug, forwardedFor: await forwardedFor() });
  const { myAddresses } = await shopQuery(slug, ShopMyAddressesQuery, {});
  const address = myAddresses.find((a) => a.isDefault) ?? myAddresses[0] ?? null;
  const error = param(params.error);
  const input = (name: string, label: string, value: string | null | undefined, required = true) => (
    <p className="field">
      <label htmlFor={`sub-${name}`}>{label}</label>
      <input id={`sub-${name}`} name={name} defaultValue={value ?? ''} required={required} autoComplete={name === 'line1' ? 'address-line1' : name === 'phone' ? 'tel' : undefined} />
    </p>
  );
  return (
    <div className="shop-page">
      <h1>{sm('subscribe.title')}</h1>
      {!subscriptionSettings.enabled ? (
        <p>{sm('subscribe.off')}</p>
      ) : (
        <>
          <p className="hint">{sm('subscribe.intro')}</p>
          {error && /^[A-Z_]{1,40}$/.test(error) && (
            <p role="alert" className="alert">
              {sm('subs.error', { code: error })}
            </p>
          )}
          <form action={subscribeAction.bind(null, kind, slug, variantId, user.email ?? '')} aria-label={sm('subscribe.title')} data-testid="subscribe">
            <p className="field">
              <label htmlFor="sub-quantity">{sm('subs.quantity')}</label>
              <input id="sub-quantity" type="number" name="quantity" min={1} max={20} defaultValue={1} required />
            </p>
            <p className="field">
              <label htmlFor="sub-interval">{sm('subs.interval')}</label>
              <select id="sub-interval" name="interval" defaultValue="WEEKLY">
                <option value="WEEKLY">{sm('subs.every.WEEKLY')}</option>
                <option value="MONTHLY">{sm('subs.every.MONTHLY')}</option>
              </select>
            </p>
            <fieldset>
              <legend>{sm('subscribe.delivery')}</legend>
              {input('name', sm('subscribe.name'), address?.name ?? user.name)}
              {input('line1', sm('subscribe.line1'), address?.line1)}
              {input('city', sm('subscribe.city'), address?.city)}
              {input('region', sm('subscribe.region'), address?.region)}
              {input('phone', sm('subscribe.phone'), address?.phone, false)}
              <p className="field">
                <label htmlFor="sub-method">{sm('subscribe.method')}</label>
                <select id="sub-method" name="shippingMethod" defaultValue="STANDARD">
                  <option value="STANDARD">{sm('subscribe.standard')}</option>
                  <option value="EXPRESS">{sm('subscribe.express')}</option>
                </select>
              </p>
            </fieldset>
            <p>
              <button type="submit">{sm('subscribe.submit')}</button>
            </p>
          </form>
        </>
      )}
    </div>
  );
}

export const subscribeMetadata: Metadata = { title: sm('subscribe.title'), robots: { index: false, follow: false } };
