/**
 * One interface for every carrier (decision 0086): a quote for the packages to a destination, booking a
 * pickup (the carrier's tracking number), cancelling before pickup, and turning a carrier's webhook into a
 * tracking event after checking it is the carrier's own. Adapters are plain objects chosen by
 * `carrierFor` (index.ts); the shipment service never knows which carrier it talks to.
 */

export const SHIPMENT_STATUSES = ['PENDING', 'PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'FAILED', 'RETURNED', 'CANCELLED'] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

export const CARRIER_NAMES = ['OWN_RIDERS', 'SANDBOX', 'KWIK'] as const;
export type CarrierName = (typeof CARRIER_NAMES)[number];

export interface PackageSize {
  weightGrams: number;
  lengthMm: number;
  widthMm: number;
  heightMm: number;
}

/** The person who receives the parcel, for carriers that route to a map position (Kwik). */
export interface Recipient {
  name: string;
  phone: string;
  address: string;
  latitude: number;
  longitude: number;
}

export interface Destination {
  city: string | null;
  state: string | null;
  recipient?: Recipient | null;
}

export interface CarrierQuote {
  amount: bigint;
  currency: string;
  /** Hours to delivery the carrier promises. */
  etaHours: number;
}

export interface CarrierBooking {
  trackingNumber: string;
}

/** A tracking event as the carrier reported it. */
export interface CarrierEvent {
  eventId: string;
  trackingNumber: string;
  status: ShipmentStatus;
  at: Date;
  note: string | null;
  location: string | null;
}

export interface CarrierWebhook {
  rawBody: Buffer;
  headers: Record<string, string>;
  now: Date;
}

export interface CarrierAdapter {
  name: CarrierName;
  /** Null when the carrier does not quote (the shop's zone rates apply). */
  quote(input: { packages: PackageSize[]; destination: Destination; currency: string }): Promise<CarrierQuote | null>;
  bookPickup(input: { shipmentId: string; packages: PackageSize[]; destination: Destination }): Promise<CarrierBooking>;
  cancel(trackingNumber: string): Promise<void>;
  /** Throws WEBHOOK_SIGNATURE_INVALID for anything the carrier did not send just now. */
  verifyWebhook(hook: CarrierWebhook): Promise<CarrierEvent>;
}

/** How far apart a signed webhook's timestamp and our clock may be (older ones are replays). */
export const WEBHOOK_TOLERANCE_MS = 5 * 60_000;
