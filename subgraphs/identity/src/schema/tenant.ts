import { MAX_PAGE_SIZE, withUserErrors } from '@webwaka/kit';
import type { Tenant as TenantRow } from '@webwaka/kit/src/generated/prisma/client';
import { reinstateTenant, suspendTenant } from '../services/suspension';
import { childrenParent, createTenant, findTenant, updateTenant } from '../services/tenants';
import { ADMINS, builder, TenantKindEnum } from './builder';

/** Public profile of a tenant: what a storefront shows. Readable by anyone who knows the slug. */
export const Tenant = builder.prismaObject('Tenant', {
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.expose('kind', { type: TenantKindEnum }),
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
    customDomain: t.exposeString('customDomain', { nullable: true }),
    logoUrl: t.exposeString('logoUrl', { nullable: true }),
    primaryColor: t.exposeString('primaryColor', { nullable: true }),
    currency: t.exposeString('currency'),
    timeZone: t.exposeString('timeZone'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    suspendedAt: t.expose('suspendedAt', { type: 'DateTime', nullable: true, description: 'Set while the business above it has it suspended (the reason is in the audit log).' }),
  }),
});

builder.asEntity(Tenant, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, ctx) => ctx.prisma.tenant.findUnique({ where: { id } }),
});

builder.queryFields((t) => ({
  tenantBySlug: t.prismaField({
    type: 'Tenant',
    nullable: true,
    args: { slug: t.arg.string({ required: true }) },
    resolve: (query, _root, { slug }, ctx) => ctx.prisma.tenant.findUnique({ ...query, where: { slug: slug.toLowerCase() } }),
  }),
  tenantByDomain: t.prismaField({
    type: 'Tenant',
    nullable: true,
    args: { domain: t.arg.string({ required: true }) },
    resolve: (_query, _root, { domain }, ctx) => findTenant(ctx, { domain }),
  }),
  currentTenant: t.prismaField({
    type: 'Tenant',
    nullable: true,
    description: 'The tenant this request acts in (from the session, the API key or the x-tenant header).',
    resolve: (query, _root, _args, ctx) => (ctx.tenantId ? ctx.prisma.tenant.findUnique({ ...query, where: { id: ctx.tenantId } }) : null),
  }),
  childTenants: t.prismaConnection({
    type: 'Tenant',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: ADMINS,
    args: { under: t.arg.id({ description: 'A tenant beneath the current one whose children to list (default: the current tenant). NOT_FOUND outside your branch.' }) },
    description: 'Tenants directly beneath the current one (partners of the platform, clients of a partner, ...), or beneath `under`.',
    resolve: async (query, _root, { under }, ctx) =>
      ctx.prisma.tenant.findMany({ ...query, where: { parentId: await childrenParent(ctx, under == null ? null : String(under)) }, orderBy: { id: 'asc' } }),
  }),
}));

const TenantPayload = builder.payloadObject<{ tenant: TenantRow }>('TenantPayload', (t) => ({
  tenant: t.field({ type: Tenant, nullable: true, resolve: (p) => p.tenant ?? null }),
}));

const CreateTenantInput = builder.inputType('CreateTenantInput', {
  fields: (t) => ({
    kind: t.field({ type: TenantKindEnum, required: true }),
    slug: t.string({ required: true }),
    name: t.string({ required: true }),
    logoUrl: t.string(),
    primaryColor: t.string({ description: '#RRGGBB' }),
  }),
});

const UpdateTenantInput = builder.inputType('UpdateTenantInput', {
  fields: (t) => ({
    name: t.string(),
    logoUrl: t.string(),
    primaryColor: t.string(),
  }),
});

builder.mutationFields((t) => ({
  createTenant: t.field({
    type: TenantPayload,
    authScopes: ADMINS,
    description: 'Create a tenant beneath the current one; you become its administrator.',
    args: { input: t.arg({ type: CreateTenantInput, required: true }) },
    resolve: (_root, { input }, ctx) => withUserErrors(async () => ({ tenant: await createTenant(ctx, input) })),
  }),
  updateTenant: t.field({
    type: TenantPayload,
    authScopes: ADMINS,
    description: "Change the current tenant's name and branding.",
    args: { input: t.arg({ type: UpdateTenantInput, required: true }) },
    resolve: (_root, { input }, ctx) => withUserErrors(async () => ({ tenant: await updateTenant(ctx, input) })),
  }),
  suspendTenant: t.field({
    type: TenantPayload,
    authScopes: ADMINS,
    description: 'Close a business beneath yours and everything beneath it: sessions end, sign-in, API keys and its shop stop until reinstated. NOT_FOUND outside your branch.',
    args: { tenantId: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => ({ tenant: await suspendTenant(ctx, { tenantId: String(args.tenantId), reason: args.reason }) })),
  }),
  reinstateTenant: t.field({
    type: TenantPayload,
    authScopes: ADMINS,
    description: 'Open a suspended business beneath yours again, as it was.',
    args: { tenantId: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => withUserErrors(async () => ({ tenant: await reinstateTenant(ctx, { tenantId: String(args.tenantId) }) })),
  }),
}));
