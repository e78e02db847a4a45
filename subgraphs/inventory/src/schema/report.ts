import { stockReport, type StockRow } from '../services/report';
import { builder, STOCK_REPORT_READERS } from './builder';
import { ProductRef } from './refs';

// The stock report (issue 14, CB-2): units per location or per product, now, for the reports page and its
// CSV export. Units only: the model has no unit cost to value stock at (decision 0051).

const StockGroupingEnum = builder.enumType('StockGrouping', {
  values: {
    LOCATION: { description: 'One row per location of the tenant (an empty one reads 0).' },
    PRODUCT: { description: 'One row per product with stock levels (its variants at every location), most units first.' },
  } as const,
});

const StockReportRow = builder.objectRef<StockRow>('StockReportRow').implement({
  fields: (t) => ({
    key: t.exposeString('key', { description: 'The location id or product id.' }),
    label: t.exposeString('label', { description: "The location's name; for a product, its first SKU (its title is `product.title`)." }),
    product: t.field({ type: ProductRef, nullable: true, description: 'The product (PRODUCT rows).', resolve: (r) => (r.productId ? { id: r.productId } : null) }),
    variants: t.exposeInt('variants', { description: 'Variants with units on hand.' }),
    onHand: t.exposeInt('onHand'),
    reserved: t.exposeInt('reserved', { description: 'Held by active reservations and allocations (expired reservations given back).' }),
    available: t.exposeInt('available'),
  }),
});

builder.queryFields((t) => ({
  stockReport: t.field({
    type: [StockReportRow],
    authScopes: STOCK_REPORT_READERS,
    description: "The tenant's stock now, in units, per location or per product (at most 1000 rows). No value: the model holds no unit cost.",
    args: { groupBy: t.arg({ type: StockGroupingEnum, required: true }) },
    resolve: (_r, args, ctx) => stockReport(ctx, args.groupBy),
  }),
}));
