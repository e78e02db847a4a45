import { MAX_PAGE_SIZE, requireTenant, withUserErrors } from '@webwaka/kit';
import { requestParkListing, setParkListingStatus } from '../services/listings';
import { builder, ParkListingStatusEnum, TRANSPORT_ADMINS } from './builder';

export const ParkListing = builder.prismaObject('ParkListing', {
  description: 'An operator listed at a motor park: while APPROVED the park shows and sells its trips (from the operator’s seats).',
  fields: (t) => ({
    id: t.exposeID('id'),
    parkTenantId: t.exposeID('tenantId'),
    operatorId: t.exposeID('operatorTenantId'),
    operatorName: t.exposeString('operatorName'),
    status: t.expose('status', { type: ParkListingStatusEnum }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const DecisionEnum = builder.enumType('ParkListingDecision', { values: ['APPROVED', 'SUSPENDED'] as const });

builder.queryFields((t) => ({
  parkListings: t.prismaConnection({
    type: 'ParkListing',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: TRANSPORT_ADMINS,
    description: 'At a motor park: the operators it lists (or that asked). At an operator: the parks it asked to be listed at.',
    args: { status: t.arg({ type: ParkListingStatusEnum }) },
    resolve: (query, _r, args, ctx) => {
      const tenantId = requireTenant(ctx);
      return ctx.prisma.parkListing.findMany({ ...query, where: { OR: [{ tenantId }, { operatorTenantId: tenantId }], ...(args.status ? { status: args.status } : {}) }, orderBy: { id: 'asc' } });
    },
  }),
}));

const ParkListingPayload = builder.payloadObject<{ listing: Awaited<ReturnType<typeof requestParkListing>> }>('ParkListingPayload', (t) => ({
  listing: t.field({ type: ParkListing, nullable: true, resolve: (p) => p.listing ?? null }),
}));

builder.mutationFields((t) => ({
  requestParkListing: t.field({
    type: ParkListingPayload,
    authScopes: TRANSPORT_ADMINS,
    description:
      'An operator asks a motor park (its tenant id) to list its trips; the park approves. The park must be a motor park (BAD_USER_INPUT otherwise); the listing carries the operator’s own tenant name.',
    args: { parkTenantId: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) => withUserErrors(async () => ({ listing: await requestParkListing(ctx, { parkTenantId: String(args.parkTenantId) }) })),
  }),
  setParkListingStatus: t.field({
    type: ParkListingPayload,
    authScopes: TRANSPORT_ADMINS,
    description: 'A motor park approves or suspends an operator’s listing.',
    args: { id: t.arg.id({ required: true }), status: t.arg({ type: DecisionEnum, required: true }) },
    resolve: (_r, args, ctx) => withUserErrors(async () => ({ listing: await setParkListingStatus(ctx, { id: String(args.id), status: args.status }) })),
  }),
}));
