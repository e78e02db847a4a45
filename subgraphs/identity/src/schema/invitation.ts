import { MAX_PAGE_SIZE, withUserErrors, type RoleName } from '@webwaka/kit';
import type { Invitation as InvitationRow } from '@webwaka/kit/src/generated/prisma/client';
import { acceptInvitation, invitationPreview, invitationState, inviteMember, revokeInvitation } from '../services/invitations';
import { ADMINS, builder, RoleEnum } from './builder';
import { Tenant } from './tenant';

const InvitationStateEnum = builder.enumType('InvitationState', { values: ['PENDING', 'ACCEPTED', 'REVOKED', 'EXPIRED'] as const });

/** An invitation to join the tenant in a role. Its link's token is never readable after it is created. */
const Invitation = builder.prismaObject('Invitation', {
  fields: (t) => ({
    id: t.exposeID('id'),
    email: t.exposeString('email'),
    role: t.field({ type: RoleEnum, resolve: (i) => i.role as RoleName }),
    state: t.field({ type: InvitationStateEnum, resolve: (i) => invitationState(i) }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    acceptedAt: t.expose('acceptedAt', { type: 'DateTime', nullable: true }),
  }),
});

/** What the holder of an invitation link sees before accepting it. */
const InvitationPreview = builder.objectRef<NonNullable<Awaited<ReturnType<typeof invitationPreview>>>>('InvitationPreview').implement({
  fields: (t) => ({
    tenant: t.field({ type: Tenant, resolve: (p) => p.tenant }),
    email: t.exposeString('email'),
    role: t.field({ type: RoleEnum, resolve: (p) => p.role as RoleName }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    hasAccount: t.exposeBoolean('hasAccount', { description: 'True: accept with the existing account’s password. False: choose a name and password.' }),
  }),
});

builder.queryFields((t) => ({
  invitations: t.prismaConnection({
    type: 'Invitation',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: ADMINS,
    description: 'Invitations of the current tenant, newest first.',
    resolve: (query, _r, _a, ctx) => ctx.prisma.invitation.findMany({ ...query, where: { tenantId: ctx.tenantId! }, orderBy: { id: 'desc' } }),
  }),
  invitationPreview: t.field({
    type: InvitationPreview,
    nullable: true,
    args: { token: t.arg.string({ required: true }) },
    description: 'The tenant, role and address an invitation link is for; null when it was used, revoked or has expired.',
    resolve: (_r, { token }, ctx) => invitationPreview(ctx, token),
  }),
}));

const InviteMemberPayload = builder.payloadObject<{ invitation: InvitationRow; token: string }>('InviteMemberPayload', (t) => ({
  invitation: t.field({ type: Invitation, nullable: true, resolve: (p) => p.invitation ?? null }),
  token: t.string({ nullable: true, description: 'The link’s secret, shown only now: the invitation page is /admin/<tenant>/invite/<token>.', resolve: (p) => p.token ?? null }),
}));

const InvitationPayload = builder.payloadObject<{ invitation: InvitationRow }>('InvitationPayload', (t) => ({
  invitation: t.field({ type: Invitation, nullable: true, resolve: (p) => p.invitation ?? null }),
}));

const AcceptInvitationPayload = builder.payloadObject<{ tenant: Awaited<ReturnType<typeof acceptInvitation>>['tenant']; email: string; role: string }>('AcceptInvitationPayload', (t) => ({
  tenant: t.field({ type: Tenant, nullable: true, resolve: (p) => p.tenant ?? null }),
  email: t.string({ nullable: true, description: 'The address to sign in with next.', resolve: (p) => p.email ?? null }),
}));

const AcceptInvitationInput = builder.inputType('AcceptInvitationInput', {
  fields: (t) => ({
    token: t.string({ required: true }),
    password: t.string({ required: true, description: 'The existing account’s password, or the new account’s.' }),
    name: t.string({ description: 'Required when the address has no account yet.' }),
  }),
});

builder.mutationFields((t) => ({
  inviteMember: t.field({
    type: InviteMemberPayload,
    authScopes: ADMINS,
    description: 'Invite an e-mail address to a role here (at most your own rank); a new invitation to the same address replaces the open one.',
    args: { email: t.arg.string({ required: true }), role: t.arg({ type: RoleEnum, required: true }) },
    resolve: (_r, args, ctx) => withUserErrors(() => inviteMember(ctx, args)),
  }),
  revokeInvitation: t.field({
    type: InvitationPayload,
    authScopes: ADMINS,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => withUserErrors(async () => ({ invitation: await revokeInvitation(ctx, String(id)) })),
  }),
  acceptInvitation: t.field({
    type: AcceptInvitationPayload,
    description: 'Join the tenant an invitation link is for: with the existing account’s password, or a new name and password. Sign in next.',
    args: { input: t.arg({ type: AcceptInvitationInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => {
      const accepted = await acceptInvitation(ctx, input);
      return { tenant: accepted.tenant, email: accepted.email, role: accepted.membership.role };
    }),
  }),
}));
