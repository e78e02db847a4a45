import { builder } from './builder';

/**
 * Identity's entities, referenced here (federation: only the key travels; identity resolves the public
 * profile). A trip names its operator this way rather than copying the operator's name into transport.
 */
export const TenantRef = builder.externalRef('Tenant', builder.selection<{ id: string }>('id')).implement({
  fields: (t) => ({ id: t.exposeID('id') }),
});
