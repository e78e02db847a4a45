import { randomUUID } from 'node:crypto';
import { notFound } from 'next/navigation';
import { sectionPath } from '../../../lib/admin/access';
import { formatDateTime } from '../../../lib/admin/format';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { handlerAction, replyAction } from '../../../lib/admin/whatsapp-actions';
import { whatsappPath, wt } from '../../../lib/admin/whatsapp-messages';
import { AdminConversationQuery } from '../../../lib/admin/whatsapp-operations';
import { formatMoney } from '../../../lib/money';
import { statusLabel } from '../../shop/messages';
import { ActionForm } from '../ActionForm';
import './whatsapp.css';

/**
 * One WhatsApp conversation: the messages (oldest first), the customer's orders beside them, a reply as the
 * shop while the 24-hour window is open, and taking over from or handing back to the shop assistant.
 */
export async function ConversationPage({ slug, id }: { slug: string; id: string }) {
  const path = whatsappPath(slug, `/${id}`);
  const viewer = await requireViewer(slug, path, 'orders');
  if (!viewer.access.manager) notFound();
  const { conversation } = await adminQuery(slug, AdminConversationQuery, { id });
  if (!conversation) notFound();
  const who = conversation.customerName ? `${conversation.customerName} (${conversation.customerPhone})` : conversation.customerPhone;
  const messages = [...conversation.messages].reverse();
  const staff = conversation.handler === 'STAFF';
  return (
    <div className="wa-conversation">
      <p>
        <a href={whatsappPath(slug)}>{wt('inbox.title')}</a>
      </p>
      <h1>{wt('conversation.title', { customer: who })}</h1>
      <p className="hint">
        {wt('inbox.handler')}: <strong data-testid="conversation-handler">{wt(staff ? 'handler.STAFF' : 'handler.BOT')}</strong>
      </p>
      <ActionForm
        action={handlerAction.bind(null, slug, id, staff ? 'BOT' : 'STAFF')}
        groups={[]}
        submitLabel={wt(staff ? 'conversation.handBack' : 'conversation.take')}
        pendingLabel={wt('conversation.saving')}
        secondary
      />
      <div className="wa-columns">
        <section aria-labelledby="wa-messages" className="wa-thread">
          <h2 id="wa-messages">{wt('conversation.messages')}</h2>
          <ol className="wa-messages">
            {messages.map((m) => (
              <li key={m.id} className={m.direction === 'OUT' ? 'wa-out' : 'wa-in'} data-testid="conversation-message">
                <span className="wa-who">{wt(m.direction === 'OUT' ? 'conversation.you' : 'conversation.them')}</span>
                <span className="wa-text">{m.text}</span>
                <time dateTime={m.sentAt}>{formatDateTime(m.sentAt)}</time>
                {m.status === 'FAILED' && <span className="error">{wt('conversation.failed', { error: m.error ?? '' })}</span>}
              </li>
            ))}
          </ol>
          <h2>{wt('conversation.reply')}</h2>
          {conversation.windowOpen ? (
            <ActionForm
              action={replyAction.bind(null, slug, id)}
              label={wt('conversation.reply')}
              groups={[
                {
                  fields: [
                    { name: 'text', label: wt('conversation.replyLabel'), type: 'textarea', required: true },
                    { name: 'clientId', label: 'clientId', type: 'hidden', defaultValue: randomUUID() },
                  ],
                },
              ]}
              submitLabel={wt('conversation.send')}
              pendingLabel={wt('conversation.sending')}
            />
          ) : (
            <>
              <p className="hint" role="note">
                {wt(conversation.approvedTemplates.length ? 'conversation.windowClosedTemplates' : 'conversation.windowClosed')}
              </p>
              {/* One form per template: each asks for the values its body variables need ({{1}}…, decision 0085). */}
              {conversation.templates.map((tp) => (
                <details key={tp.name} className="wa-template" data-testid="template-form">
                  <summary>{wt('conversation.templateSummary', { name: tp.name, language: tp.language, count: tp.bodyVariables })}</summary>
                  <ActionForm
                    action={replyAction.bind(null, slug, id)}
                    label={wt('conversation.sendNamed', { name: tp.name })}
                    groups={[
                      {
                        fields: [
                          { name: 'template', label: 'template', type: 'hidden', defaultValue: tp.name },
                          ...Array.from({ length: tp.bodyVariables }, (_, i) => ({
                            name: `templateParameter.${i}`,
                            label: wt('conversation.templateValue', { n: i + 1 }),
                            hint: i === 0 ? wt('conversation.templateValueHint') : undefined,
                            required: true,
                          })),
                          { name: 'clientId', label: 'clientId', type: 'hidden', defaultValue: randomUUID() },
                        ],
                      },
                    ]}
                    submitLabel={wt('conversation.sendTemplate')}
                    pendingLabel={wt('conversation.sending')}
                  />
                </details>
              ))}
            </>
          )}
        </section>
        <section aria-labelledby="wa-orders" className="wa-orders">
          <h2 id="wa-orders">{wt('conversation.orders')}</h2>
          {conversation.orders.length === 0 ? (
            <p className="empty">{wt('conversation.noOrders')}</p>
          ) : (
            <ul>
              {conversation.orders.map((o) => (
                <li key={o.id}>
                  <a href={`${sectionPath(slug, 'orders')}/${o.id}`}>{o.number}</a> — {statusLabel(o.status)} — {formatMoney(o.total)}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
