import { notFound } from 'next/navigation';
import { adminBase, sectionPath } from '../../../lib/admin/access';
import { formatDateTime } from '../../../lib/admin/format';
import { AdminRefundPreviewQuery } from '../../../lib/admin/order-operations';
import {
  approveReturnAction,
  arrangeReturnShippingAction,
  exchangeReturnAction,
  receiveReturnShipmentAction,
  receiveReturnAction,
  refundReturnAction,
  refuseReturnAction,
  updateReturnSettingsAction,
} from '../../../lib/admin/return-actions';
import { AdminReturnDetailQuery, AdminReturnListQuery, AdminReturnSettingsQuery } from '../../../lib/admin/return-operations';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { GatewayGraphQLErrors } from '../../../lib/gateway';
import { t } from '../../../lib/messages';
import { formatMoney } from '../../../lib/money';
import { shipmentsPath } from '../../../lib/shipments/paths';
import { rt, type ReturnMessageKey } from '../../../lib/returns/messages';
import type { AdminReturnDetailQuery as ReturnDetailData, ReturnStatus } from '../../../gql/graphql';
import { ActionForm } from '../ActionForm';
import { DataTable } from '../DataTable';
import { one, query } from '../pages/params';

const STATUSES: readonly ReturnStatus[] = ['REQUESTED', 'APPROVED', 'RECEIVED', 'REFUNDED', 'EXCHANGED', 'REFUSED'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DONE = ['approved', 'refused', 'received', 'exchanged', 'refunded', 'arranged', 'parcel'] as const;

const statusText = (s: string) => rt(`admin.status.${s}` as ReturnMessageKey);
const reasonText = (r: string) => rt(`shop.reason.${r}` as ReturnMessageKey);

/**
 * Return requests, newest first, filtered by status, 25 a page. Managers see the tenant's; a vendor the
 * requests for its own vendor orders (commerce's rule). Administrators set the return window here.
 */
export async function ReturnsPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = sectionPath(slug, 'returns');
  const statusParam = one(params, 'status') as ReturnStatus;
  const status = STATUSES.includes(statusParam) ? statusParam : null;
  const after = one(params, 'after') || null;
  const viewer = await requireViewer(slug, `${base}${query({ status, after })}`, 'returns');
  const [{ returnRequests }, settings] = await Promise.all([
    adminQuery(slug, AdminReturnListQuery, { status, after }),
    viewer.access.admin ? adminQuery(slug, AdminReturnSettingsQuery, {}) : Promise.resolve(null),
  ]);

  return (
    <div>
      <h1>{rt('admin.title')}</h1>
      {viewer.access.vendor && <p className="hint">{rt('admin.vendorHint', { vendor: viewer.access.vendor.name })}</p>}
      <form method="get" action={base} className="filter-bar" aria-label={rt('admin.filter')}>
        <div className="field">
          <label htmlFor="return-status">{rt('admin.statusLabel')}</label>
          <select id="return-status" name="status" defaultValue={status ?? ''}>
            <option value="">{rt('admin.allStatuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusText(s)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{rt('admin.apply')}</button>
      </form>
      {returnRequests.edges.length === 0 ? (
        <p className="empty">{rt('admin.empty')}</p>
      ) : (
        <DataTable label={rt('admin.title')}>
          <thead>
            <tr>
              <th scope="col">{rt('admin.reference')}</th>
              <th scope="col">{rt('admin.statusLabel')}</th>
              <th scope="col">{rt('admin.order')}</th>
              <th scope="col">{rt('admin.vendor')}</th>
              <th scope="col">{rt('admin.reason')}</th>
              <th scope="col">{rt('admin.units')}</th>
              <th scope="col">{rt('admin.asked')}</th>
            </tr>
          </thead>
          <tbody>
            {returnRequests.edges.map(({ node: r }) => (
              <tr key={r.id}>
                <th scope="row">
                  <a href={`${base}/${r.id}`}>{r.reference}</a>
                </th>
                <td>{statusText(r.status)}</td>
                <td>{r.orderNumber}</td>
                <td>{r.vendorName}</td>
                <td>{reasonText(r.reason)}</td>
                <td>{r.lines.reduce((n, l) => n + l.quantity, 0)}</td>
                <td>{formatDateTime(r.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {returnRequests.pageInfo.hasNextPage && returnRequests.pageInfo.endCursor && (
        <nav className="pagination" aria-label={rt('admin.pages')}>
          <a rel="next" href={`${base}${query({ status, after: returnRequests.pageInfo.endCursor })}`}>
            {rt('admin.older')}
          </a>
        </nav>
      )}
      {settings && (
        <section className="card" aria-labelledby="return-window-title">
          <h2 id="return-window-title">{rt('admin.windowTitle')}</h2>
          <ActionForm
            action={updateReturnSettingsAction.bind(null, slug)}
            label={rt('admin.windowTitle')}
            groups={[{ fields: [{ name: 'windowDays', label: rt('admin.windowDays'), type: 'number', inputMode: 'numeric', required: true, defaultValue: String(settings.returnSettings.windowDays), hint: rt('admin.windowHint') }] }]}
            submitLabel={rt('admin.windowSave')}
            pendingLabel={t('admin.saving')}
          />
        </section>
      )}
    </div>
  );
}

/**
 * One return request: what, why, its timeline, and the answers commerce would accept now for the viewer
 * (approve with instructions or refuse with a reason; mark received; refund — priced by refundPreview
 * for exactly its lines — or exchange with a note, each with an optional restock).
 */
/**
 * The customer's photos (decision 0065) as thumbnails that open the large variant; both come through this
 * host's private photo route (admin/[tenant]/return-photos), which asks the gateway as the signed-in user.
 */
function ReturnPhotos({ slug, photos }: { slug: string; photos: { id: string; width: number; height: number }[] }) {
  const src = (id: string, file: string) => `${adminBase(slug)}/return-photos/${id}/${file}`;
  return (
    <ul className="return-photos" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', listStyle: 'none', padding: 0 }}>
      {photos.map((p, i) => (
        <li key={p.id}>
          <a href={src(p.id, '1280.jpg')} target="_blank" rel="noopener" data-testid="return-photo">
            <picture>
              <source type="image/webp" srcSet={src(p.id, '320.webp')} />
              <img
                src={src(p.id, '320.jpg')}
                alt={rt('admin.photoAlt', { number: i + 1, count: photos.length })}
                width={Math.min(p.width, 320) / 2}
                height={Math.round((Math.min(p.width, 320) / 2) * (p.height / p.width))}
                loading="lazy"
                style={{ maxWidth: '100%', height: 'auto', display: 'block', borderRadius: '4px' }}
              />
            </picture>
          </a>
        </li>
      ))}
    </ul>
  );
}

export async function ReturnDetailPage({ slug, id, params }: { slug: string; id: string; params: Record<string, string | string[] | undefined> }) {
  const base = sectionPath(slug, 'returns');
  const viewer = await requireViewer(slug, `${base}/${id}`, 'returns');
  if (!UUID.test(id)) notFound();
  const { returnRequest: r } = await adminQuery(slug, AdminReturnDetailQuery, { id });
  if (!r) notFound();
  const done = DONE.find((d) => d === one(params, 'done'));
  let refundAmount: string | null = null;
  if (r.status === 'RECEIVED' && r.canRefund) {
    try {
      const { refundPreview } = await adminQuery(slug, AdminRefundPreviewQuery, { input: { orderId: r.orderId, lines: r.lines.map((l) => ({ orderLineId: l.orderLineId, quantity: l.quantity })) } });
      // A pickup the customer pays comes off the refund (commerce takes it off in the same refund, decision 0092).
      const charge = r.shippingPaidBy === 'CUSTOMER' ? r.shippingCharge : null;
      refundAmount = charge
        ? rt('admin.refundAfterCharge', { amount: formatMoney({ amount: String(BigInt(refundPreview.amount.amount) - BigInt(charge.amount)), currency: charge.currency }), charge: formatMoney(charge) })
        : rt('admin.refundAmount', { amount: formatMoney(refundPreview.amount) });
    } catch (e) {
      if (!(e instanceof GatewayGraphQLErrors)) throw e;
    }
  }
  const restockField = { name: 'restock', label: rt('admin.restock'), type: 'checkboxes' as const, options: [{ value: 'yes', label: rt('admin.restockYes') }] };
  const ordersBase = sectionPath(slug, 'orders');

  return (
    <div className="order-detail">
      <p>
        <a href={base}>{rt('admin.back')}</a>
      </p>
      <h1>{rt('admin.detailTitle', { reference: r.reference })}</h1>
      {done && (
        <p role="status" className="notice-ok">
          {rt(`admin.done.${done}` as ReturnMessageKey)}
        </p>
      )}
      <dl className="facts">
        <div>
          <dt>{rt('admin.statusLabel')}</dt>
          <dd data-testid="return-status">{statusText(r.status)}</dd>
        </div>
        <div>
          <dt>{rt('admin.order')}</dt>
          <dd>{viewer.access.manager || viewer.access.vendor ? <a href={`${ordersBase}/${r.orderId}`}>{r.orderNumber}</a> : r.orderNumber}</dd>
        </div>
        <div>
          <dt>{rt('admin.vendor')}</dt>
          <dd>{r.vendorName}</dd>
        </div>
        <div>
          <dt>{rt('admin.reason')}</dt>
          <dd>
            {reasonText(r.reason)}
            {r.details && ` · ${r.details}`}
          </dd>
        </div>
        {r.instructions && (
          <div>
            <dt>{rt('admin.instructions')}</dt>
            <dd>{r.instructions}</dd>
          </div>
        )}
        {r.refusalReason && (
          <div>
            <dt>{rt('admin.refusalReason')}</dt>
            <dd>{r.refusalReason}</dd>
          </div>
        )}
        {r.refundAmount && (
          <div>
            <dt>{rt('admin.refunded')}</dt>
            <dd>{formatMoney(r.refundAmount)}</dd>
          </div>
        )}
        {r.exchangeNote && (
          <div>
            <dt>{rt('admin.exchangeNote')}</dt>
            <dd>{r.exchangeNote}</dd>
          </div>
        )}
      </dl>
      <section className="card" aria-labelledby="return-lines">
        <h2 id="return-lines">{rt('admin.items')}</h2>
        <ul>
          {r.lines.map((l) => (
            <li key={l.id}>
              {rt('shop.line', { quantity: l.quantity, title: l.title })} <span className="hint">{l.sku}</span>
            </li>
          ))}
        </ul>
      </section>
      {r.photos.length > 0 && (
        <section className="card" aria-labelledby="return-photos">
          <h2 id="return-photos">{rt('admin.photos')}</h2>
          <ReturnPhotos slug={slug} photos={r.photos} />
        </section>
      )}
      {['REQUESTED', 'APPROVED', 'RECEIVED'].includes(r.status) && (
        <section className="card" aria-labelledby="return-actions">
          <h2 id="return-actions">{rt('admin.actions')}</h2>
          <div className="decision">
            {r.status === 'REQUESTED' && (
              <>
                <ActionForm
                  action={approveReturnAction.bind(null, slug, r.id)}
                  label={rt('admin.approve')}
                  groups={[{ fields: [{ name: 'instructions', label: rt('admin.instructions'), type: 'textarea', required: true, hint: rt('admin.instructionsHint') }] }]}
                  submitLabel={rt('admin.approve')}
                  pendingLabel={t('admin.saving')}
                />
                <ActionForm
                  action={refuseReturnAction.bind(null, slug, r.id)}
                  label={rt('admin.refuse')}
                  groups={[{ fields: [{ name: 'reason', label: rt('admin.refusalReason'), type: 'textarea', required: true, hint: rt('admin.refusalHint') }] }]}
                  submitLabel={rt('admin.refuse')}
                  pendingLabel={t('admin.saving')}
                  secondary
                />
              </>
            )}
            {r.status === 'APPROVED' && (
              <ActionForm
                action={receiveReturnAction.bind(null, slug, r.id)}
                label={rt('admin.receive')}
                groups={[{ fields: [{ name: 'note', label: rt('admin.note') }] }]}
                submitLabel={rt('admin.receive')}
                pendingLabel={t('admin.saving')}
              />
            )}
            {r.status === 'RECEIVED' && (
              <>
                {r.canRefund ? (
                  <ActionForm
                    action={refundReturnAction.bind(null, slug, r.id)}
                    label={rt('admin.refund')}
                    groups={[{ fields: [restockField] }]}
                    submitLabel={refundAmount ?? rt('admin.refund')}
                    pendingLabel={t('admin.saving')}
                  />
                ) : (
                  <p className="hint">{rt('admin.refundNeedsAdmin')}</p>
                )}
                <ActionForm
                  action={exchangeReturnAction.bind(null, slug, r.id)}
                  label={rt('admin.exchange')}
                  groups={[{ fields: [{ name: 'note', label: rt('admin.exchangeNote'), type: 'textarea', required: true, hint: rt('admin.exchangeHint') }, restockField] }]}
                  submitLabel={rt('admin.exchange')}
                  pendingLabel={t('admin.saving')}
                  secondary
                />
              </>
            )}
          </div>
        </section>
      )}
      <ReturnWayBack slug={slug} r={r} />
      <section className="card" aria-labelledby="return-timeline">
        <h2 id="return-timeline">{rt('admin.timeline')}</h2>
        <ol className="timeline">
          {r.timeline.map((e) => (
            <li key={e.id}>
              <strong>{statusText(e.toStatus)}</strong> · <time dateTime={e.at}>{formatDateTime(e.at)}</time>
              {e.note && <span className="hint"> · {e.note}</span>}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

type ReturnDetail = NonNullable<ReturnDetailData['returnRequest']>;

const wayStatus = (s: string) => rt(`way.status.${s}` as ReturnMessageKey);

/**
 * The return's way back (decision 0092): what is arranged (a pickup with its tracking, or the customer
 * sending it and their tracking number), who pays, and — while the return is approved — booking a pickup
 * (our rider or the courier), letting the customer send it, or confirming a collected parcel arrived.
 */
function ReturnWayBack({ slug, r }: { slug: string; r: ReturnDetail }) {
  const ship = r.returnShipment;
  const live = ship && !['CANCELLED', 'RETURNED'].includes(ship.status) ? ship : null;
  const approved = r.status === 'APPROVED';
  if (!approved && !r.shippingWay) return null;
  const canArrange = approved && !live && !r.customerSentAt;
  const currency = r.shippingCharge?.currency ?? r.refundAmount?.currency ?? 'NGN';
  const paidByField = {
    name: 'paidBy',
    label: rt('admin.way.paidBy'),
    type: 'select' as const,
    options: (['SHOP', 'CUSTOMER'] as const).map((v) => ({ value: v, label: rt(`admin.way.paidBy.${v}` as ReturnMessageKey) })),
    defaultValue: 'SHOP',
  };
  return (
    <section className="card" aria-labelledby="return-way">
      <h2 id="return-way">{rt('admin.way.title')}</h2>
      <div data-testid="return-way">
        {!r.shippingWay && <p className="hint">{rt('admin.way.none')}</p>}
        {ship && (
          <p>
            {rt('admin.way.pickup', { carrier: rt(`admin.way.carrier.${ship.carrier}` as ReturnMessageKey), tracking: ship.trackingNumber, status: wayStatus(ship.status) })}{' '}
            <a href={`${shipmentsPath(slug)}/${ship.id}`}>{rt('admin.way.openShipment')}</a>
          </p>
        )}
        {r.shippingWay === 'CUSTOMER_SENDS' && (
          <p>
            {r.customerSentAt && r.customerCarrier && r.customerTrackingNumber
              ? rt('admin.way.customerSent', { carrier: r.customerCarrier, tracking: r.customerTrackingNumber, date: formatDateTime(r.customerSentAt) })
              : `${rt('admin.way.customerSends')} ${rt('admin.way.notSentYet')}`}
          </p>
        )}
        {r.shippingPaidBy && (
          <p className="hint">
            {rt(r.shippingPaidBy === 'SHOP' ? 'admin.way.paidByShop' : 'admin.way.paidByCustomer')}
            {r.shippingCharge && ` ${rt('admin.way.charge', { amount: formatMoney(r.shippingCharge) })}`}
          </p>
        )}
        {ship && ship.events.length > 0 && (
          <ol className="timeline">
            {ship.events.map((e) => (
              <li key={e.id}>
                <strong>{wayStatus(e.status)}</strong> · <time dateTime={e.at}>{formatDateTime(e.at)}</time>
                {(e.note || e.location) && <span className="hint"> · {[e.note, e.location].filter(Boolean).join(' · ')}</span>}
              </li>
            ))}
          </ol>
        )}
      </div>
      {approved && live && ['PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'FAILED'].includes(live.status) && (
        <ActionForm
          action={receiveReturnShipmentAction.bind(null, slug, r.id)}
          label={rt('admin.way.receive')}
          groups={[{ fields: [{ name: 'note', label: rt('admin.note'), hint: rt('admin.way.receiveHint') }] }]}
          submitLabel={rt('admin.way.receive')}
          pendingLabel={t('admin.saving')}
        />
      )}
      {canArrange && (
        <div className="decision">
          <ActionForm
            action={arrangeReturnShippingAction.bind(null, slug, r.id, 'PICKUP', currency)}
            label={rt('admin.way.arrangePickup')}
            groups={[
              {
                legend: rt('admin.way.arrangePickup'),
                fields: [
                  { name: 'carrier', label: rt('admin.way.carrier'), type: 'select', options: (['OWN_RIDERS', 'SANDBOX'] as const).map((v) => ({ value: v, label: rt(`admin.way.carrier.${v}` as ReturnMessageKey) })), defaultValue: 'OWN_RIDERS' },
                  { name: 'riderUserId', label: rt('admin.way.rider'), hint: rt('admin.way.riderHint') },
                  { name: 'weightGrams', label: rt('admin.way.weight'), type: 'number', inputMode: 'numeric', required: true, defaultValue: '1000' },
                  { name: 'lengthMm', label: rt('admin.way.length'), type: 'number', inputMode: 'numeric', required: true, defaultValue: '300' },
                  { name: 'widthMm', label: rt('admin.way.width'), type: 'number', inputMode: 'numeric', required: true, defaultValue: '200' },
                  { name: 'heightMm', label: rt('admin.way.height'), type: 'number', inputMode: 'numeric', required: true, defaultValue: '100' },
                  paidByField,
                  { name: 'charge', label: rt('admin.way.chargeLabel'), inputMode: 'decimal', hint: rt('admin.way.chargeHint') },
                ],
              },
            ]}
            submitLabel={rt('admin.way.arrangePickup')}
            pendingLabel={t('admin.saving')}
          />
          <ActionForm
            action={arrangeReturnShippingAction.bind(null, slug, r.id, 'CUSTOMER_SENDS', currency)}
            label={rt('admin.way.arrangeSelf')}
            groups={[{ fields: [paidByField] }]}
            submitLabel={rt('admin.way.arrangeSelf')}
            pendingLabel={t('admin.saving')}
            secondary
          />
        </div>
      )}
    </section>
  );
}
