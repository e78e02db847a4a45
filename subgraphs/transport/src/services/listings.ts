/**
 * Motor parks list operators. An operator's administrator asks to be listed at a park (the park's tenant
 * id); the park's administrator approves or suspends the listing. While APPROVED, the park shows and
 * sells the operator's trips from the operator's own seats (scope.ts); suspending hides them again.
 *
 * Identity owns tenants, so who is who comes from it (a peer call, as commerce's tenant.ts does): the
 * park must be a motor park (a MARKETPLACE tenant), the operator is always the caller's own tenant (a
 * STORE: an operator sells its own trips), and the name the park sees is that tenant's name — never text
 * the caller made up.
 */
import { callPeer, DomainError, ErrorCode, isUniqueViolation, isUuid, uuidv7, type RequestContext } from '@webwaka/kit';
import type { ServiceContext } from './context';
import { requireTenant } from './scope';

interface TenantFacts {
  id: string;
  kind: string;
  name: string;
}

/** A tenant's kind and name, from identity (null: no such tenant). */
async function tenantFacts(ctx: Pick<RequestContext, 'peers' | 'requestId'>, tenantId: string): Promise<TenantFacts | null> {
  const data = await callPeer<{ currentTenant: TenantFacts | null }>(ctx.peers, 'identity', 'query TransportTenantFacts { currentTenant { id kind name } }', {}, {
    tenantId,
    service: 'transport',
    scopes: [],
    requestId: ctx.requestId,
  });
  return data.currentTenant?.id === tenantId ? data.currentTenant : null;
}

export async function requestParkListing(ctx: ServiceContext & Pick<RequestContext, 'peers'>, input: { parkTenantId: string }) {
  const tenantId = requireTenant(ctx);
  if (!isUuid(input.parkTenantId) || input.parkTenantId === tenantId) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'parkTenantId must be another tenant (the motor park)', ['parkTenantId']);
  const [park, operator] = await Promise.all([tenantFacts(ctx, input.parkTenantId), tenantFacts(ctx, tenantId)]);
  if (!park) throw new DomainError(ErrorCode.NOT_FOUND, 'No such motor park', ['parkTenantId']);
  if (park.kind !== 'MARKETPLACE') throw new DomainError(ErrorCode.BAD_USER_INPUT, `${park.name} is not a motor park`, ['parkTenantId']);
  if (!operator || operator.kind !== 'STORE') throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Only a transport operator (a store running its own trips) can ask to be listed', []);
  try {
    return await ctx.prisma.parkListing.create({ data: { id: uuidv7(), tenantId: park.id, operatorTenantId: tenantId, operatorName: operator.name.slice(0, 120) } });
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
