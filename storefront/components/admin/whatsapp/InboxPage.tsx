import { formatDateTime } from '../../../lib/admin/format';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { whatsappPath, wt } from '../../../lib/admin/whatsapp-messages';
import { AdminConversationsQuery } from '../../../lib/admin/whatsapp-operations';
import { DataTable } from '../DataTable';
import { one } from '../pages/params';

/**
 * The WhatsApp inbox (decision 0075): the shop's conversations, latest first, or only those waiting for a
 * person. Administrators and staff (commerce's rule); a vendor is sent back to the orders.
 */
export async function InboxPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const waiting = one(params, 'waiting') === '1';
  const base = whatsappPath(slug);
  const viewer = await requireViewer(slug, `${base}${waiting ? '?waiting=1' : ''}`, 'orders');
  if (!viewer.access.manager) return <p className="empty">{wt('inbox.empty')}</p>;
  const { conversations, whatsappSimulatorAvailable } = await adminQuery(slug, AdminConversationsQuery, { handler: waiting ? 'STAFF' : null });
  return (
    <div>
      <h1>{wt('inbox.title')}</h1>
      <p className="hint">{wt('inbox.intro')}</p>
      <p>
        <a href={base} aria-current={waiting ? undefined : 'page'}>
          {wt('inbox.all')}
        </a>
        {' · '}
        <a href={`${base}?waiting=1`} aria-current={waiting ? 'page' : undefined}>
          {wt('inbox.waiting')}
        </a>
        {viewer.access.admin && (
          <>
            {' · '}
            <a href={whatsappPath(slug, '/settings')}>{wt('inbox.settings')}</a>
            {' · '}
            <a href={whatsappPath(slug, '/privacy')}>{wt('inbox.privacy')}</a>
          </>
        )}
        {whatsappSimulatorAvailable && (
          <>
            {' · '}
            <a href={whatsappPath(slug, '/simulator')}>{wt('inbox.simulator')}</a>
          </>
        )}
      </p>
      {conversations.length === 0 ? (
        <p className="empty">{wt('inbox.empty')}</p>
      ) : (
        <DataTable label={wt('inbox.title')}>
          <thead>
            <tr>
              <th scope="col">{wt('inbox.customer')}</th>
              <th scope="col">{wt('inbox.handler')}</th>
              <th scope="col">{wt('inbox.last')}</th>
            </tr>
          </thead>
          <tbody>
            {conversations.map((c) => (
              <tr key={c.id} data-testid="conversation-row">
                <td>
                  <a href={whatsappPath(slug, `/${c.id}`)}>{c.customerName ? `${c.customerName} (${c.customerPhone})` : c.customerPhone}</a>
                </td>
                <td>{wt(c.handler === 'STAFF' ? 'handler.STAFF' : 'handler.BOT')}</td>
                <td>{formatDateTime(c.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </div>
  );
}
