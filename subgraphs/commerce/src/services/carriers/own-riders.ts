/**
 * The shop's own riders: staff members deliver, so there is no one to quote (the shop's zone rates
 * apply), booking a pickup only names the shipment, and no webhook ever comes (the rider's steps are
 * the shipment service's own operations).
 */
import { randomBytes } from 'node:crypto';
import { signatureInvalidCarrier } from './sandbox';
import type { CarrierAdapter } from './carrier';

export function ownRiders(): CarrierAdapter {
  return {
    name: 'OWN_RIDERS',
    quote: async () => null,
    // Ours: short enough to read out on the phone, random so it says nothing about volumes.
    bookPickup: async () => ({ trackingNumber: `WW-${randomBytes(5).toString('hex').toUpperCase()}` }),
    cancel: async () => {},
    verifyWebhook: async () => {
      throw signatureInvalidCarrier('the shop’s own riders send no webhooks');
    },
  };
}
