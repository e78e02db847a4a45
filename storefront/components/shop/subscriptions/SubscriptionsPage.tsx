import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { formatMoney } from '../../../lib/money';
import { getSignedInUser } from '../../../lib/session';
import { changeSubscription } from '../../../lib/shop/subscription-actions';
import { sm, SUBSCRIPTION_OPS, type SubscriptionOp } from '../../../lib/shop/subscription-messages';
import { ShopMySubscriptionsQuery } from '../../../lib/shop/subscription-operations';
import { shopQuery } from '../../../lib/shop/shopper';
import type { StorefrontKind } from '../../../lib/tenant';
import { pageContext } from '../../pages/context';
import { param } from '../messages';
import '../shop.css';

type Params = Record<string, string | string[] | undefined>;

const date = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Africa/Lagos' }) : sm('subs.noDate'));

/**
 * The signed-in customer's subscriptions at this shop (decision 0060): what, how often, the status and the
 * next charge, with Pause / Resume / Skip / Cancel and a quantity and interval form. Plain forms with a
 * server action, so it works without JavaScript. Signed out: sign in first.
 */
export async function SubscriptionsPage({ kind, slug, params }: { kind: StorefrontKind; slug: string; params: Params }) {
  const ctx = await pageContext(kind, slug);
  const page = `${ctx.base}/account/subscriptions`;
  if (!(await getSignedInUser(slug))) redirect(`${ctx.base}/sign-in?next=${encodeURIComponent(page)}`);
  const { mySubscriptions: subs } = await shopQuery(slug, ShopMySubscriptionsQuery, {});
  const done = param(params.done) as SubscriptionOp | undefined;
  const error = param(params.error);
  const action = changeSubscription.bind(null, kind, slug);
  const button = (id: string, op: SubscriptionOp, label: string) => (
    <form action={action} className="inline-form">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="op" value={op} />
      <button type="submit">{label}</button>
    </form>
  );
  return (
    <div className="shop-page">
      <p>
        <a href={`${ctx.base}/account`}>{sm('subs.back')}</a>
      </p>
      <h1>{sm('subs.title')}</h1>
      <p className="hint">{sm('subs.intro')}</p>
      {done && SUBSCRIPTION_OPS.includes(done) && (
        <p role="status" className="ok-notice">
          {sm(`subs.done.${done}`)}
        </p>
      )}
      {error && /^[A-Z_]{1,40}$/.test(error) && (
        <p role="alert" className="alert">
          {sm('subs.error', { code: error })}
        </p>
      )}
      {subs.length === 0 && <p>{sm('subs.none')}</p>}
      <ul className="plain-list" data-testid="subscriptions">
        {subs.map((s) => {
          const open = s.status !== 'CANCELLED';
          return (
            <li key={s.id} className="card">
              <h2>{s.title}</h2>
              <dl>
                <dt>{sm('subs.status')}</dt>
                <dd>{sm(`subs.status.${s.status}`)}</dd>
                <dt>{sm('subs.interval')}</dt>
                <dd>
                  {sm(`subs.every.${s.interval}`)} × {s.quantity}
                </dd>
                <dt>{sm('subs.next')}</dt>
                <dd>{date(s.nextChargeAt)}</dd>
                <dt>{sm('subs.lastTotal')}</dt>
                <dd>{formatMoney(s.lastTotal)}</dd>
              </dl>
              {open && (
                <div className="actions">
                  {s.status === 'ACTIVE' && button(s.id, 'pause', sm('subs.pause'))}
                  {s.status === 'PAUSED' && button(s.id, 'resume', sm('subs.resume'))}
                  {(s.status === 'ACTIVE' || s.status === 'PAUSED') && button(s.id, 'skip', sm('subs.skip'))}
                  {button(s.id, 'cancel', sm('subs.cancel'))}
                </div>
              )}
              {open && (
                <form action={action}>
                  <fieldset>
                    <legend>{sm('subs.changeLegend', { title: s.title })}</legend>
                    <input type="hidden" name="id" value={s.id} />
                    <input type="hidden" name="op" value="update" />
                    <label>
                      {sm('subs.quantity')} <input type="number" name="quantity" min={1} max={20} defaultValue={s.quantity} />
                    </label>
                    <label>
                      {sm('subs.interval')}{' '}
                      <select name="interval" defaultValue={s.interval}>
                        <option value="WEEKLY">{sm('subs.every.WEEKLY')}</option>
                        <option value="MONTHLY">{sm('subs.every.MONTHLY')}</option>
                      </select>
                    </label>
                    <button type="submit">{sm('subs.change')}</button>
                  </fieldset>
                </form>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export const subscriptionsMetadata: Metadata = { title: sm('subs.title'), robots: { index: false, follow: false } };
