import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getSignedInUser } from '../../../lib/session';
import { ns, type Preference } from '../../../lib/shop/notification-messages';
import { saveNotificationPreferences } from '../../../lib/shop/notification-actions';
import { ShopMyNotificationPreferencesQuery } from '../../../lib/shop/notification-operations';
import { ShopWebPushPublicKeyQuery } from '../../../lib/shop/push-operations';
import { shopQuery } from '../../../lib/shop/shopper';
import type { StorefrontKind } from '../../../lib/tenant';
import { pageContext } from '../../pages/context';
import { param } from '../messages';
import '../shop.css';
import { PushToggle } from './PushToggle';

type Params = Record<string, string | string[] | undefined>;

/** A group of choices: a fieldset with its legend, hint and one checkbox each. */
function Choices({ id, legend, hint, choices, values }: { id: string; legend: string; hint: string; choices: Preference[]; values: Record<Preference, boolean> }) {
  return (
    <fieldset className="card" aria-describedby={`${id}-hint`}>
      <legend>{legend}</legend>
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      {choices.map((name) => (
        <label key={name} className="choice">
          <input type="checkbox" name={name} defaultChecked={values[name]} /> {ns(`prefs.${name}`)}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The signed-in customer's choice of messages at this shop: order updates by SMS or WhatsApp, offers and
 * news by e-mail or SMS (transactional and security messages always come). A plain form with a server
 * action, so it works without JavaScript. Below it, "Order updates on this phone" (web push, decision
 * 0063), which needs the browser's push support and so JavaScript. Signed out: sign in first.
 */
export async function PreferencesPage({ kind, slug, params }: { kind: StorefrontKind; slug: string; params: Params }) {
  const ctx = await pageContext(kind, slug);
  const page = `${ctx.base}/account/notifications`;
  if (!(await getSignedInUser(slug))) redirect(`${ctx.base}/sign-in?next=${encodeURIComponent(page)}`);
  const [{ myNotificationPreferences: prefs }, { webPushPublicKey }] = await Promise.all([shopQuery(slug, ShopMyNotificationPreferencesQuery, {}), shopQuery(slug, ShopWebPushPublicKeyQuery, {})]);
  const done = param(params.done) === 'saved';
  const error = param(params.error);
  return (
    <div className="shop-page">
      <p>
        <a href={`${ctx.base}/account`}>{ns('prefs.back')}</a>
      </p>
      <h1>{ns('prefs.title')}</h1>
      <p className="hint">{ns('prefs.intro')}</p>
      {done && (
        <p role="status" className="ok-notice">
          {ns('prefs.saved')}
        </p>
      )}
      {error && /^[A-Z_]{1,40}$/.test(error) && (
        <p role="alert" className="alert">
          {ns('prefs.error', { code: error })}
        </p>
      )}
      <form action={saveNotificationPreferences.bind(null, kind, slug)} aria-label={ns('prefs.title')} data-testid="notification-preferences">
        <Choices id="prefs-orders" legend={ns('prefs.orders')} hint={ns('prefs.ordersHint')} choices={['orderUpdatesSms', 'orderUpdatesWhatsapp']} values={prefs} />
        <Choices id="prefs-marketing" legend={ns('prefs.marketing')} hint={ns('prefs.marketingHint')} choices={['marketingEmail', 'marketingSms']} values={prefs} />
        <p>
          <button type="submit">{ns('prefs.save')}</button>
        </p>
      </form>
      <PushToggle slug={slug} base={ctx.base} publicKey={webPushPublicKey} />
    </div>
  );
}

export const preferencesMetadata: Metadata = { title: ns('prefs.title'), robots: { index: false, follow: false } };
