import { MAX_PAGE_SIZE, withUserErrors, type RequestContext } from '@webwaka/kit';
import { allocateStock, deallocateStock, listChannelPolicies, setChannelPolicy } from '../services/channels';
import { variantScope } from '../services/access';
import { effectiveAllocations } from '../services/levels';
import { builder, ChannelModeEnum, StockChannelEnum, STOCK_ADMINS, STOCK_READERS, STOCK_WRITERS } from './builder';
import { loadLocations, loadSkus, Location } from './location';

const ChannelPolicy = builder.objectRef<Awaited<ReturnType<typeof listChannelPolicies>>[number]>('ChannelPolicy').implement({
  description: 'How a sales channel draws stock in this tenant (SHARED unless set).',
  fields: (t) => ({
    channel: t.expose('channel', { type: StockChannelEnum }),
    mode: t.expose('mode', { type: ChannelModeEnum }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', nullable: true }),
  }),
});

const loadEffective = (pick: 'reserved' | 'available') => async (ids: readonly string[], ctx: RequestContext) => {
  const m = await effectiveAllocations(ctx.prisma, ids);
  return ids.map((id) => m.get(id)?.[pick] ?? new Error(`allocation ${id} not found`));
};

export const ChannelAllocation = builder.prismaObject('ChannelAllocation', {
  description: 'Stock dedicated to one channel at one location (ALLOCATED), or a channel’s own count (INDEPENDENT).',
  fields: (t) => ({
    id: t.exposeID('id'),
    variantId: t.exposeID('variantId'),
    sku: t.loadable({ type: 'String', load: loadSkus, resolve: (a) => a.variantId }),
    location: t.loadable({ type: Location, load: loadLocations, resolve: (a) => a.locationId }),
    channel: t.expose('channel', { type: StockChannelEnum }),
    quantity: t.exposeInt('quantity'),
    reserved: t.loadable({ type: 'Int', load: loadEffective('reserved'), resolve: (a) => a.id }),
    available: t.loadable({ type: 'Int', load: loadEffective('available'), resolve: (a) => a.id }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  channelPolicies: t.field({
    type: [ChannelPolicy],
    authScopes: STOCK_READERS,
    description: 'Every channel with its mode (three entries).',
    resolve: (_r, _a, ctx) => listChannelPolicies(ctx),
  }),
  channelAllocations: t.prismaConnection({
    type: 'ChannelAllocation',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: STOCK_READERS,
    args: { channel: t.arg({ type: StockChannelEnum }) },
    resolve: async (query, _r, args, ctx) =>
      ctx.prisma.channelAllocation.findMany({ ...query, where: { tenantId: ctx.tenantId!, ...(await variantScope(ctx)), ...(args.channel ? { channel: args.channel } : {}) }, orderBy: { id: 'asc' } }),
  }),
}));

const AllocateStockInput = builder.inputType('AllocateStockInput', {
  fields: (t) => ({
    channel: t.field({ type: StockChannelEnum, required: true }),
    variantId: t.id({ description: 'The variant; or name it by sku.' }),
    sku: t.string(),
    locationId: t.id({ required: true }),
    quantity: t.int({ required: true }),
  }),
});

const ChannelPolicyPayload = builder.payloadObject<{ policy: Awaited<ReturnType<typeof listChannelPolicies>>[number] }>('ChannelPolicyPayload', (t) => ({
  policy: t.field({ type: ChannelPolicy, nullable: true, resolve: (p) => p.policy ?? null }),
}));

const ChannelAllocationPayload = builder.payloadObject<Awaited<ReturnType<typeof allocateStock>>>('ChannelAllocationPayload', (t) => ({
  allocation: t.field({ type: ChannelAllocation, nullable: true, resolve: (p) => p.allocation ?? null }),
  mode: t.field({ type: ChannelModeEnum, nullable: true, resolve: (p) => p.mode ?? null }),
}));

const allocateArgs = (input: { channel: 'SVM' | 'MVM' | 'POS'; variantId?: string | number | null; sku?: string | null; locationId: string | number; quantity: number }) => ({
  ...input,
  variantId: input.variantId == null ? null : String(input.variantId),
  locationId: String(input.locationId),
});

builder.mutationFields((t) => ({
  setChannelPolicy: t.field({
    type: ChannelPolicyPayload,
    authScopes: STOCK_ADMINS,
    description: 'Opts a channel into SHARED, ALLOCATED or INDEPENDENT stock. Only while the channel holds no reservations or allocations.',
    args: { channel: t.arg({ type: StockChannelEnum, required: true }), mode: t.arg({ type: ChannelModeEnum, required: true }) },
    resolve: (_r, args, ctx) =>
      withUserErrors(async () => {
        const p = await setChannelPolicy(ctx, args);
        return { policy: { channel: p.channel, mode: p.mode, updatedAt: p.updatedAt } };
      }),
  }),
  allocateStock: t.field({
    type: ChannelAllocationPayload,
    authScopes: STOCK_WRITERS,
    description: 'ALLOCATED channel: moves available shared stock into its allocation. INDEPENDENT channel: adds to its own count.',
    args: { input: t.arg({ type: AllocateStockInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(() => allocateStock(ctx, allocateArgs(input))),
  }),
  deallocateStock: t.field({
    type: ChannelAllocationPayload,
    authScopes: STOCK_WRITERS,
    description: 'ALLOCATED channel: gives unreserved allocated stock back to the shared pool. INDEPENDENT channel: lowers its own count.',
    args: { input: t.arg({ type: AllocateStockInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(() => deallocateStock(ctx, allocateArgs(input))),
  }),
}));
