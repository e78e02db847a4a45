import { withUserErrors } from '@webwaka/kit';
import type { Tenant as TenantRow } from '@webwaka/kit/src/generated/prisma/client';
import { login, logout, logoutEverywhere, myTenants, needsTwoFactorEnrollment, refreshSession, signUp, switchTenant, type Session as SessionShape } from '../services/sessions';
import { builder, RoleEnum } from './builder';
import { Tenant } from './tenant';
import { User } from './user';

export const Session = builder.objectRef<SessionShape>('Session').implement({
  description: 'A signed-in session: a short-lived access token and a rotating refresh token.',
  fields: (t) => ({
    accessToken: t.exposeString('accessToken'),
    accessTokenExpiresAt: t.expose('accessTokenExpiresAt', { type: 'DateTime' }),
    refreshToken: t.exposeString('refreshToken'),
    refreshTokenExpiresAt: t.expose('refreshTokenExpiresAt', { type: 'DateTime' }),
    roles: t.field({ type: [RoleEnum], resolve: (s) => s.roles }),
    twoFactorVerified: t.boolean({ resolve: (s) => s.mfa }),
    twoFactorEnrollmentRequired: t.boolean({
      description: 'True when admin roles are held but the second factor is not yet set up; admin operations wait for it.',
      resolve: (s) => needsTwoFactorEnrollment(s.roles, s.mfa),
    }),
    user: t.prismaField({ type: User, resolve: (query, s, _a, ctx) => ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: s.userId } }) }),
    tenant: t.prismaField({ type: 'Tenant', resolve: (query, s, _a, ctx) => ctx.prisma.tenant.findUniqueOrThrow({ ...query, where: { id: s.tenantId } }) }),
  }),
});

export const SessionPayload = builder.payloadObject<{ session: SessionShape }>('SessionPayload', (t) => ({
  session: t.field({ type: Session, nullable: true, resolve: (p) => p.session ?? null }),
}));

export const OkPayload = builder.payloadObject<{ ok: boolean }>('OkPayload', (t) => ({
  ok: t.boolean({ resolve: (p) => !!p.ok }),
}));

const LogoutEverywherePayload = builder.payloadObject<{ sessionsEnded: number }>('LogoutEverywherePayload', (t) => ({
  sessionsEnded: t.int({ resolve: (p) => p.sessionsEnded ?? 0 }),
}));

const SignUpInput = builder.inputType('SignUpInput', {
  fields: (t) => ({
    tenantSlug: t.string({ required: true }),
    email: t.string({ required: true }),
    password: t.string({ required: true }),
    name: t.string({ required: true }),
  }),
});

const LoginInput = builder.inputType('LoginInput', {
  fields: (t) => ({
    tenantSlug: t.string({ required: true }),
    email: t.string({ required: true }),
    password: t.string({ required: true }),
    totpCode: t.string({ description: 'Authenticator code or a backup code, when two-factor is on.' }),
  }),
});

const MyTenant = builder.objectRef<{ tenant: TenantRow; roles: SessionShape['roles'] }>('MyTenant').implement({
  description: 'A tenant the signed-in user belongs to, with their roles there (the back office\'s shop switcher).',
  fields: (t) => ({
    tenant: t.field({ type: Tenant, resolve: (m) => m.tenant }),
    roles: t.field({ type: [RoleEnum], resolve: (m) => m.roles }),
  }),
});

builder.queryFields((t) => ({
  myTenants: t.field({
    type: [MyTenant],
    authScopes: { authenticated: true },
    description: 'Every tenant the signed-in user is a member of, whichever tenant this session is in.',
    resolve: (_r, _a, ctx) => myTenants(ctx),
  }),
}));

builder.mutationFields((t) => ({
  switchTenant: t.field({
    type: SessionPayload,
    authScopes: { authenticated: true },
    description:
      'A new session on another tenant where the signed-in user is a member, without password or code; the second factor of this session carries over for a limited time (TWO_FACTOR_REQUIRED after). FORBIDDEN where the user is not a member.',
    args: { tenantSlug: t.arg.string({ required: true }) },
    resolve: (_r, { tenantSlug }, ctx) => withUserErrors(async () => ({ session: await switchTenant(ctx, tenantSlug) })),
  }),
  signUp: t.field({
    type: SessionPayload,
    args: { input: t.arg({ type: SignUpInput, required: true }) },
    // Answers alike whether or not the e-mail already had an account, and never with a session: the
    // client signs in next (decision 0023).
    resolve: (_r, { input }, ctx) => withUserErrors(async () => (await signUp(ctx, input), {})),
  }),
  login: t.field({
    type: SessionPayload,
    args: { input: t.arg({ type: LoginInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ session: await login(ctx, input) })),
  }),
  refreshSession: t.field({
    type: SessionPayload,
    args: { refreshToken: t.arg.string({ required: true }) },
    resolve: (_r, { refreshToken }, ctx) => withUserErrors(async () => ({ session: await refreshSession(ctx, refreshToken) })),
  }),
  logout: t.field({
    type: OkPayload,
    args: { refreshToken: t.arg.string({ required: true }) },
    resolve: (_r, { refreshToken }, ctx) => withUserErrors(async () => (await logout(ctx, refreshToken), { ok: true })),
  }),
  logoutEverywhere: t.field({
    type: LogoutEverywherePayload,
    authScopes: { authenticated: true },
    resolve: (_r, _a, ctx) => withUserErrors(async () => ({ sessionsEnded: await logoutEverywhere(ctx) })),
  }),
}));

