import { sectionPath } from '../../../lib/admin/access';
import { formatDateTime } from '../../../lib/admin/format';
import { collectOnDeliveryAction } from '../../../lib/admin/pay-on-delivery-actions';
import { AdminOrdersToCollectQuery } from '../../../lib/admin/pay-on-delivery-operations';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { formatMoney } from '../../../lib/money';
import { ActionForm } from '../ActionForm';
import { one } from '../pages/params';

/**
 * The collector's list (decision 0083): the shop's pay-on-delivery orders still to be paid, oldest first, one
 * card each (a phone at the door), with "Collected ₦X" in cash or by transfer. Staff and administrators.
 */
export async function CollectPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = `${sectionPath(slug, 'orders')}/collect`;
  const viewer = await requireViewer(slug, base, 'orders');
  if (!viewer.access.manager) return <p className="empty">{t('admin.pod.managersOnly')}</p>;
  const { payOnDeliveryOrders } = await adminQuery(slug, AdminOrdersToCollectQuery, {});
  const done = one(params, 'done');
  return (
    <div>
      <h1>{t('admin.pod.collectTitle')}</h1>
      <p className="hint">{t('admin.pod.collectHint')}</p>
      {done === 'collected' && (
        <p role="status" className="notice-ok">
          {t('admin.pod.done.collected')}
        </p>
      )}
      {payOnDeliveryOrders.length === 0 ? (
        <p className="empty">{t('admin.pod.nothingToCollect')}</p>
      ) : (
        <ul className="card-list" data-testid="pod-orders">
          {payOnDeliveryOrders.map((o) => {
            const due = o.payments.findLast((p) => p.method === 'PAY_ON_DELIVERY' && p.status === 'PENDING')?.amount;
            if (!due) return null;
            const id = `pod-${o.id}`;
            return (
              <li key={o.id} className="card" data-order={o.id} aria-labelledby={id}>
                <h2 id={id}>
                  <a href={`${sectionPath(slug, 'orders')}/${o.id}`}>{t('admin.pod.order', { number: o.number })}</a>
                </h2>
                <p>
                  {t('admin.pod.due')}: <strong data-testid="pod-due">{formatMoney(due)}</strong>
                </p>
                {o.shippingAddress && (
                  <p>
                    {o.shippingAddress.name}, {o.shippingAddress.line1}, {o.shippingAddress.city}
                    {o.shippingAddress.phone && (
                      <>
                        {' · '}
                        <a href={`tel:${o.shippingAddress.phone}`}>{o.shippingAddress.phone}</a>
                      </>
                    )}
                  </p>
                )}
                <p className="hint">{t('admin.pod.placed', { when: formatDateTime(o.createdAt) })}</p>
                <ActionForm
                  action={collectOnDeliveryAction.bind(null, slug, o.id, due.amount, due.currency)}
                  label={t('admin.pod.collectFor', { number: o.number })}
                  groups={[
                    {
                      fields: [
                        {
                          name: 'via',
                          label: t('admin.pod.via'),
                          type: 'select',
                          options: [
                            { value: 'CASH', label: t('admin.pod.via.CASH') },
                            { value: 'TRANSFER', label: t('admin.pod.via.TRANSFER') },
                          ],
                          defaultValue: 'CASH',
                        },
                      ],
                    },
                  ]}
                  submitLabel={t('admin.pod.collected', { amount: formatMoney(due) })}
                  pendingLabel={t('admin.saving')}
                />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
