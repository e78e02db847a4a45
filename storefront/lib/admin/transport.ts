import { sectionPath } from './access';

// Pure helpers of the transport back office (paths and seat classes), shared by its pages and actions.

export const transportPath = (slug: string, sub = '') => `${sectionPath(slug, 'transport')}${sub}`;
export const routePath = (slug: string, id: string) => transportPath(slug, `/routes/${encodeURIComponent(id)}`);
export const tripPath = (slug: string, id: string) => transportPath(slug, `/trips/${encodeURIComponent(id)}`);
/** Park listings: an operator's requests to motor parks, or a park's operators. */
export const listingsPath = (slug: string) => transportPath(slug, '/listings');

/**
 * The seat classes a fare form offers: STANDARD, every class a vehicle of the operator has, and any the
 * fares already name; sorted, each once.
 */
export function seatClassesOf(vehicles: { layout: { seats: { seatClass: string }[] } }[], extra: string[] = []): string[] {
  return [...new Set(['STANDARD', ...vehicles.flatMap((v) => v.layout.seats.map((s) => s.seatClass)), ...extra])].sort();
}
