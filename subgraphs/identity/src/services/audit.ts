import { anonymousActor, recordEvent, TOPICS, uuidv7, type Prisma, requireTenant, type TopicEvent } from '@webwaka/kit';
import type { ServiceContext, Tx } from './context';

export type AuditType =
  | 'user.signed_up'
  | 'user.password_changed'
  | 'user.account_code_requested'
  | 'user.password_reset_requested'
  | 'user.password_reset'
  | 'user.email_verification_sent'
  | 'user.email_verified'
  | 'user.sign_in_code_requested'
  | 'session.login_succeeded'
  | 'session.login_failed'
  | 'session.login_throttled'
  | 'user.sign_up_existing_email'
  | 'session.refreshed'
  | 'session.refresh_token_reused'
  | 'session.logged_out'
  | 'session.logged_out_everywhere'
  | 'two_factor.enrollment_started'
  | 'two_factor.enabled'
  | 'two_factor.disabled'
  | 'two_factor.backup_code_used'
  | 'two_factor.reset_started'
  | 'two_factor.reset_failed'
  | 'two_factor.reset'
  | 'tenant.created'
  | 'tenant.updated'
  | 'tenant.suspended'
  | 'tenant.reinstated'
  | 'tenant.domain_added'
  | 'tenant.domain_verified'
  | 'tenant.domain_verification_failed'
  | 'tenant.domain_removed'
  | 'session.switched_tenant'
  | 'role.granted'
  | 'role.revoked'
  | 'invitation.created'
  | 'invitation.revoked'
  | 'invitation.accepted'
  | 'api_key.created'
  | 'api_key.revoked'
  | 'privacy.data_exported'
  | 'privacy.deletion_requested'
  | 'privacy.account_purged'
  | 'privacy.conversation_exported'
  | 'privacy.conversation_erased';

/**
 * Appends a security event, in the caller's transaction, together with its outbox event so the live feed
 * sees exactly what committed. Event data holds ids, never passwords, tokens or codes.
 */
export async function recordAudit(
  tx: Tx,
  ctx: Pick<ServiceContext, 'actor' | 'requestId' | 'ip'>,
  e: { tenantId: string; type: AuditType; subjectId?: string | null; data?: Prisma.InputJsonValue; actorUserId?: string | null; id?: string },
): Promise<string> {
  const id = e.id ?? uuidv7();
  await tx.auditEvent.create({
    data: {
      id,
      tenantId: e.tenantId,
      type: e.type,
      subjectId: e.subjectId ?? null,
      data: e.data ?? {},
      actorUserId: e.actorUserId !== undefined ? e.actorUserId : ctx.actor.userId,
      ip: ctx.ip,
      requestId: ctx.requestId,
    },
  });
  await recordEvent(tx, { tenantId: e.tenantId, topic: TOPICS.IDENTITY_AUDIT_RECORDED, payload: { id, tenantId: e.tenantId, type: e.type } });
  return id;
}

/**
 * Another capability's act for the audit log (decision 0085), delivered at least once by the outbox: recorded
 * once, under the event's id.
 */
export async function recordRequestedAudit(prisma: ServiceContext['prisma'], event: TopicEvent<typeof TOPICS.IDENTITY_AUDIT_REQUESTED>): Promise<void> {
  const p = event.payload;
  if (!AUDIT_REQUEST_TYPES.includes(p.type) || !event.tenantId) return;
  await prisma.$transaction(async (tx) => {
    if (await tx.auditEvent.findUnique({ where: { id: event.id }, select: { id: true } })) return;
    const actor = { ...anonymousActor(event.tenantId!), userId: p.actorUserId };
    await recordAudit(tx, { actor, requestId: p.requestId ?? `outbox-${event.id}`, ip: p.ip }, { id: event.id, tenantId: event.tenantId!, type: p.type, actorUserId: p.actorUserId, data: p.data ?? {} });
  });
}
const AUDIT_REQUEST_TYPES: readonly string[] = ['privacy.conversation_exported', 'privacy.conversation_erased'];

export { requireTenant };
