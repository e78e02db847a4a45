import { sectionPath } from '../admin/access';

/** Where the shipment screens live (decision 0086); not in actions.ts, whose exports must all be server actions. */
export const shipmentsPath = (slug: string) => `${sectionPath(slug, 'orders')}/shipments`;
export const deliveriesPath = (slug: string) => `${sectionPath(slug, 'orders')}/deliveries`;
