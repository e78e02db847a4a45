import { checkPeriod, salesReport, salesSummary, type SalesRow, type SalesSummary } from '../services/reports';
import { builder, money, SALES_READERS } from './builder';

// Sales reports (issue 14, CB-2): aggregates over every paid order of a period, for the dashboard and the
// reports page with its CSV export. Managers and integrators' keys only (the tenant's whole book of sales).

const SalesGroupingEnum = builder.enumType('SalesGrouping', {
  values: {
    DAY: { description: 'One row per day the payments landed, in the time zone asked for.' },
    PRODUCT: { description: 'One row per product sold (its lines: goods and tax, no shipping).' },
    VENDOR: { description: "One row per vendor (its vendor orders: goods, shipping and tax; the marketplace's commission)." },
    CHANNEL: { description: 'One row per channel: SVM (web shop), MVM (marketplace), TICKETS (transport).' },
  } as const,
});

const SalesReportRow = builder.objectRef<SalesRow>('SalesReportRow').implement({
  fields: (t) => ({
    key: t.exposeString('key', { description: 'The day (YYYY-MM-DD), product id, vendor id or channel.' }),
    label: t.exposeString('label', { description: 'What to show: the product title or vendor name as sold; the key otherwise.' }),
    orders: t.exposeInt('orders'),
    units: t.exposeInt('units'),
    revenue: t.field({ type: builder.MoneyRef, resolve: (r) => money(r.revenue, r.currency) }),
    tax: t.field({ type: builder.MoneyRef, resolve: (r) => money(r.tax, r.currency) }),
    refunded: t.field({ type: builder.MoneyRef, description: 'Refunded since, on these orders (DAY and CHANNEL rows).', resolve: (r) => money(r.refunded, r.currency) }),
    commission: t.field({ type: builder.MoneyRef, description: "The marketplace's commission (VENDOR rows).", resolve: (r) => money(r.commission, r.currency) }),
  }),
});

const SalesSummaryRef = builder.objectRef<SalesSummary>('SalesSummary').implement({
  fields: (t) => ({
    orders: t.exposeInt('orders'),
    revenue: t.field({ type: builder.MoneyRef, resolve: (s) => money(s.revenue, s.currency) }),
    tax: t.field({ type: builder.MoneyRef, resolve: (s) => money(s.tax, s.currency) }),
    refunded: t.field({ type: builder.MoneyRef, resolve: (s) => money(s.refunded, s.currency) }),
    averageOrderValue: t.field({ type: builder.MoneyRef, resolve: (s) => money(s.averageOrderValue, s.currency) }),
  }),
});

builder.queryFields((t) => {
  const period = {
    from: t.arg({ type: 'DateTime', required: true, description: 'Start of the period (inclusive).' }),
    to: t.arg({ type: 'DateTime', required: true, description: 'End of the period (exclusive).' }),
    timeZone: t.arg.string({ description: 'IANA time zone the days are counted in (default Africa/Lagos).' }),
  };
  return {
  salesSummary: t.field({
    type: [SalesSummaryRef],
    authScopes: SALES_READERS,
    description: 'Totals of the paid orders of a period, one per currency. BAD_USER_INPUT for a period that ends before it starts or spans over three years.',
    args: period,
    resolve: (_r, args, ctx) => salesSummary(ctx, checkPeriod(args)),
  }),
  salesReport: t.field({
    type: [SalesReportRow],
    authScopes: SALES_READERS,
    description: 'Paid orders of a period grouped by day, product, vendor or channel (at most 1000 rows, biggest first except by day).',
    args: { ...period, groupBy: t.arg({ type: SalesGroupingEnum, required: true }) },
    resolve: (_r, args, ctx) => salesReport(ctx, checkPeriod(args), args.groupBy),
  }),
  };
});
