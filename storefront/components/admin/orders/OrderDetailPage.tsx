import { notFound } from 'next/navigation';
import type { AdminOrderDetailQuery } from '../../../gql/graphql';
import { adminBase, sectionPath } from '../../../lib/admin/access';
import { formatDateTime, label } from '../../../lib/admin/format';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { formatMoney, sumMoney } from '../../../lib/money';
import { rt, type RewardsMessageKey } from '../../../lib/rewards/messages';
import { AdminOrderDetailQuery as OrderDetailDocument } from '../../../lib/admin/order-operations';
import {
  advanceOrderAction,
  advanceVendorOrderAction,
  cancelOrderAction,
  closeDisputeAction,
  openDisputeAction,
  type FulfilmentStep,
  type VendorStep,
} from '../../../lib/admin/order-actions';
import { OrderInvoicesQuery } from '../../../lib/invoices/operations';
import { statusLabel } from '../../shop/messages';
import { OrderInvoices } from '../../invoices/OrderInvoices';
import { ActionForm } from '../ActionForm';
import { one } from '../pages/params';
import { st } from '../../../lib/shipments/messages';

type Order = NonNullable<AdminOrderDetailQuery['order']>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The step after the stage fulfilment has reached (commerce's order-states.ts; it has the last word). */
const NEXT_STEP: Record<string, FulfilmentStep> = { PAID: 'fulfil', FULFILLING: 'ship', SHIPPED: 'deliver', DELIVERED: 'complete' };
const CLOSED = ['CANCELLED', 'REFUNDED'];
/** The step after a vendor order's stage (commerce's vendor-orders.ts); completing is the order's step. */
const NEXT_VENDOR_STEP: Record<string, VendorStep> = { PAID: 'fulfil', FULFILLING: 'ship', SHIPPED: 'deliver' };

/** What to offer: the actions commerce would accept now for this role (it still decides each one). */
function offers(order: Order, access: { manager: boolean; admin: boolean; vendor: unknown }) {
  const open = !CLOSED.includes(order.status);
  const paid = order.paidAt !== null && open;
  const stage = order.fulfilmentStage;
  return {
    step: access.manager && paid && stage ? (NEXT_STEP[stage] ?? null) : null,
    // Cancelling a paid order refunds it: like a refund, administrators only (commerce refuses staff).
    cancel: access.manager && open && (order.status === 'PENDING_PAYMENT' || (access.admin && (stage === 'PAID' || stage === 'FULFILLING'))),
    cancelNeedsAdmin: access.manager && !access.admin && paid && (stage === 'PAID' || stage === 'FULFILLING'),
    refund: access.admin && paid,
    openDispute: access.admin && paid && !order.disputed,
    closeDispute: access.admin && order.disputed,
    // Each vendor moves its own part (the page only shows a vendor its own); managers may move any part of
    // a marketplace order. A store has one part, moved with the order by the order's own steps.
    vendorSteps: paid && order.status !== 'COMPLETED' && (access.vendor || (access.manager && order.channel === 'MVM')),
  };
}

/**
 * One order: status and fulfilment stage, the actions the viewer's role allows (fulfil → ship → deliver →
 * complete, cancel, refund in full or per line with restock, disputes), vendor orders with their lines and
 * commission, payments, refunds and the timeline. A vendor sees only its own vendor orders.
 */
export async function OrderDetailPage({ slug, orderId, params }: { slug: string; orderId: string; params: Record<string, string | string[] | undefined> }) {
  const base = sectionPath(slug, 'orders');
  const viewer = await requireViewer(slug, `${base}/${orderId}`, 'orders');
  if (!UUID.test(orderId)) notFound();
  const [{ order }, invoices] = await Promise.all([adminQuery(slug, OrderDetailDocument, { id: orderId }), adminQuery(slug, OrderInvoicesQuery, { orderId }).then((d) => d.orderInvoices, () => null)]);
  if (!order) notFound();
  const can = offers(order, viewer.access);
  const done = one(params, 'done');
  const lines = order.vendorOrders.flatMap((v) => v.lines);
  const refundable = lines.filter((l) => l.quantity > l.refundedQuantity);
  // A vendor sees its own part: the order's money is its vendor orders', a refund only as far as it gave
  // back its lines (another vendor's refund is not its business).
  const own = viewer.access.vendor ? new Set(lines.map((l) => l.id)) : null;
  const refunds = own
    ? order.refunds
        .filter((r) => r.lines.some((l) => own.has(l.orderLineId)))
        .map((r) => ({ ...r, amount: sumMoney(r.lines.filter((l) => own.has(l.orderLineId)).flatMap((l) => [l.subtotal, l.tax]), r.amount.currency) }))
    : order.refunds;
  const money = own
    ? {
        total: sumMoney(order.vendorOrders.flatMap((v) => [v.subtotal, v.shipping, v.tax]), order.total.currency),
        subtotal: sumMoney(order.vendorOrders.map((v) => v.subtotal), order.total.currency),
        shipping: sumMoney(order.vendorOrders.map((v) => v.shipping), order.total.currency),
        tax: sumMoney(order.vendorOrders.map((v) => v.tax), order.total.currency),
        refunded: sumMoney(refunds.filter((r) => r.status === 'SUCCEEDED').map((r) => r.amount), order.total.currency),
      }
    : { total: order.total, subtotal: order.subtotal, shipping: order.shipping, tax: order.tax, refunded: order.refundedTotal };

  return (
    <div className="order-detail">
      <p>
        <a href={base}>{t('admin.orders.back')}</a>
      </p>
      <h1>{t('admin.orders.orderTitle', { number: order.number })}</h1>
      {done && (
        <p role="status" className="notice-ok">
          {label(`admin.orders.done.${done}`)}
        </p>
      )}
      <dl className="details card">
        <div>
          <dt>{t('admin.orders.status')}</dt>
          <dd>
            <strong>{statusLabel(order.status)}</strong>
            {order.fulfilmentStage && order.fulfilmentStage !== order.status && ` · ${t('admin.orders.stage', { stage: statusLabel(order.fulfilmentStage) })}`}
            {order.disputed && ` · ${t('admin.orders.disputed')}`}
          </dd>
        </div>
        <div>
          <dt>{t('admin.orders.placed')}</dt>
          <dd>{formatDateTime(order.createdAt)}</dd>
        </div>
        <div>
          <dt>{t('admin.orders.customer')}</dt>
          <dd>
            {order.email}
            {order.customerUserId && viewer.access.sections.includes('rewards') && (
              <>
                {' · '}
                <a href={`${sectionPath(slug, 'rewards')}/customers/${encodeURIComponent(order.customerUserId)}`}>{rt('rewards.customerLink')}</a>
              </>
            )}
          </dd>
        </div>
        {/* Orders with nothing to ship (bus tickets) have no address. */}
        {order.shippingAddress && (
          <div>
            <dt>{t('admin.orders.shipTo')}</dt>
            <dd>
              {[order.shippingAddress.name, order.shippingAddress.line1, order.shippingAddress.line2, order.shippingAddress.city, order.shippingAddress.region, order.shippingAddress.country, order.shippingAddress.phone].filter(Boolean).join(', ')}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('admin.orders.shippingMethod')}</dt>
          <dd>{order.shippingMethod}</dd>
        </div>
        {order.referralCode && (
          <div>
            <dt>{t('admin.orders.referral')}</dt>
            <dd>{order.referralCode}</dd>
          </div>
        )}
        <div>
          <dt>{t(own ? 'admin.orders.yourPart' : 'admin.orders.total')}</dt>
          <dd>
            {formatMoney(money.total)} ({t('admin.orders.totalParts', { subtotal: formatMoney(money.subtotal), shipping: formatMoney(money.shipping), tax: formatMoney(money.tax) })})
            {money.refunded.amount !== '0' && ` · ${t('admin.orders.refundedTotal', { amount: formatMoney(money.refunded) })}`}
          </dd>
        </div>
        {!own && order.prepaid.amount !== '0' && (
          <div data-testid="order-prepaid">
            <dt>{rt('rewards.orderPrepaid')}</dt>
            <dd>
              <ul>
                {order.tenders.map((tender, i) => (
                  <li key={i}>
                    {rt(tender.points != null ? 'rewards.orderPrepaidPoints' : 'rewards.orderPrepaidLine', { kind: rt(`rewards.kind.${tender.kind}` as RewardsMessageKey), amount: formatMoney(tender.amount), points: tender.points ?? 0 })}
                  </li>
                ))}
              </ul>
              {rt('rewards.orderAmountDue', { amount: formatMoney(order.amountDue) })}
            </dd>
          </div>
        )}
      </dl>

      {order.shippingAddress && (viewer.access.manager || viewer.access.vendor) && !CLOSED.includes(order.status) && (
        <p>
          <a href={`${base}/${order.id}/ship`}>{st('shipLink')}</a>
          {' · '}
          <a href={`${base}/shipments?orderId=${order.id}`}>{st('existing')}</a>
        </p>
      )}
      {(can.step || can.cancel || can.cancelNeedsAdmin || can.refund || can.openDispute || can.closeDispute) && (
        <section className="card" aria-labelledby="actions-title">
          <h2 id="actions-title">{t('admin.orders.actions')}</h2>
          <div className="decision">
            {can.step && (
              <ActionForm
                action={advanceOrderAction.bind(null, slug, order.id, can.step)}
                label={label(`admin.orders.step.${can.step}`)}
                groups={[{ fields: [{ name: 'note', label: t('admin.orders.note'), hint: t('admin.orders.noteHint') }] }]}
                submitLabel={label(`admin.orders.step.${can.step}`)}
                pendingLabel={t('admin.saving')}
              />
            )}
            {can.cancel && (
              <ActionForm
                action={cancelOrderAction.bind(null, slug, order.id)}
                label={t('admin.orders.cancel')}
                groups={[{ fields: [{ name: 'reason', label: t('admin.orders.cancelReason'), hint: order.paidAt ? t('admin.orders.cancelPaidHint') : undefined }] }]}
                submitLabel={t('admin.orders.cancel')}
                pendingLabel={t('admin.saving')}
                secondary
              />
            )}
          </div>
          {can.cancelNeedsAdmin && <p className="hint">{t('admin.orders.cancelPaidNeedsAdmin')}</p>}
          {/* Refunds are confirmed on a page of their own (amount and lines from commerce) before anything
              is sent, so one click never gives money back; a plain GET form, so it works without JavaScript. */}
          {can.refund && refundable.length > 0 && (
            <form method="get" action={`${base}/${order.id}/refund`} className="stacked-form" aria-labelledby="refund-title">
              <h3 id="refund-title">{t('admin.orders.refund')}</h3>
              <fieldset>
                <legend>{t('admin.orders.refundLines')}</legend>
                {refundable.map((l) => (
                  <div className="field" key={l.id}>
                    <label htmlFor={`refund-${l.id}`}>{t('admin.orders.refundLine', { title: l.title, sku: l.sku })}</label>
                    <input id={`refund-${l.id}`} name={`line.${l.id}`} type="number" inputMode="numeric" min={0} max={l.quantity - l.refundedQuantity} aria-describedby={`refund-${l.id}-hint`} />
                    <p id={`refund-${l.id}-hint`} className="hint">
                      {t('admin.orders.refundable', { count: l.quantity - l.refundedQuantity })}
                    </p>
                  </div>
                ))}
              </fieldset>
              <label className="checkbox">
                <input type="checkbox" name="restock" value="yes" /> {t('admin.orders.restockYes')}
              </label>
              {order.customerUserId && (
                <label className="checkbox">
                  <input type="checkbox" name="toStoreCredit" value="yes" /> {rt('rewards.refundToCredit')}
                </label>
              )}
              <div className="field">
                <label htmlFor="refund-reason">{t('admin.orders.refundReason')}</label>
                <input id="refund-reason" name="reason" type="text" maxLength={500} />
              </div>
              <button type="submit" className="secondary">
                {t('admin.orders.refundReview')}
              </button>
            </form>
          )}
          {can.openDispute && (
            <ActionForm
              action={openDisputeAction.bind(null, slug, order.id)}
              label={t('admin.orders.openDispute')}
              groups={[{ fields: [{ name: 'reason', label: t('admin.orders.disputeReason'), required: true }] }]}
              submitLabel={t('admin.orders.openDispute')}
              pendingLabel={t('admin.saving')}
              secondary
            />
          )}
          {can.closeDispute && (
            <ActionForm
              action={closeDisputeAction.bind(null, slug, order.id)}
              label={t('admin.orders.closeDispute')}
              groups={[{ fields: [{ name: 'resolution', label: t('admin.orders.resolution'), required: true }] }]}
              submitLabel={t('admin.orders.closeDispute')}
              pendingLabel={t('admin.saving')}
              secondary
            />
          )}
        </section>
      )}

      {order.vendorOrders.map((vendorOrder) => (
        <section key={vendorOrder.id} className="card" aria-labelledby={`vo-${vendorOrder.id}`}>
          <h2 id={`vo-${vendorOrder.id}`}>{t('admin.orders.vendorOrder', { vendor: vendorOrder.vendorName })}</h2>
          {order.paidAt && (
            <p>{t('admin.orders.vendorStage', { stage: vendorOrder.fulfilmentStage === 'PAID' ? t('admin.orders.vendorNotStarted') : statusLabel(vendorOrder.fulfilmentStage) })}</p>
          )}
          {can.vendorSteps && NEXT_VENDOR_STEP[vendorOrder.fulfilmentStage] && (
            <ActionForm
              action={advanceVendorOrderAction.bind(null, slug, order.id, vendorOrder.id, NEXT_VENDOR_STEP[vendorOrder.fulfilmentStage])}
              label={`${label(`admin.orders.vendorStep.${NEXT_VENDOR_STEP[vendorOrder.fulfilmentStage]}`)}: ${vendorOrder.vendorName}`}
              groups={[{ fields: [{ name: 'note', label: t('admin.orders.note'), hint: `${t('admin.orders.noteHint')} ${t('admin.orders.vendorStepHint')}` }] }]}
              submitLabel={label(`admin.orders.vendorStep.${NEXT_VENDOR_STEP[vendorOrder.fulfilmentStage]}`)}
              pendingLabel={t('admin.saving')}
            />
          )}
          <div className="table-scroll" tabIndex={0} role="region" aria-label={`${t('admin.orders.items')}: ${vendorOrder.vendorName}`}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('admin.orders.item')}</th>
                  <th scope="col">{t('admin.orders.quantity')}</th>
                  <th scope="col">{t('admin.orders.unitPrice')}</th>
                  <th scope="col">{t('admin.orders.lineTotal')}</th>
                  <th scope="col">{t('admin.orders.stock')}</th>
                </tr>
              </thead>
              <tbody>
                {vendorOrder.lines.map((line) => (
                  <tr key={line.id}>
                    <th scope="row">
                      {line.title} <span className="hint">{line.sku}</span>
                    </th>
                    <td>
                      {line.quantity}
                      {line.refundedQuantity > 0 && ` (${t('admin.orders.refundedUnits', { count: line.refundedQuantity })})`}
                    </td>
                    <td>{formatMoney(line.unitPrice)}</td>
                    <td>{formatMoney({ amount: (BigInt(line.subtotal.amount) + BigInt(line.tax.amount)).toString(), currency: line.subtotal.currency })}</td>
                    <td>{label(`admin.orders.stockStatus.${line.stockStatus}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="hint">
            {t('admin.orders.vendorTotals', { subtotal: formatMoney(vendorOrder.subtotal), shipping: formatMoney(vendorOrder.shipping), tax: formatMoney(vendorOrder.tax) })}
            {order.channel === 'MVM' && ` · ${t('admin.orders.commission', { amount: formatMoney(vendorOrder.commission), rate: (vendorOrder.commissionBps / 100).toFixed(2) })}`}
          </p>
        </section>
      ))}

      <section className="card" aria-labelledby="payments-title">
        <h2 id="payments-title">{t('admin.orders.payments')}</h2>
        {order.payments.length === 0 ? (
          <p>{t('admin.orders.noPayments')}</p>
        ) : (
          <ul className="plain-list">
            {order.payments.map((p) => (
              <li key={p.id}>
                {p.provider} · {p.reference} · {formatMoney(p.amount)} · <strong>{label(`admin.orders.paymentStatus.${p.status}`)}</strong>
                {p.failureReason && ` · ${p.failureReason}`} · {formatDateTime(p.succeededAt ?? p.createdAt)}
                {p.method === 'BANK_TRANSFER' && (
                  <div className="hint" data-testid="transfer-payment">
                    {t('admin.orders.transfer', { account: p.bankAccountNumber ?? '—', bank: p.bankName ?? '—', received: formatMoney(p.received), left: formatMoney(p.stillToPay) })}
                  </div>
                )}
                {/* What the shopper was asked to do on their phone (decision 0087), for staff helping them. */}
                {p.method === 'USSD' && (
                  <div className="hint" data-testid="ussd-payment">
                    {t('admin.orders.ussd', { bank: p.ussdBank ?? '—', code: p.ussdCode ?? '—' })}
                  </div>
                )}
                {p.method === 'MOBILE_MONEY' && (
                  <div className="hint" data-testid="mobile-money-payment">
                    {t('admin.orders.mobileMoney', { network: p.mobileMoneyNetwork ?? '—', phone: p.mobileMoneyPhone ?? '—' })}
                  </div>
                )}
                {p.method === 'PAY_ON_DELIVERY' && (
                  <div className="hint" data-testid="pay-on-delivery">
                    {p.status === 'PENDING' ? (
                      <a href={`${sectionPath(slug, 'orders')}/collect`}>{t('admin.pod.toCollect', { amount: formatMoney(p.amount) })}</a>
                    ) : p.collectedVia ? (
                      t(p.collectedVia === 'CASH' ? (p.handedIn ? 'admin.pod.cashHandedIn' : 'admin.pod.cashHeld') : 'admin.pod.transferCollected', { when: formatDateTime(p.collectedAt ?? p.createdAt) })
                    ) : (
                      t('admin.pod.method')
                    )}
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
        {refunds.length > 0 && (
          <>
            <h3>{t('admin.orders.refunds')}</h3>
            <ul className="plain-list">
              {refunds.map((r) => (
                <li key={r.id}>
                  {formatMoney(r.amount)} · <strong>{label(`admin.orders.refundStatus.${r.status}`)}</strong>
                  {r.automatic && ` · ${t('admin.orders.automatic')}`}
                  {r.restock && ` · ${t('admin.orders.restocked')}`}
                  {r.reason && ` · “${r.reason}”`}
                  {r.failureReason && ` · ${r.failureReason}`} · {formatDateTime(r.createdAt)}
                </li>
              ))}
            </ul>
          </>
        )}
        {order.disputes.length > 0 && (
          <>
            <h3>{t('admin.orders.disputes')}</h3>
            <ul className="plain-list">
              {order.disputes.map((d) => (
                <li key={d.id}>
                  {formatDateTime(d.openedAt)}: “{d.reason}”{d.closedAt && ` → ${formatDateTime(d.closedAt)}: “${d.resolution ?? ''}”`}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      {order.status !== 'PENDING_PAYMENT' && <OrderInvoices invoices={invoices} href={(id) => `${adminBase(slug)}/invoices/${id}`} />}

      <section className="card" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('admin.orders.timeline')}</h2>
        <ol className="trail">
          {order.timeline.map((event) => (
            <li key={event.id}>
              {formatDateTime(event.at)}: {event.vendorName && `${t('admin.orders.vendorEvent', { vendor: event.vendorName })}: `}
              {event.fromStatus ? `${statusLabel(event.fromStatus)} → ` : ''}
              <strong>{statusLabel(event.toStatus)}</strong> · {label(`admin.orders.actor.${event.actorType}`)}
              {event.reason && <> · “{event.reason}”</>}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
