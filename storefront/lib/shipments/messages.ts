import messages from '../../messages/shipments.en.json';
import { fill } from '../fill';

// Shipments' screens (decision 0086) keep their English strings in their own file (messages/shipments.en.json).

export type ShipmentsMessageKey = keyof typeof messages;

const table: Record<ShipmentsMessageKey, string> = messages;

export function st(key: ShipmentsMessageKey, vars?: Record<string, string | number>): string {
  return fill(table[key] ?? key, vars);
}

export const statusText = (status: string) => st(`status.${status}` as ShipmentsMessageKey);
export const carrierText = (carrier: string) => st(`carrier.${carrier}` as ShipmentsMessageKey);

/** Google Maps directions to an address (opens the phone's maps app): to the customer's shared position when there is one. */
export function directionsUrl(a: { line1?: string | null; line2?: string | null; city?: string | null; region?: string | null; country?: string | null; latitude?: number | null; longitude?: number | null }): string {
  const destination = a.latitude != null && a.longitude != null ? `${a.latitude},${a.longitude}` : [a.line1, a.line2, a.city, a.region, a.country].filter(Boolean).join(', ');
  return `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(destination)}`;
}
