// Who sees what in the back office, decided once from the signed-in user's roles in the tenant. It mirrors
// the API's own rules (catalog services/access.ts, inventory STOCK_WRITERS, identity ADMINS) so the
// navigation never offers a page whose every request would be refused; the API still decides each request.
// No Next request APIs here: pure, shared by pages, actions and the navigation.

export type BackOfficeRole = 'SUPER_ADMIN' | 'PARTNER_ADMIN' | 'CLIENT_ADMIN' | 'VENDOR' | 'AGENT' | 'STAFF' | 'RIDER' | 'CUSTOMER';

export const ADMIN_ROLES: readonly BackOfficeRole[] = ['SUPER_ADMIN', 'PARTNER_ADMIN', 'CLIENT_ADMIN'];

/** The back office's sections, in navigation order. */
export const SECTIONS = ['dashboard', 'orders', 'deliveries', 'returns', 'products', 'inventory', 'commissions', 'money', 'reports', 'coupons', 'rewards', 'pos', 'cash', 'transport', 'vendors', 'apiKeys', 'settings', 'messages', 'tenants', 'members', 'audit', 'mailbox'] as const;
export type Section = (typeof SECTIONS)[number];

export interface VendorAccount {
  id: string;
  name: string;
  status: string;
}

export interface Access {
  /** An administrator of the tenant whose session passed the second factor. */
  admin: boolean;
  /** May change the whole catalogue and move stock: administrators and staff. */
  manager: boolean;
  /** Holds the RIDER role (decision 0093): delivers the shipments given to them (My deliveries), nothing else. */
  rider: boolean;
  /** Set when the user works as a vendor: only this vendor's products are theirs. */
  vendor: VendorAccount | null;
  /** An administrator role without two-factor authentication: nothing administrative works until it is on. */
  needsTwoFactor: boolean;
  /** Sections in the navigation. Empty: the user has no back-office role here. */
  sections: Section[];
  /** A travel business (trips, no catalogue): dashboards speak of tickets, not products. */
  travel: boolean;
}

/**
 * Sections by role: administrators see everything of their tenant (the vendor queue only where vendors
 * apply: marketplaces); staff see products and inventory; an approved vendor sees its own products and
 * their stock (inventory lists only its own variants, and it receives and counts them); an agent sees the
 * dashboard, their commissions with their referral link, and their own ledger accounts. Where the tenant
 * runs trips (`runsTrips`), managers see the cash agents hold and record hand-ins; an agent its own cash.
 * Managers run the transport network where the tenant runs trips or has no catalogue yet.
 */
export function accessFor(input: { roles: readonly string[]; twoFactorEnabled: boolean; tenantKind: string; vendor: VendorAccount | null; runsTrips?: boolean; travel?: boolean; noCatalogue?: boolean }): Access {
  const hasAdminRole = input.roles.some((r) => (ADMIN_ROLES as readonly string[]).includes(r));
  const admin = hasAdminRole && input.twoFactorEnabled;
  const manager = admin || input.roles.includes('STAFF');
  const vendor = !manager && input.roles.includes('VENDOR') ? input.vendor : null;
  const approvedVendor = vendor?.status === 'APPROVED';
  const rider = input.roles.includes('RIDER');
  const backOffice = manager || input.roles.includes('VENDOR') || input.roles.includes('AGENT') || hasAdminRole;

  // A travel business keeps no catalogue: no product or stock pages to land in empty.
  const travel = !!input.runsTrips && !!input.travel;
  const sections: Section[] = [];
  if (backOffice) sections.push('dashboard');
  // Orders: managers see the tenant's; a vendor sees the orders holding its vendor orders (commerce decides which).
  if (manager || approvedVendor) sections.push('orders');
  // My deliveries: a rider's whole back office (commerce's DELIVERERS; decision 0093). Managers reach it from Orders.
  if (rider && !manager) sections.push('deliveries');
  // Returns: managers answer the tenant's return requests; an approved vendor those of its own vendor orders (decision 0058).
  if ((manager || approvedVendor) && !travel) sections.push('returns');
  if ((manager || approvedVendor) && !travel) sections.push('products');
  // Inventory: managers the tenant's stock; an approved vendor its own products' stock (the API scopes it, decision 0026).
  if ((manager || approvedVendor) && !travel) sections.push('inventory');
  // Commissions: managers see the tenant's lines (MLAS), an agent its own with its referral link.
  if (manager || input.roles.includes('AGENT')) sections.push('commissions');
  // Money: managers read the book (administrators pay out); vendors and agents their own accounts.
  if (manager || approvedVendor || input.roles.includes('AGENT')) sections.push('money');
  // Reports: sales of any period from commerce's aggregates, with CSV (commerce's SALES_READERS).
  if (manager) sections.push('reports');
  // Coupons: the shop's codes and their usage (commerce's MONEY_ADMINS), where the tenant sells from a catalogue (decision 0057).
  if (admin && !travel && ['STORE', 'MARKETPLACE'].includes(input.tenantKind)) sections.push('coupons');
  // Gift cards & loyalty: gift cards, the loyalty programme and customers' balances (commerce's administrators).
  if (admin && !travel && ['STORE', 'MARKETPLACE'].includes(input.tenantKind)) sections.push('rewards');
  // Point of sale (tills, cashiers, sessions and Z-reports, conflicts, receipts): pos's managers, the
  // tenant's administrators, where the business keeps a catalogue to sell from (decision 0052).
  if (admin && !travel) sections.push('pos');
  if (input.runsTrips && (manager || input.roles.includes('AGENT'))) sections.push('cash');
  // Transport (routes, vehicles, trips, manifests): transport's TRANSPORT_MANAGERS, where the tenant runs trips or
  // has no catalogue yet (a new bus operator starts here; decision 0043).
  if (manager && (input.runsTrips || input.noCatalogue)) sections.push('transport');
  if (admin && input.tenantKind === 'MARKETPLACE') sections.push('vendors');
  if (admin) sections.push('apiKeys');
  // Settings: the shop's checkout, shipping and payment providers (commerce's MONEY_ADMINS and PAYMENT_ADMINS),
  // custom domains (identity's ADMINS; decision 0022) and branding.
  if (admin) sections.push('settings');
  // Messages: the delivery log, dead letters, templates and providers (notifications' administrators).
  if (admin) sections.push('messages');
  // Businesses beneath this one (identity's ADMINS; only kinds that can have children: platform, partner, client).
  if (admin && ['PLATFORM', 'PARTNER', 'CLIENT'].includes(input.tenantKind)) sections.push('tenants');
  // Members: grant and revoke roles (identity's ADMINS, each at most their own rank).
  if (admin) sections.push('members');
  // The audit log (identity's AUDIT_READERS: administrators).
  if (admin) sections.push('audit');
  // Mailbox: what the platform's mail sink and SMS/WhatsApp/push sandboxes received (notifications: SUPER_ADMIN only).
  if (admin && input.roles.includes('SUPER_ADMIN')) sections.push('mailbox');
  return { admin, manager, rider, vendor, needsTwoFactor: hasAdminRole && !input.twoFactorEnabled, sections, travel };
}

/** The path of a section under a tenant's back office. */
export function sectionPath(slug: string, section: Section): string {
  const base = adminBase(slug);
  switch (section) {
    case 'dashboard':
      return base;
    case 'orders':
      return `${base}/orders`;
    case 'deliveries':
      return `${base}/orders/deliveries`;
    case 'products':
      return `${base}/products`;
    case 'inventory':
      return `${base}/inventory`;
    case 'commissions':
      return `${base}/commissions`;
    case 'reports':
      return `${base}/reports`;
    case 'coupons':
      return `${base}/coupons`;
    case 'rewards':
      return `${base}/rewards`;
    case 'returns':
      return `${base}/returns`;
    case 'money':
      return `${base}/money`;
    case 'pos':
      return `${base}/pos`;
    case 'cash':
      return `${base}/cash`;
    case 'transport':
      return `${base}/transport`;
    case 'vendors':
      return `${base}/vendors`;
    case 'apiKeys':
      return `${base}/api-keys`;
    case 'settings':
      return `${base}/settings`;
    case 'messages':
      return `${base}/messages`;
    case 'tenants':
      return `${base}/tenants`;
    case 'members':
      return `${base}/members`;
    case 'audit':
      return `${base}/audit`;
    case 'mailbox':
      return `${base}/mailbox`;
  }
}

export function adminBase(slug: string): string {
  return `/admin/${encodeURIComponent(slug)}`;
}

/** A path inside this tenant's back office (the only places sign-in may send someone back to). */
export function isAdminPath(slug: string, path: unknown): path is string {
  if (typeof path !== 'string') return false;
  const base = adminBase(slug);
  return (path === base || path.startsWith(`${base}/`) || path.startsWith(`${base}?`)) && !/[\s\\]/.test(path) && !path.includes('//');
}
