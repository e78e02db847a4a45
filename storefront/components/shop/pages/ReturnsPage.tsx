import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { formatDateTime } from '../../../lib/admin/format';
import { t } from '../../../lib/messages';
import { hasReturnMessage, rt, type ReturnMessageKey } from '../../../lib/returns/messages';
import { getSignedInUser } from '../../../lib/session';
import { requestReturnAction, sendReturnMyselfAction } from '../../../lib/shop/return-actions';
import { ShopGuestReturnableLinesQuery, ShopGuestReturnsQuery, ShopMyReturnsQuery, ShopReturnableLinesQuery } from '../../../lib/shop/return-operations';
import { guestOrderToken, shopQuery, shopRequest } from '../../../lib/shop/shopper';
import type { StorefrontKind } from '../../../lib/tenant';
import { pageContext } from '../../pages/context';
import { money } from '../CartLines';
import { param } from '../messages';
import '../shop.css';

type Params = Record<string, string | string[] | undefined>;
type MyReturn = NonNullable<Awaited<ReturnType<typeof myReturns>>>[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REASONS = ['DAMAGED', 'WRONG_ITEM', 'NOT_AS_DESCRIBED', 'DOES_NOT_FIT', 'CHANGED_MIND', 'OTHER'] as const;
/** At most this many units offered per line in the quantity list. */
const MAX_CHOICES = 50;

const errorText = (code: string) => (hasReturnMessage(`shop.error.${code}`) ? rt(`shop.error.${code}` as ReturnMessageKey) : t('shop.error.UNKNOWN'));
const returnStatus = (status: string) => rt(`shop.status.${status}` as ReturnMessageKey);


async function myReturns(slug: string, orderId: string | null) {
  return (await shopQuery(slug, ShopMyReturnsQuery, { orderId })).returnRequests.edges.map((e) => e.node);
}

/** Where to send "I have sent it" from: the storefront and, on the order page, the form is offered. */
interface SendFrom {
  kind: StorefrontKind;
  slug: string;
}

/**
 * The way back of an approved return (decision 0092): the shop's pickup with its tracking, or the courier
 * and tracking number the customer gave, who pays; and, while the customer is to send it, the form for the
 * courier and tracking number.
 */
function ReturnWayBack({ request, sendFrom }: { request: MyReturn; sendFrom?: SendFrom }) {
  const ship = request.returnShipment;
  const live = ship && !['CANCELLED', 'RETURNED'].includes(ship.status) ? ship : null;
  const mayTellTracking = request.status === 'APPROVED' && !live && !request.customerTrackingNumber && request.shippingWay !== 'PICKUP';
  if (!request.shippingWay && !mayTellTracking) return null;
  const id = `way-${request.id}`;
  return (
    <div aria-labelledby={id} data-testid="return-way">
      <h4 id={id}>{rt('way.title')}</h4>
      {ship && (
        <>
          <p>{rt('way.pickup', { carrier: rt(`way.carrier.${ship.carrier}` as ReturnMessageKey), tracking: ship.trackingNumber, status: rt(`way.status.${ship.status}` as ReturnMessageKey) })}</p>
          <ol className="timeline">
            {ship.events.map((e) => (
              <li key={e.id}>
                {rt(`way.status.${e.status}` as ReturnMessageKey)} · <time dateTime={e.at}>{formatDateTime(e.at)}</time>
                {e.location && <span className="hint"> · {e.location}</span>}
              </li>
            ))}
          </ol>
        </>
      )}
      {request.shippingWay === 'CUSTOMER_SENDS' && !request.customerTrackingNumber && <p>{rt('way.customerSends')}</p>}
      {request.customerCarrier && request.customerTrackingNumber && <p>{rt('way.sent', { carrier: request.customerCarrier, tracking: request.customerTrackingNumber })}</p>}
      {request.shippingPaidBy === 'SHOP' && <p className="hint">{rt('way.shopPays')}</p>}
      {request.shippingCharge && <p className="hint">{rt('way.customerPaysCharge', { amount: money(request.shippingCharge) })}</p>}
      {mayTellTracking && sendFrom && (
        <form action={sendReturnMyselfAction.bind(null, sendFrom.kind, sendFrom.slug, request.orderId, request.id)} className="stack-form">
          <fieldset>
            <legend>{rt('way.sendTitle')}</legend>
            <p>
              <label htmlFor={`courier-${request.id}`}>{rt('way.courier')}</label>
              <input id={`courier-${request.id}`} name="carrier" required maxLength={100} aria-describedby={`courier-hint-${request.id}`} />
              <span className="hint" id={`courier-hint-${request.id}`}>
                {rt('way.courierHint')}
              </span>
            </p>
            <p>
              <label htmlFor={`tracking-${request.id}`}>{rt('way.tracking')}</label>
              <input id={`tracking-${request.id}`} name="trackingNumber" required minLength={3} maxLength={60} autoCapitalize="characters" />
            </p>
          </fieldset>
          <button type="submit">{rt('way.send')}</button>
        </form>
      )}
    </div>
  );
}

/** One return request as its customer reads it: status, what, why, and what happens next. */
function ReturnCard({ request, base, sendFrom }: { request: MyReturn; base: string; sendFrom?: SendFrom }) {
  return (
    <li className="card" data-testid="return-request">
      <h3>
        {rt('shop.reference', { reference: request.reference })} · <span className="order-status">{returnStatus(request.status)}</span>
      </h3>
      <p className="hint">
        <a href={`${base}/orders/${request.orderId}`}>{rt('shop.order', { number: request.orderNumber })}</a> · {rt('shop.requestedOn', { date: formatDateTime(request.createdAt) })}
      </p>
      <ul>
        {request.lines.map((l) => (
          <li key={l.id}>{rt('shop.line', { quantity: l.quantity, title: l.title })}</li>
        ))}
      </ul>
      <p>
        {rt(`shop.reason.${request.reason}` as ReturnMessageKey)}
        {request.details && <span className="hint"> · {request.details}</span>}
      </p>
      {request.status === 'APPROVED' && request.instructions && <p role="note">{rt('shop.instructions', { instructions: request.instructions })}</p>}
      {request.status === 'REFUSED' && request.refusalReason && <p>{rt('shop.refused', { reason: request.refusalReason })}</p>}
      {request.refundAmount && <p>{rt('shop.refunded', { amount: money(request.refundAmount) })}</p>}
      {request.exchangeNote && <p>{rt('shop.exchanged', { note: request.exchangeNote })}</p>}
      <ReturnWayBack request={request} sendFrom={sendFrom} />
    </li>
  );
}

/** The customer's return requests at this shop, newest first. */
export async function ReturnsPage({ kind, slug, params }: { kind: StorefrontKind; slug: string; params: Params }) {
  const ctx = await pageContext(kind, slug);
  if (!(await getSignedInUser(slug))) redirect(`${ctx.base}/sign-in?next=${encodeURIComponent(`${ctx.base}/account/returns`)}`);
  const requests = await myReturns(slug, null);
  return (
    <div className="shop-page">
      <p>
        <a href={`${ctx.base}/account`}>{t('shop.account.addresses.back')}</a>
      </p>
      <h1>{rt('shop.title')}</h1>
      {param(params.done) === 'requested' && (
        <p role="status" className="ok-notice">
          {rt('shop.requested')}
        </p>
      )}
      {requests.length === 0 ? (
        <p className="notice">{rt('shop.none')}</p>
      ) : (
        <ul className="shop-lines">
          {requests.map((r) => (
            <ReturnCard key={r.id} request={r} base={ctx.base} sendFrom={{ kind, slug }} />
          ))}
        </ul>
      )}
    </div>
  );
}

/** The lines a customer (or, with the order's cart token, a guest) may return; null when the order is not theirs. */
async function returnableLinesOf(slug: string, orderId: string, cartToken: string | null) {
  if (cartToken) return (await shopRequest(slug, ShopGuestReturnableLinesQuery, { orderId, cartToken })).data?.guestReturnableLines ?? null;
  return (await shopRequest(slug, ShopReturnableLinesQuery, { orderId })).data?.returnableLines ?? null;
}

/**
 * On an order page: its return requests and the way to ask for one. A signed-in customer's own order, or a
 * guest's order with the cart token from the checkout cookie (decision 0065, "Guests"): a guest has no
 * account page, so their requests are shown here in full.
 */
export async function OrderReturns({ kind, slug, base, orderId, cartToken = null, requested = false, sent = null }: { kind: StorefrontKind; slug: string; base: string; orderId: string; cartToken?: string | null; requested?: boolean; sent?: 'sent' | 'sendFailed' | null }) {
  // Not the customer's own order (a member looking at it), or not allowed: nothing to show, never an error page.
  const [lines, requests] = await Promise.all([
    returnableLinesOf(slug, orderId, cartToken),
    cartToken
      ? shopRequest(slug, ShopGuestReturnsQuery, { orderId, cartToken }).then((r) => r.data?.guestReturnRequests ?? [])
      : shopRequest(slug, ShopMyReturnsQuery, { orderId }).then((r) => r.data?.returnRequests.edges.map((e) => e.node) ?? []),
  ]);
  const returnable = (lines ?? []).some((l) => l.returnable > 0);
  if (!returnable && requests.length === 0) return null;
  return (
    <section className="card" aria-labelledby="order-returns">
      <h2 id="order-returns">{rt('shop.title')}</h2>
      {requested && (
        <p role="status" className="ok-notice">
          {rt('shop.requested')}
        </p>
      )}
      {sent === 'sent' && (
        <p role="status" className="ok-notice">
          {rt('way.sentNotice')}
        </p>
      )}
      {sent === 'sendFailed' && (
        <p role="alert" className="alert">
          {rt('shop.error.sendFailed')}
        </p>
      )}
      {requests.length > 0 && (
        <ul className="shop-lines">
          {requests.map((r) => (
            <ReturnCard key={r.id} request={r} base={base} sendFrom={{ kind, slug }} />
          ))}
        </ul>
      )}
      <p>
        {returnable && (
          <a className="button" href={`${base}/orders/${orderId}/return`}>
            {rt('shop.request')}
          </a>
        )}{' '}
        {!cartToken && requests.length > 0 && <a href={`${base}/account/returns`}>{rt('shop.all')}</a>}
      </p>
    </section>
  );
}

/** The return form: how many of each delivered line, a reason, and a few words (and photos, for customers). */
export async function ReturnRequestPage({ kind, slug, orderId, params }: { kind: StorefrontKind; slug: string; orderId: string; params: Params }) {
  const ctx = await pageContext(kind, slug);
  if (!UUID.test(orderId)) notFound();
  const here = `${ctx.base}/orders/${orderId}/return`;
  // A guest's order in this browser (the checkout cookie's cart token) is returned with it; else sign in.
  const cartToken = await guestOrderToken(slug, orderId);
  if (!cartToken && !(await getSignedInUser(slug))) redirect(`${ctx.base}/sign-in?next=${encodeURIComponent(here)}`);
  const lines = await returnableLinesOf(slug, orderId, cartToken);
  if (!lines) notFound();
  const open = lines.filter((l) => l.returnable > 0);
  const error = param(params.error);
  return (
    <div className="shop-page narrow">
      <p>
        <a href={`${ctx.base}/orders/${orderId}`}>{rt('shop.backToOrder')}</a>
      </p>
      <h1>{rt('shop.formTitle')}</h1>
      {error && (
        <p role="alert" className="alert">
          {errorText(error)}
        </p>
      )}
      {open.length === 0 ? (
        <p className="notice">{rt('shop.nothing')}</p>
      ) : (
        <form action={requestReturnAction.bind(null, kind, slug, orderId)} className="stack-form">
          <fieldset>
            <legend>{rt('shop.which')}</legend>
            {lines.map((l) =>
              l.returnable > 0 ? (
                <p key={l.orderLineId}>
                  <label htmlFor={`qty-${l.orderLineId}`}>{rt('shop.lineLabel', { title: l.title, sku: l.sku })}</label>
                  <select id={`qty-${l.orderLineId}`} name={`qty:${l.orderLineId}`} defaultValue="0" aria-describedby={`closes-${l.orderLineId}`}>
                    {Array.from({ length: Math.min(l.returnable, MAX_CHOICES) + 1 }, (_, n) => (
                      <option key={n} value={n}>
                        {n}
                      </option>
                    ))}
                  </select>
                  <span className="hint" id={`closes-${l.orderLineId}`}>
                    {' '}
                    {rt('shop.closes', { count: l.returnable, date: l.closesAt ? formatDateTime(l.closesAt) : '' })}
                  </span>
                </p>
              ) : (
                <p key={l.orderLineId} className="hint">
                  {l.title}: {l.problem}
                </p>
              ),
            )}
          </fieldset>
          <p>
            <label htmlFor="return-reason">{rt('shop.reasonLabel')}</label>
            <select id="return-reason" name="reason" required defaultValue="">
              <option value="" disabled>
                {rt('shop.chooseReason')}
              </option>
              {REASONS.map((r) => (
                <option key={r} value={r}>
                  {rt(`shop.reason.${r}` as ReturnMessageKey)}
                </option>
              ))}
            </select>
          </p>
          <p>
            <label htmlFor="return-details">{rt('shop.detailsLabel')}</label>
            <textarea id="return-details" name="details" rows={4} maxLength={1000} aria-describedby="return-details-hint" />
            <span className="hint" id="return-details-hint">
              {rt('shop.detailsHint')}
            </span>
          </p>
          {cartToken ? (
            <p className="hint">{rt('shop.guestNoPhotos')}</p>
          ) : (
            <p>
              <label htmlFor="return-photos">{rt('shop.photosLabel')}</label>
              <input id="return-photos" name="photos" type="file" accept="image/jpeg,image/png,image/webp,image/avif" multiple aria-describedby="return-photos-hint" />
              <span className="hint" id="return-photos-hint">
                {rt('shop.photosHint')}
              </span>
            </p>
          )}
          <button type="submit">{rt('shop.submit')}</button>
        </form>
      )}
    </div>
  );
}

export const returnsMetadata: Metadata = { title: rt('shop.title'), robots: { index: false, follow: false } };
export const returnFormMetadata: Metadata = { title: rt('shop.formTitle'), robots: { index: false, follow: false } };
