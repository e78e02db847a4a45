import { notFound } from 'next/navigation';
import { sectionPath } from '../../../lib/admin/access';
import { AdminAuditEventQuery, AdminAuditEventsQuery } from '../../../lib/admin/audit-operations';
import { formatDateTime } from '../../../lib/admin/format';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { one, query } from './params';

const ID_PATTERN = /^[0-9a-f-]{36}$/i;

/** The event types identity records (subgraphs/identity/src/services: recordAudit), for the filter. */
export const AUDIT_TYPES = [
  'role.granted',
  'role.revoked',
  'invitation.created',
  'invitation.revoked',
  'invitation.accepted',
  'session.login_succeeded',
  'session.login_failed',
  'session.login_throttled',
  'session.logged_out',
  'session.logged_out_everywhere',
  'session.refresh_token_reused',
  'session.switched_tenant',
  'two_factor.enrollment_started',
  'two_factor.enabled',
  'two_factor.disabled',
  'two_factor.reset_started',
  'two_factor.reset',
  'two_factor.reset_failed',
  'api_key.created',
  'api_key.revoked',
  'tenant.created',
  'tenant.updated',
  'tenant.suspended',
  'tenant.reinstated',
  'tenant.domain_added',
  'tenant.domain_verified',
  'tenant.domain_verification_failed',
  'tenant.domain_removed',
  'user.signed_up',
  'user.password_changed',
  'user.password_reset_requested',
  'user.password_reset',
  'user.email_verification_sent',
  'user.email_verified',
  'user.sign_up_existing_email',
  'privacy.data_exported',
  'privacy.deletion_requested',
  'privacy.account_purged',
  'privacy.conversation_exported',
  'privacy.conversation_erased',
] as const;

/** The tenant's security log, newest first, filtered by event type, a page at a time. */
export async function AuditPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = sectionPath(slug, 'audit');
  const typeParam = one(params, 'type');
  const type = (AUDIT_TYPES as readonly string[]).includes(typeParam) ? typeParam : null;
  const after = one(params, 'after') || null;
  await requireViewer(slug, `${base}${query({ type, after })}`, 'audit');
  const { auditEvents } = await adminQuery(slug, AdminAuditEventsQuery, { type, after });
  const events = auditEvents.edges.map((e) => e.node);

  return (
    <div>
      <h1>{t('admin.audit.title')}</h1>
      <p className="hint">{t('admin.audit.intro')}</p>
      <form method="get" action={base} className="filter-bar" aria-label={t('admin.audit.filterLabel')}>
        <div className="field">
          <label htmlFor="audit-type">{t('admin.audit.type')}</label>
          <select id="audit-type" name="type" defaultValue={type ?? ''}>
            <option value="">{t('admin.audit.anyType')}</option>
            {AUDIT_TYPES.map((ty) => (
              <option key={ty} value={ty}>
                {ty}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('admin.audit.filter')}</button>
      </form>
      {events.length === 0 ? (
        <p className="empty">{t('admin.audit.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('admin.audit.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.audit.event')}</th>
                <th scope="col">{t('admin.audit.when')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id} data-event-type={event.type}>
                  <th scope="row">
                    <a href={`${base}/${event.id}`}>{event.type}</a>
                  </th>
                  <td>{formatDateTime(event.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="pagination" aria-label={t('listing.pagination')}>
        {after && <a href={`${base}${query({ type })}`}>{t('admin.audit.newest')}</a>}
        {auditEvents.pageInfo.hasNextPage && auditEvents.pageInfo.endCursor && (
          <a rel="next" href={`${base}${query({ type, after: auditEvents.pageInfo.endCursor })}`}>
            {t('admin.audit.older')}
          </a>
        )}
      </nav>
    </div>
  );
}

/** One event in full: who, about whom, from where, and the event's own data. */
export async function AuditEventPage({ slug, id }: { slug: string; id: string }) {
  const base = sectionPath(slug, 'audit');
  await requireViewer(slug, `${base}/${id}`, 'audit');
  if (!ID_PATTERN.test(id)) notFound();
  const { auditEvent: event } = await adminQuery(slug, AdminAuditEventQuery, { id });
  if (!event) notFound();
  const none = t('admin.audit.noValue');
  return (
    <div>
      <p>
        <a href={base}>{t('admin.audit.back')}</a>
      </p>
      <h1>{t('admin.audit.eventTitle')}</h1>
      <dl className="details card">
        <div>
          <dt>{t('admin.audit.type')}</dt>
          <dd>
            <code>{event.type}</code>
          </dd>
        </div>
        <div>
          <dt>{t('admin.audit.when')}</dt>
          <dd>{formatDateTime(event.createdAt)}</dd>
        </div>
        <div>
          <dt>{t('admin.audit.actor')}</dt>
          <dd>{event.actorUserId ? <code>{event.actorUserId}</code> : none}</dd>
        </div>
        <div>
          <dt>{t('admin.audit.subject')}</dt>
          <dd>{event.subjectId ? <code>{event.subjectId}</code> : none}</dd>
        </div>
        <div>
          <dt>{t('admin.audit.ip')}</dt>
          <dd>{event.ip ?? none}</dd>
        </div>
        <div>
          <dt>{t('admin.audit.requestId')}</dt>
          <dd>{event.requestId ? <code>{event.requestId}</code> : none}</dd>
        </div>
      </dl>
      <h2>{t('admin.audit.data')}</h2>
      <pre className="secret" style={{ whiteSpace: 'pre-wrap' }}>
        {JSON.stringify(event.data ?? null, null, 2)}
      </pre>
    </div>
  );
}
