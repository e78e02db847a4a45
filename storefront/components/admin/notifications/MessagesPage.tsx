import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { formatDateTime } from '../../../lib/admin/format';
import { retryNotificationAction } from '../../../lib/admin/notification-actions';
import { isChannel, isStatus, messagesPath, nlabel, nt, RETRYABLE, STATUSES } from '../../../lib/admin/notification-messages';
import { AdminNotificationMessageQuery, AdminNotificationMessagesQuery } from '../../../lib/admin/notification-operations';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { ActionForm } from '../ActionForm';
import { DataTable } from '../DataTable';
import { one, query } from '../pages/params';
import { MessageFilter, MessagesDoneNotice, MessagesHeader, StatusBadge } from './MessagesTabs';

const ID_PATTERN = /^[0-9a-f-]{36}$/i;

/**
 * The delivery log (newest first, 30 a page), filtered by status, channel and recipient; the dead-letter
 * list is the same log at status DEAD. Administrators only (the section, and notifications, refuse others).
 */
export async function MessagesPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = messagesPath(slug);
  const statusParam = one(params, 'status');
  const channelParam = one(params, 'channel');
  const status = isStatus(statusParam) ? statusParam : null;
  const channel = isChannel(channelParam) ? channelParam : null;
  const recipient = one(params, 'recipient').slice(0, 200) || null;
  const after = one(params, 'after') || null;
  await requireViewer(slug, `${base}${query({ status, channel, recipient, after })}`, 'messages');
  const { notificationMessages } = await adminQuery(slug, AdminNotificationMessagesQuery, { status, channel, recipient, after });
  const rows = notificationMessages.edges.map((e) => e.node);
  const dead = status === 'DEAD';

  return (
    <div>
      <MessagesHeader slug={slug} current={dead ? 'dead' : 'log'} title={dead ? nt('dead.title') : nt('title')} />
      <p className="hint">{dead ? nt('dead.intro') : nt('intro')}</p>
      <MessagesDoneNotice done={one(params, 'done')} />
      <MessageFilter base={base} label={nt('filter.label')} id="messages" channel={channel} recipient={{ name: 'recipient', label: nt('filter.recipient'), hint: nt('filter.recipientHint'), value: recipient }} filtered={!!(status || channel || recipient)}>
        <div className="field">
          <label htmlFor="messages-status">{nt('filter.status')}</label>
          <select id="messages-status" name="status" defaultValue={status ?? ''}>
            <option value="">{nt('filter.anyStatus')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {nlabel('status', s)}
              </option>
            ))}
          </select>
        </div>
      </MessageFilter>
      {rows.length === 0 ? (
        <p className="empty">{nt('log.none')}</p>
      ) : (
        <DataTable label={nt('log.list')} testId="notification-messages">
          <thead>
            <tr>
              <th scope="col">{nt('log.template')}</th>
              <th scope="col">{nt('log.recipient')}</th>
              <th scope="col">{nt('log.channel')}</th>
              <th scope="col">{nt('log.status')}</th>
              <th scope="col">{nt('log.attempts')}</th>
              <th scope="col">{nt('log.when')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((m) => (
              <tr key={m.id} data-message={m.id} data-template={m.template}>
                <th scope="row">
                  <a href={messagesPath(slug, `/${m.id}`)}>{nlabel('template', m.template)}</a>
                </th>
                <td className="message-recipient">{m.recipient}</td>
                <td>{nlabel('channel', m.channel)}</td>
                <td>
                  <StatusBadge status={m.status} />
                  {m.lastError && m.status !== 'SENT' && m.status !== 'DELIVERED' && <p className="message-reason">{m.lastError.length > 140 ? `${m.lastError.slice(0, 139)}…` : m.lastError}</p>}
                </td>
                <td>{m.attempts}</td>
                <td>{formatDateTime(m.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <nav className="pagination" aria-label={nt('log.pagination')}>
        {after && <a href={`${base}${query({ status, channel, recipient })}`}>{nt('log.newest')}</a>}
        {notificationMessages.pageInfo.hasNextPage && notificationMessages.pageInfo.endCursor && (
          <a rel="next" href={`${base}${query({ status, channel, recipient, after: notificationMessages.pageInfo.endCursor })}`}>
            {nt('log.older')}
          </a>
        )}
      </nav>
    </div>
  );
}

/**
 * One message as it was sent (subject and body; the one-time link or code redacted by the API) with its
 * delivery history (attempts, last error, times) and "Send again" while it is failed or dead.
 */
export async function MessagePage({ slug, id, params }: { slug: string; id: string; params: Record<string, string | string[] | undefined> }) {
  const path = messagesPath(slug, `/${id}`);
  await requireViewer(slug, path, 'messages');
  if (!ID_PATTERN.test(id)) notFound();
  const { notificationMessage: m } = await adminQuery(slug, AdminNotificationMessageQuery, { id });
  if (!m) notFound();
  const none = nt('message.none');
  const when = (iso: string | null) => (iso ? <time dateTime={iso}>{formatDateTime(iso)}</time> : none);
  const rows: [string, ReactNode][] = [
    [nt('message.template'), nlabel('template', m.template)],
    [nt('message.channel'), nlabel('channel', m.channel)],
    [nt('message.recipient'), <span className="message-recipient">{m.recipient}</span>],
    [nt('message.locale'), nlabel('locale', m.locale)],
    [nt('message.status'), <StatusBadge status={m.status} />],
    [nt('message.attempts'), String(m.attempts)],
    [nt('message.lastError'), m.lastError ? <span data-testid="last-error">{m.lastError}</span> : none],
    [nt('message.provider'), m.provider ? nlabel('provider', m.provider) : none],
    [nt('message.providerMessageId'), m.providerMessageId ? <code className="message-id">{m.providerMessageId}</code> : none],
    [nt('message.createdAt'), when(m.createdAt)],
    [nt('message.sentAt'), when(m.sentAt)],
    [nt('message.deliveredAt'), when(m.deliveredAt)],
    [nt('message.nextAttemptAt'), when(m.nextAttemptAt)],
  ];
  return (
    <div>
      <p>
        <a href={messagesPath(slug)}>{nt('message.back')}</a>
      </p>
      <h1>{nt('message.title', { recipient: m.recipient })}</h1>
      <MessagesDoneNotice done={one(params, 'done')} />
      {RETRYABLE.includes(m.status) && (
        <section className="card" aria-labelledby="retry-heading">
          <h2 id="retry-heading">{nt('message.retry')}</h2>
          <p className="hint">{nt('message.retryHint')}</p>
          <ActionForm action={retryNotificationAction.bind(null, slug, m.id)} label={nt('message.retryFor', { recipient: m.recipient })} groups={[]} submitLabel={nt('message.retry')} pendingLabel={t('admin.saving')} />
        </section>
      )}
      <section aria-labelledby="delivery-heading">
        <h2 id="delivery-heading">{nt('message.details')}</h2>
        <dl className="details card" data-testid="message-details">
          {rows.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="content-heading">
        <h2 id="content-heading">{nt('message.content')}</h2>
        <p className="hint">{nt('message.redacted')}</p>
        {m.subject && (
          <p>
            <strong>{nt('message.subject')}:</strong> <span data-testid="message-subject">{m.subject}</span>
          </p>
        )}
        <h3>{nt('message.body')}</h3>
        <pre className="message-body" data-testid="message-body">
          {m.body}
        </pre>
      </section>
    </div>
  );
}
