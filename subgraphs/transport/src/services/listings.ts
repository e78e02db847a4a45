/**
 * Motor parks list operators. An operator's administrator asks to be listed at a park (the park's tenant
 * id); the park's administrator approves or suspends the listing. While APPROVED, the park shows and
 * sells the operator's trips from the operator's own seats (scope.ts); suspending hides them again.
 */
import { DomainError, ErrorCode, isUniqueViolation, isUuid, uuidv7 } from '@webwaka/kit';
import type { ServiceContext } from './context';
import { requireTenant } from './scope';

export async function requestParkListing(ctx: ServiceContext, input: { parkTenantId: string; operatorName: string }) {
  const tenantId = requireTenant(ctx);
  if (!isUuid(input.parkTenantId) || input.parkTenantId === tenantId) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'parkTenantId must be another tenant (the motor park)', ['parkTenantId']);
  const operatorName = (input.operatorName ?? '').trim();
  if (operatorName.length < 1 || operatorName.length > 120) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'operatorName must be 1 to 120 characters', ['operatorName']);
  try {
    return await ctx.prisma.parkListing.create({ data: { id: uuidv7(), tenantId: input.parkTenantId, operatorTenantId: tenantId, operatorName } });
  } catch (e) {
    if (isUniqueViolation(e)) throw new DomainError(ErrorCode.ALREADY_EXISTS, 'You have asked this park already', ['parkTenantId']);
    throw e;
  }
}

const TRANSITIONS: Record<string, string[]> = { PENDING: ['APPROVED', 'SUSPENDED'], APPROVED: ['SUSPENDED'], SUSPENDED: ['APPROVED'] };

/** The park's decision on a listing (compare-and-set on the status it read). */
export async function setParkListingStatus(ctx: ServiceContext, input: { id: string; status: 'APPROVED' | 'SUSPENDED' }) {
  const tenantId = requireTenant(ctx);
  const listing = isUuid(input.id) ? await ctx.prisma.parkListing.findFirst({ where: { id: input.id, tenantId } }) : null;
  if (!listing) throw new DomainError(ErrorCode.NOT_FOUND, 'No such listing', ['id']);
  if (listing.status === input.status) return listing;
  if (!TRANSITIONS[listing.status].includes(input.status)) throw new DomainError(ErrorCode.INVALID_TRANSITION, `A ${listing.status} listing cannot become ${input.status}`, ['status']);
  const done = await ctx.prisma.parkListing.updateMany({ where: { id: listing.id, status: listing.status }, data: { status: input.status } });
  if (!done.count) throw new DomainError(ErrorCode.INVALID_TRANSITION, 'The listing changed meanwhile; read it again', ['id']);
  return ctx.prisma.parkListing.findUniqueOrThrow({ where: { id: listing.id } });
}
