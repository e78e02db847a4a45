import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { formatDateTime } from '../../../lib/admin/format';
import { t } from '../../../lib/messages';
import { rt as rewardsText } from '../../../lib/rewards/messages';
import { GuestOrderInvoicesQuery, OrderInvoicesQuery } from '../../../lib/invoices/operations';
import { ShopOrderQuery } from '../../../lib/shop/operations';
import { orderTotals } from '../../../lib/shop/order-totals';
import { checkPhonePayment, payForOrder } from '../../../lib/shop/payment-actions';
import { absolutePaymentUrl } from '../../../lib/shop/payment-url';
import { guestOrderToken, shopperToken, shopQuery, shopRequest } from '../../../lib/shop/shopper';
import type { StorefrontKind } from '../../../lib/tenant';
import { pageContext } from '../../pages/context';
import { money } from '../CartLines';
import { errorMessage, param, statusLabel, statusTone } from '../messages';
import { OrderInvoices } from '../../invoices/OrderInvoices';
import { OrderShipments } from '../../shipments/OrderShipments';
import { Address } from './CheckoutPage';
import { OrderReturns } from './ReturnsPage';
import '../shop.css';

type Params = Record<string, string | string[] | undefined>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** While payment is unconfirmed the page reloads itself every few seconds, for about two minutes. */
const REFRESH_SECONDS = 3;
const MAX_REFRESHES = 40;

/**
 * An order as its customer sees it: the confirmation page after payment and the account's order detail.
 * Status as commerce has it (PENDING_PAYMENT until the provider's webhook lands, so the page looks again
 * on its own with a meta refresh, no JavaScript), lines, totals, address and the timeline. A guest proves
 * the order with the cart token kept in a cookie at checkout; a customer with their session.
 */
export async function OrderPage({ kind, slug, orderId, params }: { kind: StorefrontKind; slug: string; orderId: string; params: Params }) {
  const ctx = await pageContext(kind, slug);
  if (!UUID.test(orderId)) notFound();
  const [cartToken, signedIn] = await Promise.all([guestOrderToken(slug, orderId), shopperToken(slug)]);
  const { order } = await shopQuery(slug, ShopOrderQuery, { id: orderId, cartToken });
  if (!order) {
    if (!signedIn) redirect(`${ctx.base}/sign-in?next=${encodeURIComponent(`${ctx.base}/orders/${orderId}`)}`);
    notFound();
  }

  const waits = Number(param(params.wait)) || 0;
  const awaiting = order.status === 'PENDING_PAYMENT';
  const declined = awaiting && order.payments.length > 0 && order.payments.every((p) => p.status === 'FAILED' || p.status === 'CANCELLED');
  // A transfer takes the shopper minutes in their bank app, copying the account number from this page: it
  // must not reload under them (and a timed refresh fails WCAG 2.2.1), so they ask again with a link instead.
  const transfer = awaiting ? order.payments.findLast((p) => p.method === 'BANK_TRANSFER' && p.status === 'PENDING' && p.bankAccountNumber) : undefined;
  // Pay on delivery (decision 0083): confirmed unpaid; nothing to wait for on this page.
  const onDelivery = awaiting ? order.payments.findLast((p) => p.method === 'PAY_ON_DELIVERY' && p.status === 'PENDING') : undefined;
  // USSD and mobile money (decision 0087): like a transfer, the shopper is busy on their phone with this page's code.
  const phoneCharge = awaiting ? order.payments.findLast((p) => (p.method === 'USSD' || p.method === 'MOBILE_MONEY') && p.status === 'PENDING' && p.chargeInstruction) : undefined;
  const keepLooking = awaiting && !declined && !transfer && !onDelivery && !phoneCharge && waits < MAX_REFRESHES;
  const error = param(params.error);
  const nextWait = `${ctx.base}/orders/${orderId}?wait=${waits + 1}`;
  const totals = orderTotals(order);
  // Invoices are the customer's the ledger issued them to; a guest's, for the token of the order's cart.
  const invoices = order.status === 'PENDING_PAYMENT' ? null : await orderInvoices(slug, order.id, cartToken, !!signedIn);

  return (
    <div className="shop-page">
      {/* React puts this into <head>: the page asks commerce again until the payment is confirmed. */}
      {keepLooking && <meta httpEquiv="refresh" content={`${REFRESH_SECONDS};url=${nextWait}`} />}
      <h1>{t('shop.order.title', { number: order.number })}</h1>
      <p role="status">
        <span className={`order-status ${statusTone(order.status)}`} data-pay-on-delivery={onDelivery ? 'true' : undefined}>{onDelivery ? t('shop.order.podTitle') : statusLabel(order.status)}</span>{' '}
        {order.status === 'PAID' && t('shop.order.thanks')}
        {keepLooking && t('shop.order.waiting')}
        {declined && t('shop.order.declined')}
        {awaiting && !keepLooking && !declined && !transfer && !onDelivery && !phoneCharge && t('shop.order.stillWaiting')}
        {onDelivery && t('shop.order.podDue', { amount: money(onDelivery.amount) })}
      </p>
      {transfer && (
        <section className="card" aria-labelledby="transfer-title" data-testid="bank-transfer">
          <h2 id="transfer-title">{t('shop.order.transferTitle')}</h2>
          <p>{t('shop.order.transferTo', { amount: money(transfer.stillToPay) })}</p>
          <dl className="totals">
            <div>
              <dt>{t('shop.order.transferAccount')}</dt>
              <dd>
                <strong data-testid="transfer-account">{transfer.bankAccountNumber}</strong>
              </dd>
            </div>
            <div>
              <dt>{t('shop.order.transferBank')}</dt>
              <dd>{transfer.bankName}</dd>
            </div>
            {transfer.bankAccountName && (
              <div>
                <dt>{t('shop.order.transferAccountName')}</dt>
                <dd>{transfer.bankAccountName}</dd>
              </div>
            )}
            {transfer.received.amount !== '0' && (
              <div>
                <dt>{t('shop.order.transferReceived')}</dt>
                <dd>{money(transfer.received)}</dd>
              </div>
            )}
            <div className="grand">
              <dt>{t('shop.order.transferStillToPay')}</dt>
              <dd data-testid="still-to-pay">{money(transfer.stillToPay)}</dd>
            </div>
          </dl>
          <p className="hint">{t('shop.order.transferHint')}</p>
          <p>
            <a href={`${ctx.base}/orders/${orderId}`}>{t('shop.order.transferCheck')}</a>
          </p>
          {transfer.provider === 'SANDBOX' && (
            <p>
              <a href={absolutePaymentUrl(`/pay/sandbox/${encodeURIComponent(transfer.reference)}`) ?? '#'}>{t('shop.order.transferSandbox')}</a>
            </p>
          )}
        </section>
      )}
      {phoneCharge && (
        <section className="card" aria-labelledby="phone-charge-title" data-testid="phone-charge">
          <h2 id="phone-charge-title">{t(phoneCharge.method === 'USSD' ? 'shop.order.ussdTitle' : 'shop.order.mobileMoneyTitle')}</h2>
          {phoneCharge.method === 'USSD' && phoneCharge.ussdCode ? (
            <>
              <p>{t('shop.order.ussdDial', { amount: money(phoneCharge.amount) })}</p>
              <p>
                {/* A tel: link dials it on a phone; # must be escaped in a URL. */}
                <a href={`tel:${phoneCharge.ussdCode.replace(/#/g, '%23')}`}>
                  <strong data-testid="ussd-code">{phoneCharge.ussdCode}</strong>
                </a>
              </p>
              <p className="hint">{t('shop.order.ussdHint')}</p>
            </>
          ) : (
            <>
              <p>{t('shop.order.mobileMoneyApprove', { phone: phoneCharge.mobileMoneyPhone ?? '', amount: money(phoneCharge.amount) })}</p>
              <p className="hint" data-testid="charge-instruction">{phoneCharge.chargeInstruction}</p>
            </>
          )}
          <p className="hint">{t('shop.order.payBefore', { time: formatDateTime(order.expiresAt) })}</p>
          <form action={checkPhonePayment.bind(null, kind, slug, order.id, phoneCharge.reference)}>
            <button type="submit">{t('shop.order.phoneChargeCheck')}</button>
          </form>
          {phoneCharge.provider === 'SANDBOX' && (
            <p>
              <a href={absolutePaymentUrl(`/pay/sandbox/${encodeURIComponent(phoneCharge.reference)}`) ?? '#'}>{t('shop.order.phoneChargeSandbox')}</a>
            </p>
          )}
        </section>
      )}
      {error && (
        <p role="alert" className="alert">
          {errorMessage(error)}
        </p>
      )}
      {awaiting && !phoneCharge && (
        <form action={payForOrder.bind(null, kind, slug, order.id)}>
          {/* After a decline the order stays payable (stock held) until it expires: try again, with the
              same or another method on the provider's page. */}
          <p className="hint">{declined ? t('shop.order.declinedHint', { time: formatDateTime(order.expiresAt) }) : t('shop.order.payBefore', { time: formatDateTime(order.expiresAt) })}</p>
          <button type="submit">{declined ? t('shop.order.tryAgain') : t('shop.order.payNow')}</button>
        </form>
      )}
      <div className="two-columns">
        <section className="card" aria-labelledby="order-items">
          <h2 id="order-items">{t('shop.order.items')}</h2>
          <ul className="shop-lines">
            {order.lines.map((line) => (
              <li key={line.id}>
                <strong>{line.title}</strong> <span className="hint">{t('product.sku', { sku: line.sku })}</span>
                <br />
                {t('shop.cart.lineTotal', { quantity: line.quantity, unit: money(line.unitPrice), total: money({ amount: (BigInt(line.subtotal.amount) + BigInt(line.tax.amount)).toString(), currency: line.subtotal.currency }) })}
                {line.refundedQuantity > 0 && <span className="hint"> · {t('shop.order.refundedUnits', { count: line.refundedQuantity })}</span>}
              </li>
            ))}
          </ul>
          {order.vendorOrders.length > 1 && <p className="hint">{t('shop.order.sellers', { sellers: order.vendorOrders.map((v) => v.vendorName).join(', ') })}</p>}
        </section>
        <section className="card" aria-labelledby="order-totals">
          <h2 id="order-totals">{t('shop.order.payment')}</h2>
          <dl className="totals" data-testid="order-totals">
            <div>
              <dt>{t('shop.totals.itemsExclVat')}</dt>
              <dd>{money(totals.itemsExclVat)}</dd>
            </div>
            {totals.discount && (
              <div>
                <dt>{t('shop.totals.discount')}</dt>
                <dd>-{money(totals.discount)}</dd>
              </div>
            )}
            <div>
              <dt>{t(totals.vatOnItemsOnly ? 'shop.totals.vatOnItems' : 'shop.totals.vat')}</dt>
              <dd>{money(totals.vat)}</dd>
            </div>
            <div>
              <dt>{t(totals.shippingInclVat ? 'shop.totals.shippingInclVat' : 'shop.totals.shipping', { method: order.shippingMethod })}</dt>
              <dd data-testid="order-shipping">{money(totals.shipping)}</dd>
            </div>
            <div className="grand">
              <dt>{t('shop.totals.total')}</dt>
              <dd>{money(totals.total)}</dd>
            </div>
            {order.prepaid.amount !== '0' && (
              <div data-testid="order-prepaid">
                <dt>{rewardsText('shopRewards.prepaidLabel')}</dt>
                <dd>-{money(order.prepaid)}</dd>
              </div>
            )}
            {order.refundedTotal.amount !== '0' && (
              <div>
                <dt>{t('shop.totals.refunded')}</dt>
                <dd>{money(order.refundedTotal)}</dd>
              </div>
            )}
          </dl>
        </section>
      </div>
      <div className="two-columns">
        {/* Orders with nothing to ship (bus tickets) have no address. */}
        {order.shippingAddress && (
          <section className="card" aria-labelledby="order-address">
            <h2 id="order-address">{t('shop.order.shipTo')}</h2>
            <Address details={{ ...order.shippingAddress, line2: order.shippingAddress.line2 ?? '', postalCode: order.shippingAddress.postalCode ?? '', phone: order.shippingAddress.phone ?? '', email: order.email }} />
          </section>
        )}
        <section className="card" aria-labelledby="order-timeline">
          <h2 id="order-timeline">{t('shop.order.timeline')}</h2>
          <ol className="timeline">
            {order.timeline.map((event) => (
              <li key={event.id}>
                <strong>{statusLabel(event.toStatus)}</strong> · <time dateTime={event.at}>{formatDateTime(event.at)}</time>
                {event.reason && <span className="hint"> · {event.reason}</span>}
              </li>
            ))}
          </ol>
        </section>
      </div>
      {/* Return requests for this order and the way to ask (decision 0058): a guest's order in this browser by its
          cart token (decision 0065, "Guests"), else a signed-in customer's own. */}
      {(signedIn || cartToken) && order.shippingAddress && <OrderShipments slug={slug} orderId={order.id} cartToken={cartToken} />}
      {(signedIn || cartToken) && order.status !== 'PENDING_PAYMENT' && <OrderInvoices invoices={invoices} href={(id) => `${ctx.base}/orders/${order.id}/invoices/${id}`} />}
      {(cartToken || signedIn) && <OrderReturns kind={kind} slug={slug} base={ctx.base} orderId={order.id} cartToken={cartToken} requested={param(params.return) === 'requested'} sent={param(params.return) === 'sent' ? 'sent' : param(params.return) === 'sendFailed' ? 'sendFailed' : null} />}
      <p>
        {signedIn ? <a href={`${ctx.base}/account`}>{t('shop.order.allOrders')}</a> : <a href={ctx.base || '/'}>{t('shop.cart.keepShopping')}</a>}
      </p>
    </div>
  );
}

export const orderMetadata: Metadata = { title: t('shop.order.metaTitle'), robots: { index: false, follow: false } };

/** The order's invoices as the guest holding its cart token, or as the signed-in customer; null when the API did not answer. */
async function orderInvoices(slug: string, orderId: string, cartToken: string | null, signedIn: boolean) {
  if (cartToken) return (await shopRequest(slug, GuestOrderInvoicesQuery, { orderId, cartToken }).catch(() => null))?.data?.guestOrderInvoices ?? null;
  if (signedIn) return (await shopRequest(slug, OrderInvoicesQuery, { orderId }).catch(() => null))?.data?.orderInvoices ?? null;
  return null;
}
