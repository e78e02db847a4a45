import { sectionPath } from '../../../lib/admin/access';
import { formatDateTime } from '../../../lib/admin/format';
import { isChannel, nlabel, nt } from '../../../lib/admin/notification-messages';
import { AdminSandboxMessagesQuery } from '../../../lib/admin/notification-operations';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { DataTable } from '../DataTable';
import { one, query } from '../pages/params';
import { HtmlFrame } from './HtmlFrame';
import { MessageFilter } from './MessagesTabs';
import './notifications.css';

/** How many messages the mailbox lists (the newest). */
const LIMIT = 100;

/**
 * The platform operator's mailbox (SUPER_ADMIN): what the local mail sink and the SMS, WhatsApp and push
 * sandboxes received, newest first, filtered by channel and recipient; `?open=<id>` shows one message — an
 * HTML e-mail in a sandboxed frame (no scripts), else its text.
 */
export async function MailboxPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = sectionPath(slug, 'mailbox');
  const channelParam = one(params, 'channel');
  const channel = isChannel(channelParam) ? channelParam : null;
  const to = one(params, 'to').slice(0, 200) || null;
  const open = one(params, 'open') || null;
  await requireViewer(slug, `${base}${query({ channel, to, open })}`, 'mailbox');
  const { sandboxMessages } = await adminQuery(slug, AdminSandboxMessagesQuery, { channel, to });
  const opened = open ? (sandboxMessages.find((m) => m.id === open) ?? null) : null;
  const listPath = `${base}${query({ channel, to })}`;

  if (opened) {
    return (
      <div>
        <p>
          <a href={listPath}>{nt('mailbox.close')}</a>
        </p>
        <h1>{nt('mailbox.message', { to: opened.to })}</h1>
        <dl className="details card" data-testid="mailbox-message">
          <div>
            <dt>{nt('filter.channel')}</dt>
            <dd>{nlabel('channel', opened.channel)}</dd>
          </div>
          <div>
            <dt>{nt('mailbox.provider')}</dt>
            <dd>{nlabel('provider', opened.provider)}</dd>
          </div>
          <div>
            <dt>{nt('mailbox.from')}</dt>
            <dd className="message-recipient">{opened.from ?? nt('message.none')}</dd>
          </div>
          <div>
            <dt>{nt('mailbox.to')}</dt>
            <dd className="message-recipient">{opened.to}</dd>
          </div>
          <div>
            <dt>{nt('mailbox.received')}</dt>
            <dd>
              <time dateTime={opened.receivedAt}>{formatDateTime(opened.receivedAt)}</time>
            </dd>
          </div>
          <div>
            <dt>{nt('mailbox.subject')}</dt>
            <dd data-testid="mailbox-subject">{opened.subject ?? nt('mailbox.noSubject')}</dd>
          </div>
        </dl>
        {opened.html ? (
          <section aria-labelledby="mailbox-html-heading">
            <h2 id="mailbox-html-heading">{nt('mailbox.html')}</h2>
            <p className="hint">{nt('mailbox.htmlNote')}</p>
            <HtmlFrame html={opened.html} title={nt('mailbox.frame', { to: opened.to })} testId="mailbox-html" />
            <details>
              <summary>{nt('mailbox.textVersion')}</summary>
              <pre className="message-body">{opened.text}</pre>
            </details>
          </section>
        ) : (
          <section aria-labelledby="mailbox-text-heading">
            <h2 id="mailbox-text-heading">{nt('mailbox.text')}</h2>
            <pre className="message-body" data-testid="mailbox-text">
              {opened.text}
            </pre>
          </section>
        )}
      </div>
    );
  }

  return (
    <div>
      <h1>{nt('mailbox.title')}</h1>
      <p className="hint">{nt('mailbox.intro')}</p>
      {open && (
        <p role="status" className="notice">
          {nt('mailbox.gone')}
        </p>
      )}
      <MessageFilter base={base} label={nt('mailbox.filterLabel')} id="mailbox" channel={channel} recipient={{ name: 'to', label: nt('mailbox.to'), hint: nt('mailbox.toHint'), value: to }} filtered={!!(channel || to)} />
      {sandboxMessages.length === 0 ? (
        <p className="empty">{nt('mailbox.none')}</p>
      ) : (
        <>
          <DataTable label={nt('mailbox.list')} testId="mailbox">
            <thead>
              <tr>
                <th scope="col">{nt('mailbox.subject')}</th>
                <th scope="col">{nt('mailbox.to')}</th>
                <th scope="col">{nt('filter.channel')}</th>
                <th scope="col">{nt('mailbox.received')}</th>
              </tr>
            </thead>
            <tbody>
              {sandboxMessages.map((m) => (
                <tr key={m.id} data-message={m.id}>
                  <th scope="row">
                    <a href={`${base}${query({ channel, to, open: m.id })}`}>
                      {m.subject ?? excerpt(m.text)}
                    </a>
                  </th>
                  <td className="message-recipient">{m.to}</td>
                  <td>{nlabel('channel', m.channel)}</td>
                  <td>{formatDateTime(m.receivedAt)}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          {sandboxMessages.length >= LIMIT && <p className="hint">{nt('mailbox.limit')}</p>}
        </>
      )}
    </div>
  );
}

/** The start of a message without a subject (an SMS), for its link in the list. */
function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat || nt('mailbox.noSubject');
}
