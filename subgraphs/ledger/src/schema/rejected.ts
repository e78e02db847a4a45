import { MAX_PAGE_SIZE, requireTenant } from '@webwaka/kit';
import { BOOK_ADMINS_AND_KEYS, builder } from './builder';

builder.prismaObject('RejectedPosting', {
  description: 'A posting request another service sent that could not be posted (malformed, unbalanced, a reused key), kept for review.',
  fields: (t) => ({
    id: t.exposeID('id'),
    eventId: t.exposeID('eventId', { nullable: true }),
    idempotencyKey: t.exposeString('idempotencyKey', { nullable: true }),
    reason: t.exposeString('reason'),
    payload: t.expose('payload', { type: 'JSON' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  rejectedPostings: t.prismaConnection({
    type: 'RejectedPosting',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: BOOK_ADMINS_AND_KEYS,
    description: "Posting requests of this tenant the ledger refused, newest first.",
    resolve: (query, _r, _a, ctx) => ctx.prisma.rejectedPosting.findMany({ ...query, where: { tenantId: requireTenant(ctx) }, orderBy: { id: 'desc' } }),
  }),
}));
