import { MAX_PAGE_SIZE, withUserErrors } from '@webwaka/kit';
import { createLocation } from '../services/locations';
import { builder, LocationKindEnum, STOCK_READERS, STOCK_WRITERS } from './builder';

export const Location = builder.prismaObject('Location', {
  description: 'A place stock is kept: warehouse, shop, POS till or delivery vehicle.',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: LocationKindEnum }),
    active: t.exposeBoolean('active'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  locations: t.prismaConnection({
    type: 'Location',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: STOCK_READERS,
    resolve: (query, _r, _a, ctx) => ctx.prisma.location.findMany({ ...query, where: { tenantId: ctx.tenantId! }, orderBy: { id: 'asc' } }),
  }),
}));

const CreateLocationInput = builder.inputType('CreateLocationInput', {
  fields: (t) => ({
    code: t.string({ required: true }),
    name: t.string({ required: true }),
    kind: t.field({ type: LocationKindEnum, required: true }),
  }),
});

const LocationPayload = builder.payloadObject<{ location: Awaited<ReturnType<typeof createLocation>> }>('LocationPayload', (t) => ({
  location: t.field({ type: Location, nullable: true, resolve: (p) => p.location ?? null }),
}));

builder.mutationFields((t) => ({
  createLocation: t.field({
    type: LocationPayload,
    authScopes: STOCK_WRITERS,
    args: { input: t.arg({ type: CreateLocationInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ location: await createLocation(ctx, input) })),
  }),
}));
