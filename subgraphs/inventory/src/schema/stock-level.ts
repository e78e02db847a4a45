import { AppError, ErrorCode, MAX_PAGE_SIZE, isUuid, withUserErrors, type RequestContext } from '@webwaka/kit';
import { effectiveLevels, reorderCandidates, type LevelRow } from '../services/levels';
import { adjustStock, receiveStock, setStockThresholds, transferStock } from '../services/stock';
import { variantScope, visibleVariantIds } from '../services/access';
import { builder, MovementReasonEnum, STOCK_KEEPERS, STOCK_READERS, STOCK_WRITERS } from './builder';
import { loadLocations, loadSkus, Location } from './location';
import { StockMovement, Transfer } from './movement';
import { ProductVariantRef } from './refs';

/** Batch loaders for the real figures of levels (expired reservations given back), in key order. */
const loadEffective = (pick: 'reserved' | 'available') => async (ids: readonly string[], ctx: RequestContext) => {
  const m = await effectiveLevels(ctx.prisma, ids);
  return ids.map((id) => m.get(id)?.[pick] ?? new Error(`level ${id} not found`));
};

export const StockLevel = builder.prismaObject('StockLevel', {
  description: 'Stock of one variant at one location. available = onHand - reserved; expired reservations are already given back.',
  fields: (t) => ({
    id: t.exposeID('id'),
    variantId: t.exposeID('variantId'),
    variant: t.field({ type: ProductVariantRef, resolve: (l) => ({ id: l.variantId }) }),
    sku: t.loadable({ type: 'String', load: loadSkus, resolve: (l) => l.variantId }),
    location: t.loadable({ type: Location, load: loadLocations, resolve: (l) => l.locationId }),
    onHand: t.exposeInt('onHand', { description: 'Physically at the location.' }),
    reserved: t.loadable({ type: 'Int', description: 'Held by active reservations and by allocations to channels.', load: loadEffective('reserved'), resolve: (l) => l.id }),
    available: t.loadable({ type: 'Int', description: 'What shared channels can still sell here.', load: loadEffective('available'), resolve: (l) => l.id }),
    lowStockThreshold: t.exposeInt('lowStockThreshold', { nullable: true, description: 'A LOW_STOCK alert is raised when available drops to or below it.' }),
    reorderPoint: t.exposeInt('reorderPoint', { nullable: true }),
    reorderQuantity: t.exposeInt('reorderQuantity', { nullable: true }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

/** The most variants a partial `sku` filter of `stockLevels` matches. */
const SKU_MATCHES = 500;

interface Suggestion {
  level: LevelRow;
  available: number;
}

const ReorderSuggestion = builder.objectRef<Suggestion>('ReorderSuggestion').implement({
  description: 'A level at or below its reorder point, and how much to order.',
  fields: (t) => ({
    stockLevel: t.field({ type: StockLevel, resolve: (s) => s.level }),
    available: t.exposeInt('available'),
    reorderPoint: t.int({ resolve: (s) => s.level.reorderPoint! }),
    suggestedQuantity: t.int({
      description: 'The reorder quantity when set; otherwise what lifts available back above the reorder point.',
      resolve: (s) => s.level.reorderQuantity ?? s.level.reorderPoint! - s.available + 1,
    }),
  }),
});

builder.queryFields((t) => ({
  stockLevel: t.prismaField({
    type: 'StockLevel',
    nullable: true,
    authScopes: STOCK_READERS,
    description: 'One stock level of the current tenant (what `inventoryChanged` events hydrate through).',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _r, { id }, ctx) =>
      isUuid(String(id)) ? ctx.prisma.stockLevel.findFirst({ ...query, where: { id: String(id), tenantId: ctx.tenantId!, ...(await variantScope(ctx)) } }) : null,
  }),
  stockLevels: t.prismaConnection({
    type: 'StockLevel',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: STOCK_READERS,
    description: 'Stock per variant and location, optionally for one variant (by id or SKU) or location.',
    args: { variantId: t.arg.id(), sku: t.arg.string(), locationId: t.arg.id() },
    resolve: async (query, _r, args, ctx) => {
      const tenantId = ctx.tenantId!;
      const variantId = args.variantId ? String(args.variantId) : undefined;
      const locationId = args.locationId ? String(args.locationId) : undefined;
      if ((variantId && !isUuid(variantId)) || (locationId && !isUuid(locationId))) return [];
      // `sku`: the exact SKU, else any SKU containing it (case-insensitive), so "ADIRE" or the tail of a
      // long SKU finds it in the back office; at most SKU_MATCHES variants (docs/api.md).
      let skuVariants: string[] | undefined;
      if (args.sku?.trim()) {
        const sku = args.sku.trim();
        const exact = await ctx.prisma.inventoryItem.findUnique({ where: { tenantId_sku: { tenantId, sku } } });
        skuVariants = exact
          ? [exact.variantId]
          : (await ctx.prisma.inventoryItem.findMany({ where: { tenantId, sku: { contains: sku, mode: 'insensitive' } }, select: { variantId: true }, orderBy: { sku: 'asc' }, take: SKU_MATCHES })).map((i) => i.variantId);
        if (!skuVariants.length || (variantId && !skuVariants.includes(variantId))) return [];
      }
      return ctx.prisma.stockLevel.findMany({
        ...query,
        where: { tenantId, AND: [variantId ? { variantId } : {}, skuVariants ? { variantId: { in: skuVariants } } : {}, await variantScope(ctx)], ...(locationId ? { locationId } : {}) },
        orderBy: { id: 'asc' },
      });
    },
  }),
  reorderSuggestions: t.connection({
    type: ReorderSuggestion,
    authScopes: STOCK_READERS,
    description: 'Levels at active locations whose available stock is at or below their reorder point, with a quantity to order.',
    args: { locationId: t.arg.id() },
    resolve: async (_r, args, ctx) => {
      if (args.last != null || args.before != null) throw new AppError(ErrorCode.BAD_USER_INPUT, 'reorderSuggestions pages forward only (first/after)');
      const first = Math.min(args.first ?? 20, MAX_PAGE_SIZE);
      const locationId = args.locationId ? String(args.locationId) : null;
      if (locationId && !isUuid(locationId)) return emptyConnection();
      const rows = await reorderCandidates(ctx.prisma, ctx.tenantId!, { locationId, after: args.after ?? null, take: first + 1, variantIds: await visibleVariantIds(ctx) });
      const page = rows.slice(0, first);
      return {
        edges: page.map((s) => ({ cursor: s.level.id, node: s })),
        pageInfo: { hasNextPage: rows.length > first, hasPreviousPage: !!args.after, startCursor: page[0]?.level.id ?? null, endCursor: page.at(-1)?.level.id ?? null },
      };
    },
  }),
}));

const emptyConnection = () => ({ edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } });

// ----- mutations -----

const ReceiveStockInput = builder.inputType('ReceiveStockInput', {
  fields: (t) => ({
    variantId: t.id({ description: 'The variant; or name it by sku.' }),
    sku: t.string(),
    locationId: t.id({ required: true }),
    quantity: t.int({ required: true, description: 'Units received, at least 1.' }),
    reference: t.string({ description: 'E.g. the supplier delivery note.' }),
  }),
});

const AdjustStockInput = builder.inputType('AdjustStockInput', {
  fields: (t) => ({
    variantId: t.id({ description: 'The variant; or name it by sku.' }),
    sku: t.string(),
    locationId: t.id({ required: true }),
    quantity: t.int({ required: true, description: 'Signed change of onHand (never below what is reserved).' }),
    reason: t.field({ type: MovementReasonEnum, required: true, description: 'ADJUSTMENT or CORRECTION (either sign), RETURN (positive), SALE (negative).' }),
    reference: t.string(),
  }),
});

const TransferStockInput = builder.inputType('TransferStockInput', {
  fields: (t) => ({
    variantId: t.id({ description: 'The variant; or name it by sku.' }),
    sku: t.string(),
    fromLocationId: t.id({ required: true }),
    toLocationId: t.id({ required: true }),
    quantity: t.int({ required: true }),
    reference: t.string(),
  }),
});

const SetStockThresholdsInput = builder.inputType('SetStockThresholdsInput', {
  fields: (t) => ({
    variantId: t.id({ description: 'The variant; or name it by sku.' }),
    sku: t.string(),
    locationId: t.id({ required: true }),
    lowStockThreshold: t.int({ description: 'Null clears.' }),
    reorderPoint: t.int({ description: 'Null clears.' }),
    reorderQuantity: t.int({ description: 'Null clears; otherwise at least 1.' }),
  }),
});

type LevelAndMovement = { stockLevel: LevelRow; movement: Awaited<ReturnType<typeof receiveStock>>['movement'] };

const StockChangePayload = builder.payloadObject<LevelAndMovement>('StockChangePayload', (t) => ({
  stockLevel: t.field({ type: StockLevel, nullable: true, resolve: (p) => p.stockLevel ?? null }),
  movement: t.field({ type: StockMovement, nullable: true, resolve: (p) => p.movement ?? null }),
}));

const TransferStockPayload = builder.payloadObject<Awaited<ReturnType<typeof transferStock>>>('TransferStockPayload', (t) => ({
  transfer: t.field({ type: Transfer, nullable: true, resolve: (p) => p.transfer ?? null }),
  from: t.field({ type: StockLevel, nullable: true, resolve: (p) => p.from ?? null }),
  to: t.field({ type: StockLevel, nullable: true, resolve: (p) => p.to ?? null }),
}));

const StockLevelPayload = builder.payloadObject<{ stockLevel: LevelRow }>('StockLevelPayload', (t) => ({
  stockLevel: t.field({ type: StockLevel, nullable: true, resolve: (p) => p.stockLevel ?? null }),
}));

const ref = (i: { variantId?: string | number | null; sku?: string | null }) => ({ variantId: i.variantId == null ? null : String(i.variantId), sku: i.sku ?? null });

builder.mutationFields((t) => ({
  receiveStock: t.field({
    type: StockChangePayload,
    authScopes: STOCK_KEEPERS,
    args: { input: t.arg({ type: ReceiveStockInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(() => receiveStock(ctx, { ...input, ...ref(input), locationId: String(input.locationId) })),
  }),
  adjustStock: t.field({
    type: StockChangePayload,
    authScopes: STOCK_KEEPERS,
    args: { input: t.arg({ type: AdjustStockInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(() => adjustStock(ctx, { ...input, ...ref(input), locationId: String(input.locationId) })),
  }),
  transferStock: t.field({
    type: TransferStockPayload,
    authScopes: STOCK_WRITERS,
    args: { input: t.arg({ type: TransferStockInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      withUserErrors(() => transferStock(ctx, { ...input, ...ref(input), fromLocationId: String(input.fromLocationId), toLocationId: String(input.toLocationId) })),
  }),
  setStockThresholds: t.field({
    type: StockLevelPayload,
    authScopes: STOCK_KEEPERS,
    args: { input: t.arg({ type: SetStockThresholdsInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(() => setStockThresholds(ctx, { ...input, ...ref(input), locationId: String(input.locationId) })),
  }),
}));
