import { ADMIN_ROLES, ROLES, createBuilder, type RoleName } from '@webwaka/kit';

/** Identity's one schema builder (Pothos' prisma-federation layout: one builder per subgraph). */
export const builder = createBuilder();

/** Roles allowed to administer a tenant: the admin roles, honoured only with the second factor. */
export const ADMINS: { roles: RoleName[] } = { roles: [...ADMIN_ROLES] };

export const RoleEnum = builder.enumType('Role', {
  values: ROLES,
});
export const TenantKindEnum = builder.enumType('TenantKind', {
  values: ['PLATFORM', 'PARTNER', 'CLIENT', 'STORE', 'MARKETPLACE'] as const,
});

builder.queryType({});
builder.mutationType({});
