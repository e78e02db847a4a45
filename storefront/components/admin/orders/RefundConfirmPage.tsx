import { notFound } from 'next/navigation';
import { sectionPath } from '../../../lib/admin/access';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { GatewayGraphQLErrors } from '../../../lib/gateway';
import { t } from '../../../lib/messages';
import { formatMoney } from '../../../lib/money';
import { rt } from '../../../lib/rewards/messages';
import { AdminRefundPreviewQuery } from '../../../lib/admin/order-operations';
import { refundOrderAction } from '../../../lib/admin/order-actions';
import { ActionForm } from '../ActionForm';
import { one } from '../pages/params';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The second step of a refund (issue 10: a refund went through in one click): what the order page's refund
 * form asked for (units per line, restock, reason, in the query string), priced by commerce's refundPreview
 * — the amount, each line and any shipping going back — and one button that makes exactly that refund.
 * Nothing is refunded until it is pressed; the page works without JavaScript.
 */
export async function RefundConfirmPage({ slug, orderId, params }: { slug: string; orderId: string; params: Record<string, string | string[] | undefined> }) {
  const orderPath = `${sectionPath(slug, 'orders')}/${orderId}`;
  const viewer = await requireViewer(slug, `${orderPath}/refund`, 'orders');
  if (!UUID.test(orderId)) notFound();

  const lines: { orderLineId: string; quantity: number }[] = [];
  let invalid = false;
  for (const [key, value] of Object.entries(params)) {
    const id = key.startsWith('line.') ? key.slice('line.'.length) : null;
    const raw = typeof value === 'string' ? value.trim() : '';
    if (!id || !raw) continue;
    const quantity = Number(raw);
    if (!UUID.test(id) || !Number.isInteger(quantity) || quantity < 0) invalid = true;
    else if (quantity > 0) lines.push({ orderLineId: id, quantity });
  }
  const restock = one(params, 'restock') === 'yes';
  const reason = one(params, 'reason').slice(0, 500);
  const toStoreCredit = one(params, 'toStoreCredit') === 'yes';

  let problem: string | null = invalid ? t('admin.orders.invalidQuantity') : viewer.access.admin ? null : t('admin.error.forbidden');
  let preview = null;
  if (!problem) {
    try {
      preview = (await adminQuery(slug, AdminRefundPreviewQuery, { input: { orderId, lines: lines.length > 0 ? lines : null, restock, reason: reason || null, toStoreCredit } })).refundPreview;
    } catch (e) {
      if (!(e instanceof GatewayGraphQLErrors)) throw e;
      const code = e.errors[0]?.extensions?.code;
      if (code === 'NOT_FOUND') notFound();
      problem = code === 'FORBIDDEN' || code === 'TWO_FACTOR_REQUIRED' ? t('admin.error.forbidden') : (e.errors[0]?.message ?? t('admin.error.failed'));
    }
  }

  return (
    <div className="order-detail">
      <p>
        <a href={orderPath}>{t('admin.orders.backToOrder')}</a>
      </p>
      <h1>{t('admin.orders.refundConfirmTitle')}</h1>
      {problem || !preview ? (
        <p role="alert" className="alert">
          {problem ?? t('admin.error.failed')}
        </p>
      ) : (
        <section className="card" aria-labelledby="refund-summary">
          <h2 id="refund-summary" data-testid="refund-amount">
            {t('admin.orders.refundAmount', { amount: formatMoney(preview.amount) })}
          </h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('admin.orders.refundItem')}</th>
                <th scope="col">{t('admin.orders.refundUnits')}</th>
                <th scope="col">{t('admin.orders.refundLineAmount')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.lines.map((l) => (
                <tr key={l.orderLineId}>
                  <td>
                    {l.title} <span className="hint">{l.sku}</span>
                  </td>
                  <td>{l.quantity}</td>
                  <td>{formatMoney(l.amount)}</td>
                </tr>
              ))}
              {preview.shipping.amount !== '0' && (
                <tr>
                  <td>{t('admin.orders.refundShipping')}</td>
                  <td />
                  <td>{formatMoney(preview.shipping)}</td>
                </tr>
              )}
            </tbody>
          </table>
          <p>{restock ? t('admin.orders.refundRestocks') : t('admin.orders.refundNoRestock')}</p>
          {reason && <p>{t('admin.orders.refundReasonIs', { reason })}</p>}
          {toStoreCredit && <p data-testid="refund-to-credit">{rt('rewards.refundToCredit')}</p>}
          <ActionForm
            action={refundOrderAction.bind(null, slug, orderId, lines.map((l) => l.orderLineId))}
            label={t('admin.orders.refundConfirmTitle')}
            groups={[
              {
                fields: [
                  ...lines.map((l) => ({ name: `line.${l.orderLineId}`, label: '', type: 'hidden' as const, defaultValue: String(l.quantity) })),
                  ...(restock ? [{ name: 'restock', label: '', type: 'hidden' as const, defaultValue: 'yes' }] : []),
                  ...(toStoreCredit ? [{ name: 'toStoreCredit', label: '', type: 'hidden' as const, defaultValue: 'yes' }] : []),
                  { name: 'reason', label: '', type: 'hidden' as const, defaultValue: reason },
                ],
              },
            ]}
            submitLabel={t('admin.orders.refundConfirm', { amount: formatMoney(preview.amount) })}
            pendingLabel={t('admin.saving')}
          />
          <p>
            <a href={orderPath}>{t('admin.orders.refundCancel')}</a>
          </p>
        </section>
      )}
    </div>
  );
}
