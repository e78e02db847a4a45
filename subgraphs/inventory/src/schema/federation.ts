/**
 * Inventory's fields on catalog's entities, resolved in batches: however many variants or products a
 * page holds, each field costs one query (DataLoader), scoped to the request's tenant.
 */
import type { RequestContext } from '@webwaka/kit';
import { variantScope, visibleVariantIds } from '../services/access';
import { productsAvailable, variantTotals, type VariantTotals } from '../services/levels';
import { builder, STOCK_READERS } from './builder';
import { ProductRef, ProductVariantRef } from './refs';
import { StockLevel } from './stock-level';

async function loadTotals(ids: readonly string[], ctx: RequestContext) {
  const rows = ctx.tenantId ? await variantTotals(ctx.prisma, ctx.tenantId, [...ids]) : [];
  const byId = new Map(rows.map((r) => [r.variantId, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Stock figures for stock readers: a vendor's own variants only (another vendor's read null, like no item). */
async function loadVisibleTotals(ids: readonly string[], ctx: RequestContext) {
  const [totals, visible] = await Promise.all([loadTotals(ids, ctx), visibleVariantIds(ctx)]);
  const own = visible && new Set(visible);
  return totals.map((t, i) => (own && !own.has(ids[i]) ? null : t));
}

const VariantInventory = builder.objectRef<VariantTotals>('VariantInventory').implement({
  description: 'Stock of a variant over the tenant’s active locations.',
  fields: (t) => ({
    onHand: t.exposeInt('onHand'),
    reserved: t.exposeInt('reserved'),
    available: t.exposeInt('available', { description: 'What shared channels can sell.' }),
    levels: t.loadableGroup({
      type: StockLevel,
      description: 'Per location (inactive locations included, see Location.active).',
      load: async (ids: string[], ctx: RequestContext) =>
        ctx.prisma.stockLevel.findMany({ where: { tenantId: ctx.tenantId!, AND: [{ variantId: { in: ids } }, await variantScope(ctx)] }, orderBy: { id: 'asc' } }),
      group: (l) => l.variantId,
      resolve: (v) => v.variantId,
    }),
  }),
});

builder.objectFields(ProductVariantRef, (t) => ({
  inventory: t.loadable({
    type: VariantInventory,
    nullable: true,
    authScopes: STOCK_READERS,
    description: "Stock figures (inventory subgraph); null when the variant has no inventory item in this tenant, or is another vendor's.",
    load: loadVisibleTotals,
    resolve: (v) => v.id,
  }),
  availableForSale: t.loadable({
    type: 'Boolean',
    nullable: true,
    description: 'Whether shared channels can sell it now (inventory subgraph; public).',
    load: async (ids: string[], ctx: RequestContext) => (await loadTotals(ids, ctx)).map((r) => (r ? r.available > 0 : null)),
    resolve: (v) => v.id,
  }),
}));

builder.objectFields(ProductRef, (t) => ({
  availableForSale: t.loadable({
    type: 'Boolean',
    nullable: true,
    description: 'Whether any variant can be sold now from the shared pool (inventory subgraph; public).',
    load: async (ids: string[], ctx: RequestContext) => {
      const m = ctx.tenantId ? await productsAvailable(ctx.prisma, ctx.tenantId, ids) : new Map<string, boolean>();
      return ids.map((id) => m.get(id) ?? (ctx.tenantId ? false : null));
    },
    resolve: (p) => p.id,
  }),
}));
