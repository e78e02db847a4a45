import { ADMIN_ROLES, createBuilder, type RoleName } from '@webwaka/kit';

/** The point of sale's one schema builder. */
export const builder = createBuilder();

/** Who registers tills, sets cashiers and reads the tills' money: the business's administrators (second factor). */
export const POS_MANAGERS = { roles: [...ADMIN_ROLES] as RoleName[] };
/** Who reads sales, sessions and conflicts: administrators, and integrators' keys with pos:read. */
export const POS_READERS = { roles: [...ADMIN_ROLES] as RoleName[], apiScope: 'pos:read' };
/** A registered till's key (requireDevice then checks which till, and that it is not revoked). */
export const TILLS = { apiScope: 'pos:device' };

builder.queryType({});
builder.mutationType({});

/** Queries run their service calls through kit's `asQuery` (a DomainError keeps its code). */
export { asQuery } from '@webwaka/kit';
