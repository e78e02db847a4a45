import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { formatDateTime } from '../../../lib/admin/format';
import { EmailVerifiedQuery } from '../../../lib/account-link-operations';
import { VerifyEmailNotice } from '../../account/AccountLinkPages';
import { t } from '../../../lib/messages';
import { rt } from '../../../lib/returns/messages';
import { getSignedInUser } from '../../../lib/session';
import { ShopMyAddressesQuery } from '../../../lib/shop/address-operations';
import { ns } from '../../../lib/shop/notification-messages';
import { pm } from '../../../lib/shop/phone-sign-in-messages';
import { sm } from '../../../lib/shop/subscription-messages';
import { ShopMyOrdersQuery } from '../../../lib/shop/operations';
import { shopQuery } from '../../../lib/shop/shopper';
import type { StorefrontKind } from '../../../lib/tenant';
import { pageContext } from '../../pages/context';
import { AccountRewards } from '../AccountRewards';
import { money } from '../CartLines';
import { param, statusLabel, statusTone } from '../messages';
import { SavedAddressText } from './AddressesPage';
import '../shop.css';

type Params = Record<string, string | string[] | undefined>;

/**
 * The customer's account at this store: their orders (newest first, each to its detail and timeline), their
 * default delivery address (the address book is its own page) and the download of everything identity
 * holds about them. Signed out: sign in (or create an account) first.
 */
export async function AccountPage({ kind, slug, params }: { kind: StorefrontKind; slug: string; params: Params }) {
  const ctx = await pageContext(kind, slug);
  const user = await getSignedInUser(slug);
  if (!user) redirect(`${ctx.base}/sign-in?next=${encodeURIComponent(`${ctx.base}/account`)}`);
  const after = param(params.after) || null;
  const [{ orders }, { myAddresses }, { me }] = await Promise.all([
    shopQuery(slug, ShopMyOrdersQuery, { after }),
    shopQuery(slug, ShopMyAddressesQuery, {}),
    shopQuery(slug, EmailVerifiedQuery, {}),
  ]);
  const defaultAddress = myAddresses.find((a) => a.isDefault);
  // Staff and vendors read more orders than their own through the same query; the account lists the customer's.
  const mine = orders.edges.map((e) => e.node).filter((o) => o.customerUserId === user.id);

  return (
    <div className="shop-page">
      <h1>{t('shop.account.title')}</h1>
      <p>{t('shop.account.hello', { name: user.name, email: user.email ?? user.phone ?? '' })}</p>
      {me && user.email && !me.emailVerified && <VerifyEmailNotice surface={kind} slug={ctx.tenant.slug} email={user.email} />}
      <section className="card" aria-labelledby="orders-title">
        <h2 id="orders-title">{t('shop.account.orders')}</h2>
        {mine.length === 0 ? (
          <p>{t('shop.account.noOrders')}</p>
        ) : (
          <ul className="order-list">
            {mine.map((order) => (
              <li key={order.id}>
                <a href={`${ctx.base}/orders/${order.id}`}>
                  <strong>{t('shop.order.title', { number: order.number })}</strong>
                  <span>
                    <span className={`order-status ${statusTone(order.status)}`}>{statusLabel(order.status)}</span> · {money(order.total)} ·{' '}
                    {t('shop.account.itemCount', { count: order.lines.reduce((n, l) => n + l.quantity, 0) })}
                  </span>
                  <time dateTime={order.createdAt} className="hint">
                    {formatDateTime(order.createdAt)}
                  </time>
                </a>
              </li>
            ))}
          </ul>
        )}
        {orders.pageInfo.hasNextPage && orders.pageInfo.endCursor && (
          <nav className="pagination" aria-label={t('shop.account.moreOrders')}>
            <a rel="next" href={`${ctx.base}/account?after=${encodeURIComponent(orders.pageInfo.endCursor)}`}>
              {t('shop.account.olderOrders')}
            </a>
          </nav>
        )}
      </section>
      <section className="card" aria-labelledby="addresses-title">
        <h2 id="addresses-title">{t('shop.account.addresses.title')}</h2>
        {defaultAddress ? (
          <>
            <p className="hint">{t('shop.account.addresses.yourDefault', { count: myAddresses.length })}</p>
            <SavedAddressText address={defaultAddress} />
          </>
        ) : (
          <p>{t('shop.account.addresses.none')}</p>
        )}
        <p>
          <a href={`${ctx.base}/account/addresses`}>{t('shop.account.addresses.manage')}</a>
        </p>
      </section>
      <AccountRewards slug={ctx.tenant.slug} base={ctx.base} />
      <section className="card" aria-labelledby="subscriptions-title">
        <h2 id="subscriptions-title">{sm('subs.section')}</h2>
        <p>{sm('subs.sectionHint')}</p>
        <p>
          <a href={`${ctx.base}/account/subscriptions`}>{sm('subs.link')}</a>
        </p>
      </section>
      <section className="card" aria-labelledby="messages-title">
        <h2 id="messages-title">{ns('prefs.section')}</h2>
        <p>{ns('prefs.sectionHint')}</p>
        <p>
          <a href={`${ctx.base}/account/notifications`}>{ns('prefs.link')}</a>
        </p>
      </section>
      <section className="card" aria-labelledby="returns-title">
        <h2 id="returns-title">{rt('account.returns')}</h2>
        <p>{rt('account.returnsHint')}</p>
        <p>
          <a href={`${ctx.base}/account/returns`}>{rt('account.returnsLink')}</a>
        </p>
      </section>
      <section className="card" aria-labelledby="data-title">
        <h2 id="data-title">{t('shop.account.yourData')}</h2>
        <p>{t('shop.account.exportHint')}</p>
        <p>
          <a className="button" href={`${ctx.base}/account/export`} download>
            {t('shop.account.export')}
          </a>
        </p>
        <p>
          <a href={`${ctx.base}/account/close`}>{pm('phone.close.link')}</a>
        </p>
      </section>
    </div>
  );
}

export const accountMetadata: Metadata = { title: t('shop.account.title'), robots: { index: false, follow: false } };
