/**
 * Booking references: what a passenger reads out at the window or over the phone, and what a ticket shows
 * instead of a UUID. Eight characters from an alphabet without look-alikes (no 0/O, 1/I/L): 31^8 ≈ 8.5e11
 * values, so two bookings of one operator colliding is a one-in-millions event that the unique index
 * (tenantId, reference) still refuses rather than accepts (decision 0028).
 */
import { randomInt } from 'node:crypto';

export const REFERENCE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const REFERENCE_LENGTH = 8;

export function newBookingReference(): string {
  let reference = '';
  for (let i = 0; i < REFERENCE_LENGTH; i++) reference += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return reference;
}
