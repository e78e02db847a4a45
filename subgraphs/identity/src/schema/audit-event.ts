import { MAX_PAGE_SIZE, isUuid } from '@webwaka/kit';
import { ADMINS, builder } from './builder';

/** A security event in the append-only audit log. */
export const AuditEvent = builder.prismaObject('AuditEvent', {
  fields: (t) => ({
    id: t.exposeID('id'),
    type: t.exposeString('type'),
    actorUserId: t.exposeID('actorUserId', { nullable: true }),
    subjectId: t.exposeID('subjectId', { nullable: true }),
    data: t.expose('data', { type: 'JSON' }),
    ip: t.exposeString('ip', { nullable: true }),
    requestId: t.exposeString('requestId', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

/** Admins of the tenant, or an integrator's key with `audit:read`. The live subscription uses the same rule. */
export const AUDIT_READERS = { ...ADMINS, apiScope: 'audit:read' };

builder.queryFields((t) => ({
  auditEvents: t.prismaConnection({
    type: 'AuditEvent',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: AUDIT_READERS,
    args: { type: t.arg.string() },
    description: 'Security events of the current tenant, newest first.',
    resolve: (query, _r, args, ctx) =>
      ctx.prisma.auditEvent.findMany({ ...query, where: { tenantId: ctx.tenantId!, ...(args.type ? { type: args.type } : {}) }, orderBy: { id: 'desc' } }),
  }),
  auditEvent: t.prismaField({
    type: 'AuditEvent',
    nullable: true,
    authScopes: AUDIT_READERS,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _r, { id }, ctx) =>
      isUuid(String(id)) ? ctx.prisma.auditEvent.findFirst({ ...query, where: { id: String(id), tenantId: ctx.tenantId! } }) : null,
  }),
}));
