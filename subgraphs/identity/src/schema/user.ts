import { ADMIN_ROLES, MAX_PAGE_SIZE, withUserErrors, type RequestContext } from '@webwaka/kit';
import type { Membership as MembershipRow } from '@webwaka/kit/src/generated/prisma/client';
import { deliveryPeople, grantRole, revokeRole, type DeliveryPerson } from '../services/members';
import { normalizePhone } from '../services/phone-sign-in';
import { ADMINS, builder, RoleEnum } from './builder';

/**
 * A person's account. Visible to the person and to administrators of a tenant they belong to; memberships
 * shown are those in the request's tenant only.
 */
export const User = builder.prismaObject('User', {
  fields: (t) => ({
    id: t.exposeID('id'),
    email: t.exposeString('email', { nullable: true, description: 'Null for a customer who signs in with a one-time code sent to their phone only (decision 0062).' }),
    phone: t.exposeString('phone', { nullable: true, description: 'E.164; set when a one-time code sent to it by SMS signed the person in (decision 0062).' }),
    name: t.exposeString('name'),
    twoFactorEnabled: t.boolean({ resolve: (u) => !!u.twoFactorEnabledAt }),
    emailVerified: t.boolean({ description: 'Whether the person proved they receive mail at this address (a verification or password reset link).', resolve: (u) => !!u.emailVerifiedAt }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    memberships: t.relation('memberships', { query: (_args, ctx) => ({ where: { tenantId: ctx.tenantId ?? '00000000-0000-0000-0000-000000000000' } }) }),
  }),
});

export const Membership = builder.prismaObject('Membership', {
  fields: (t) => ({
    id: t.exposeID('id'),
    role: t.expose('role', { type: RoleEnum }),
    tenant: t.relation('tenant'),
    user: t.relation('user'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const isAdminHere = (ctx: RequestContext) => ctx.actor.kind === 'user' && ctx.actor.mfa && ctx.actor.roles.some((r) => ADMIN_ROLES.includes(r));

builder.asEntity(User, {
  key: builder.selection<{ id: string }>('id'),
  // Another subgraph may reference a user (an order's customer, say); it resolves only for that user or an
  // administrator of the current tenant the user belongs to — never across tenants.
  resolveReference: async ({ id }, ctx) => {
    if (!ctx.tenantId) return null;
    if (ctx.actor.userId !== id && !isAdminHere(ctx)) return null;
    return ctx.prisma.user.findFirst({ where: { id, deletionRequestedAt: null, memberships: { some: { tenantId: ctx.tenantId } } } });
  },
});

builder.queryFields((t) => ({
  me: t.prismaField({
    type: 'User',
    nullable: true,
    description: 'The signed-in user, or null when signed out.',
    resolve: (query, _root, _args, ctx) =>
      ctx.actor.kind === 'user' && ctx.actor.userId ? ctx.prisma.user.findFirst({ ...query, where: { id: ctx.actor.userId, deletionRequestedAt: null } }) : null,
  }),
  members: t.prismaConnection({
    type: 'Membership',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: { ...ADMINS, apiScope: 'identity:read' },
    args: { role: t.arg({ type: RoleEnum }) },
    description: 'Memberships (user + role) in the current tenant.',
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.membership.findMany({ ...query, where: { tenantId: ctx.tenantId!, ...(args.role ? { role: args.role } : {}) }, orderBy: { id: 'asc' } }),
  }),
}));

const DeliveryPersonRef = builder.objectRef<DeliveryPerson>('DeliveryPerson').implement({
  description: 'Someone a shipment can be given to for delivery: a rider or a staff member of the tenant (decision 0093).',
  fields: (t) => ({
    userId: t.exposeID('userId'),
    name: t.exposeString('name'),
    roles: t.field({ type: [RoleEnum], resolve: (p) => p.roles }),
  }),
});

builder.queryField('deliveryPeople', (t) =>
  t.field({
    type: [DeliveryPersonRef],
    // Whoever dispatches shipments: administrators and staff (a rider does not choose riders).
    authScopes: { roles: [...ADMIN_ROLES, 'STAFF'] },
    description: 'The riders (first) and staff of the current tenant who can be given a shipment to deliver, by name.',
    resolve: (_r, _a, ctx) => deliveryPeople(ctx),
  }),
);

const MembershipPayload = builder.payloadObject<{ membership: MembershipRow }>('MembershipPayload', (t) => ({
  membership: t.field({ type: Membership, nullable: true, resolve: (p) => p.membership ?? null }),
}));

builder.mutationFields((t) => ({
  grantRole: t.field({
    type: MembershipPayload,
    authScopes: ADMINS,
    description: 'Give an existing user a role in the current tenant (at most your own rank).',
    args: { email: t.arg.string({ required: true }), role: t.arg({ type: RoleEnum, required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => ({ membership: await grantRole(ctx, args) })),
  }),
  revokeRole: t.field({
    type: MembershipPayload,
    authScopes: ADMINS,
    args: { membershipId: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => ({ membership: await revokeRole(ctx, String(args.membershipId)) })),
  }),
}));

/**
 * A shop's customer by exact e-mail, for the point of sale (a service actor holding identity:customers): a
 * till attaches a known customer to a sale, or sells to them on account. Only a CUSTOMER member of the
 * tenant whose account is not being deleted; no search, so a till cannot list the shop's customers.
 */
const CustomerRef = builder.objectRef<{ id: string; name: string; email: string | null; phone?: string | null }>('ShopCustomer').implement({
  inaccessible: true,
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    email: t.exposeString('email', { nullable: true, description: 'Null for a phone-only customer (decision 0062).' }),
    phone: t.string({ nullable: true, description: 'E.164, when found by phone.', resolve: (c) => c.phone ?? null }),
  }),
});

builder.queryField('customerByEmail', (t) =>
  t.field({
    type: CustomerRef,
    nullable: true,
    inaccessible: true,
    authScopes: { apiScope: 'identity:customers' },
    args: { email: t.arg.string({ required: true }) },
    resolve: async (_r, { email }, ctx) => {
      const address = email.trim().toLowerCase();
      if (!address || address.length > 254) return null;
      const membership = await ctx.prisma.membership.findFirst({
        where: { tenantId: ctx.tenantId!, role: 'CUSTOMER', user: { email: address, deletionRequestedAt: null } },
        include: { user: { select: { id: true, name: true, email: true } } },
      });
      return membership?.user ? { ...membership.user, email: address } : null;
    },
  }),
);

/**
 * A shop's customer by phone, for the point of sale (decision 0080; the same service scope as by e-mail):
 * the number is read as identity reads it everywhere (Nigerian local forms become E.164). The account's own
 * phone (a phone-only customer, decision 0062) names them first; otherwise the one customer who saved that
 * phone on an address at this shop. Two customers sharing an address phone name nobody: the till must not
 * guess whose points it spends. Null for anything that is not a phone number.
 */
builder.queryField('customerByPhone', (t) =>
  t.field({
    type: CustomerRef,
    nullable: true,
    inaccessible: true,
    authScopes: { apiScope: 'identity:customers' },
    args: { phone: t.arg.string({ required: true }) },
    resolve: async (_r, args, ctx) => {
      const phone = normalizePhone(args.phone);
      if (!phone) return null;
      const customer = { deletionRequestedAt: null, memberships: { some: { tenantId: ctx.tenantId!, role: 'CUSTOMER' as const } } };
      const select = { id: true, name: true, email: true };
      const own = await ctx.prisma.user.findFirst({ where: { ...customer, phone }, select });
      if (own) return { ...own, phone };
      const byAddress = await ctx.prisma.user.findMany({ where: { ...customer, addresses: { some: { tenantId: ctx.tenantId!, phone } } }, select, take: 2 });
      return byAddress.length === 1 ? { ...byAddress[0]!, phone } : null;
    },
  }),
);
