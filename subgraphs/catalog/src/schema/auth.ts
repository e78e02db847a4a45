import { ADMIN_ROLES, type RoleName } from '@webwaka/kit';

/**
 * Catalog's authScopes, mirroring services/access.ts (which decides the finer rules: a vendor only touches
 * its own products, admins count only with the second factor).
 */
/** Categories, collections, commission rates: administrators, staff, integrators with catalog:write. */
export const CATALOG_MANAGERS = { roles: [...ADMIN_ROLES, 'STAFF'] as RoleName[], apiScope: 'catalog:write' };
/** Back-office reads (listings and their commissions): managers, vendors (their own), catalog:read keys. */
export const CATALOG_BACKOFFICE_READERS = { roles: [...ADMIN_ROLES, 'STAFF', 'VENDOR'] as RoleName[], apiScope: 'catalog:read' };
/** A vendor's private details for someone other than its owner. */
export const VENDOR_DETAIL_READERS = { roles: [...ADMIN_ROLES, 'STAFF'] as RoleName[], apiScope: 'catalog:read' };
