import type { PrismaClient } from '@webwaka/kit';
import type { CarrierAdapter, CarrierName } from './carrier';
import { ownRiders } from './own-riders';
import { sandboxCarrier } from './sandbox';

/** The adapter for one of the tenant's carriers. */
export function carrierFor(prisma: PrismaClient, tenantId: string, carrier: CarrierName): CarrierAdapter {
  return carrier === 'SANDBOX' ? sandboxCarrier(prisma, tenantId) : ownRiders();
}
