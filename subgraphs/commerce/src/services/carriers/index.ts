import { DomainError, ErrorCode, type PrismaClient } from '@webwaka/kit';
import type { CarrierAdapter, CarrierName } from './carrier';
import { kwikConfigOf } from './kwik-account';
import { kwikCarrier } from './kwik';
import { ownRiders } from './own-riders';
import { sandboxCarrier } from './sandbox';

/** Refused when the shop has no account with the carrier (Kwik before an administrator connects it). */
export const carrierNotConnected = (carrier: CarrierName) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, `${carrier === 'KWIK' ? 'Kwik' : carrier} is not connected: an administrator connects it in Settings › Shipping`, ['carrier']);

/** The adapter for one of the tenant's carriers (Kwik with the tenant's own sealed account). */
export async function carrierFor(prisma: PrismaClient, tenantId: string, carrier: CarrierName): Promise<CarrierAdapter> {
  if (carrier === 'SANDBOX') return sandboxCarrier(prisma, tenantId);
  if (carrier === 'KWIK') {
    const config = await kwikConfigOf(prisma, tenantId);
    if (!config) throw carrierNotConnected(carrier);
    return kwikCarrier(config);
  }
  return ownRiders();
}
