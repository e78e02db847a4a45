import { withUserErrors } from '@webwaka/kit';
import { changePassword, endMySession, mySessions, type MySession } from '../services/account-security';
import { builder } from './builder';

/** One of your signed-in sessions (a browser or app), in whichever tenant it was opened. */
const SignedInSession = builder.objectRef<MySession>('SignedInSession').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    tenant: t.prismaField({ type: 'Tenant', nullable: true, resolve: (query, s, _a, ctx) => ctx.prisma.tenant.findUnique({ ...query, where: { id: s.tenantId } }) }),
    startedAt: t.expose('startedAt', { type: 'DateTime' }),
    lastActiveAt: t.expose('lastActiveAt', { type: 'DateTime', description: 'When it last signed in or renewed its access.' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    twoFactorVerified: t.exposeBoolean('twoFactorVerified'),
    current: t.exposeBoolean('current', { description: 'The session this request comes from.' }),
  }),
});

builder.queryFields((t) => ({
  mySessions: t.field({
    type: [SignedInSession],
    authScopes: { authenticated: true },
    description: 'Your live sessions in every tenant, most recently active first.',
    resolve: (_r, _a, ctx) => mySessions(ctx),
  }),
}));

const EndSessionPayload = builder.payloadObject<{ ok: boolean }>('EndSessionPayload', (t) => ({
  ok: t.boolean({ nullable: true, resolve: (p) => p.ok ?? null }),
}));

const ChangePasswordPayload = builder.payloadObject<{ sessionsEnded: number }>('ChangePasswordPayload', (t) => ({
  sessionsEnded: t.int({ nullable: true, description: 'How many of your other sessions were signed out.', resolve: (p) => p.sessionsEnded ?? null }),
}));

builder.mutationFields((t) => ({
  endMySession: t.field({
    type: EndSessionPayload,
    authScopes: { authenticated: true },
    description: 'Sign out one of your own sessions (NOT_FOUND for any other).',
    args: { sessionId: t.arg.id({ required: true }) },
    resolve: (_r, { sessionId }, ctx) => withUserErrors(async () => (await endMySession(ctx, String(sessionId)), { ok: true })),
  }),
  changePassword: t.field({
    type: ChangePasswordPayload,
    authScopes: { authenticated: true },
    description: 'Change your password with the current one; your other sessions are signed out, this one stays.',
    args: { currentPassword: t.arg.string({ required: true }), newPassword: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) => withUserErrors(() => changePassword(ctx, args)),
  }),
}));
