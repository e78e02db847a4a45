import { AppError, ErrorCode, MAX_PAGE_SIZE, money, withUserErrors } from '@webwaka/kit';
import { zSale } from '../services/apply';
import { TENDERS } from '../services/events';
import { findSession, receiptByCode, resolveConflict } from '../services/reads';
import { posSettings } from '../services/settings';
import { zReport, type ZReport } from '../services/z-report';
import { asQuery, builder, POS_READERS } from './builder';
import { PosSettingsRef } from './cashiers';

export const PosTenderEnum = builder.enumType('PosTender', {
  values: {
    CASH: { description: 'Cash in the drawer (change is given from it).' },
    CARD: { description: 'A card on an external terminal (its reference).' },
    TRANSFER: { description: 'A bank transfer (its reference).' },
    MOBILE_MONEY: { description: 'Mobile money or a wallet (its reference).' },
    ON_ACCOUNT: { description: 'Pay later: a known customer owes it.' },
    POINTS: { description: 'The customer’s loyalty points, through a hold the till took online (decision 0080); the reference is the hold’s id.' },
    GIFT_CARD: { description: 'A gift card, through a hold the till took online (decision 0080); the reference is the hold’s id.' },
  },
});
export const PosSaleKindEnum = builder.enumType('PosSaleKind', { values: ['SALE', 'RETURN'] as const });
export const PosConflictKindEnum = builder.enumType('PosConflictKind', {
  values: {
    PRICE_CHANGED: { description: 'Charged other than today’s POS price (the sale keeps what was charged).' },
    DISCOUNT_OVER_LIMIT: { description: 'A discount above the cashier’s limit without a supervisor.' },
    UNAPPROVED_RETURN: { description: 'A return without a supervisor.' },
    ARITHMETIC: { description: 'Lines, tax, tenders or change that do not add up, or more returned than sold.' },
    UNKNOWN_REFERENCE: { description: 'A session, cashier or sale the event names is unknown.' },
    SEQUENCE_REUSED: { description: 'The till used a sequence number twice.' },
    COUPON_MISMATCH: { description: 'The sale names a coupon the shop does not have, or takes off other than its rules give (decision 0071); its use is not counted.' },
    HOLD_REFUSED: { description: 'A points or gift-card tender whose hold could not be captured for the sale (expired before sync, released, another sale’s; decision 0080): nothing was spent.' },
  },
});

type TenderRow = { tender: (typeof TENDERS)[number]; amount: string; reference: string | null };
type Currency = { currency: string };

const TenderRef = builder.objectRef<TenderRow & Currency>('PosSaleTender').implement({
  fields: (t) => ({
    tender: t.field({ type: PosTenderEnum, resolve: (r) => r.tender }),
    amount: t.field({ type: builder.MoneyRef, resolve: (r) => money(BigInt(r.amount), r.currency) }),
    reference: t.exposeString('reference', { nullable: true }),
  }),
});

type LineRow = { variantId: string; sku: string; title: string; quantity: number; unitPrice?: string; discount?: string; amount?: string; tax: string; total?: string; catalogUnitPrice?: string | null; restock?: boolean };
const LineRef = builder.objectRef<LineRow & Currency>('PosSaleLine').implement({
  fields: (t) => ({
    variantId: t.exposeID('variantId'),
    sku: t.exposeString('sku'),
    title: t.exposeString('title'),
    quantity: t.exposeInt('quantity'),
    unitPrice: t.field({ type: builder.MoneyRef, nullable: true, description: 'As charged (a sale’s line).', resolve: (l) => (l.unitPrice ? money(BigInt(l.unitPrice), l.currency) : null) }),
    catalogUnitPrice: t.field({ type: builder.MoneyRef, nullable: true, description: 'The POS price list’s when the sale synced.', resolve: (l) => (l.catalogUnitPrice ? money(BigInt(l.catalogUnitPrice), l.currency) : null) }),
    discount: t.field({ type: builder.MoneyRef, nullable: true, resolve: (l) => (l.discount ? money(BigInt(l.discount), l.currency) : null) }),
    tax: t.field({ type: builder.MoneyRef, resolve: (l) => money(BigInt(l.tax), l.currency) }),
    total: t.field({ type: builder.MoneyRef, description: 'Paid (a sale) or refunded (a return), tax included.', resolve: (l) => money(BigInt(l.total ?? l.amount ?? '0'), l.currency) }),
    restock: t.exposeBoolean('restock', { nullable: true, description: 'A return’s line: back on the shelf (true) or written off.' }),
  }),
});

export const PosConflict = builder.prismaObject('PosConflict', {
  description: 'Something a till did that a manager should look at; the sale stands.',
  fields: (t) => ({
    id: t.exposeID('id'),
    deviceId: t.exposeID('deviceId'),
    saleId: t.exposeID('saleId', { nullable: true }),
    receiptNumber: t.loadable({
      type: 'String',
      nullable: true,
      description: 'The receipt of the sale or return it is about.',
      // One query for every conflict in the answer.
      load: async (ids: string[], ctx) => {
        const sales = await ctx.prisma.posSale.findMany({ where: { id: { in: ids }, tenantId: ctx.tenantId! }, select: { id: true, receiptNumber: true } });
        const byId = new Map(sales.map((x) => [x.id, x.receiptNumber]));
        return ids.map((id) => byId.get(id) ?? null);
      },
      resolve: (c) => c.saleId,
    }),
    kind: t.field({ type: PosConflictKindEnum, resolve: (c) => c.kind }),
    message: t.exposeString('message'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    resolvedAt: t.expose('resolvedAt', { type: 'DateTime', nullable: true }),
    resolution: t.exposeString('resolution', { nullable: true }),
  }),
});

export const PosSale = builder.prismaObject('PosSale', {
  description: 'A sale or a return made at a till, as charged.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: PosSaleKindEnum, resolve: (s) => s.kind }),
    receiptNumber: t.exposeString('receiptNumber'),
    receiptCode: t.exposeString('receiptCode', { description: 'The short link’s code: /r/<tenant>/<code>.' }),
    deviceId: t.exposeID('deviceId'),
    sessionId: t.exposeID('sessionId'),
    // Who sold it and to whom: for the business, not for whoever holds a receipt link.
    cashierId: t.exposeID('cashierId', { nullable: true, authScopes: POS_READERS }),
    customerUserId: t.exposeID('customerUserId', { nullable: true, authScopes: POS_READERS }),
    returnOfId: t.exposeID('returnOfId', { nullable: true }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
    syncedAt: t.expose('syncedAt', { type: 'DateTime' }),
    subtotal: t.field({ type: builder.MoneyRef, resolve: (s) => money(s.subtotal, s.currency) }),
    discount: t.field({ type: builder.MoneyRef, resolve: (s) => money(s.discount, s.currency) }),
    tax: t.field({ type: builder.MoneyRef, resolve: (s) => money(s.tax, s.currency) }),
    total: t.field({ type: builder.MoneyRef, resolve: (s) => money(s.total, s.currency) }),
    change: t.field({ type: builder.MoneyRef, resolve: (s) => money(s.change, s.currency) }),
    priceDifference: t.field({ type: builder.MoneyRef, nullable: true, description: 'Today’s POS prices less what was charged, when they differ.', resolve: (s) => (s.priceDifference === null ? null : money(s.priceDifference, s.currency)) }),
    lines: t.field({ type: [LineRef], resolve: (s) => (s.lines as LineRow[]).map((l) => ({ ...l, currency: s.currency })) }),
    tenders: t.field({ type: [TenderRef], resolve: (s) => (s.tenders as TenderRow[]).map((x) => ({ ...x, currency: s.currency })) }),
  }),
});

const TenderTotalRef = builder.objectRef<{ tender: (typeof TENDERS)[number]; amount: bigint; count: number } & Currency>('PosTenderTotal').implement({
  fields: (t) => ({
    tender: t.field({ type: PosTenderEnum, resolve: (r) => r.tender }),
    amount: t.field({ type: builder.MoneyRef, description: 'Taken less refunded (cash net of change).', resolve: (r) => money(r.amount, r.currency) }),
    count: t.exposeInt('count'),
  }),
});

const ZReportRef = builder.objectRef<ZReport & Currency>('ZReport').implement({
  description: 'A till session’s totals: sales and refunds by tender, cash movements, expected against counted cash.',
  fields: (t) => {
    const m = (name: 'sales' | 'discounts' | 'tax' | 'refunds' | 'netSales' | 'payIns' | 'payOuts' | 'openingFloat' | 'expectedCash', description?: string) =>
      t.field({ type: builder.MoneyRef, description, resolve: (r) => money(r[name], r.currency) });
    return {
      salesCount: t.exposeInt('salesCount'),
      returnsCount: t.exposeInt('returnsCount'),
      sales: m('sales', 'Sales, tax included, after discounts.'),
      discounts: m('discounts'),
      tax: m('tax', 'Tax on sales less tax refunded.'),
      refunds: m('refunds'),
      netSales: m('netSales'),
      byTender: t.field({ type: [TenderTotalRef], resolve: (r) => r.byTender.map((x) => ({ ...x, currency: r.currency })) }),
      payIns: m('payIns'),
      payOuts: m('payOuts'),
      openingFloat: m('openingFloat'),
      expectedCash: m('expectedCash', 'Float + cash taken − change − cash refunded + pay-ins − pay-outs.'),
      countedCash: t.field({ type: builder.MoneyRef, nullable: true, resolve: (r) => (r.countedCash === null ? null : money(r.countedCash, r.currency)) }),
      overShort: t.field({ type: builder.MoneyRef, nullable: true, description: 'Counted less expected: positive over, negative short.', resolve: (r) => (r.overShort === null ? null : money(r.overShort, r.currency)) }),
    };
  },
});

export const TillSessionStatusEnum = builder.enumType('TillSessionStatus', { values: ['OPEN', 'CLOSED'] as const });

export const TillSession = builder.prismaObject('TillSession', {
  description: 'A till’s session from opening float to count.',
  fields: (t) => ({
    id: t.exposeID('id'),
    deviceId: t.exposeID('deviceId'),
    number: t.exposeInt('number'),
    status: t.field({ type: TillSessionStatusEnum, resolve: (s) => s.status }),
    openedAt: t.expose('openedAt', { type: 'DateTime' }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
    openedById: t.exposeID('openedById', { nullable: true }),
    closedById: t.exposeID('closedById', { nullable: true }),
    openingFloat: t.field({ type: builder.MoneyRef, resolve: (s) => money(s.openingFloat, s.currency) }),
    countedCash: t.field({ type: builder.MoneyRef, nullable: true, resolve: (s) => (s.countedCash === null ? null : money(s.countedCash, s.currency)) }),
    expectedCash: t.field({ type: builder.MoneyRef, nullable: true, resolve: (s) => (s.expectedCash === null ? null : money(s.expectedCash, s.currency)) }),
    report: t.field({
      type: ZReportRef,
      description: 'The Z-report: as fixed at close, or so far for an open session.',
      resolve: async (s, _a, ctx) => {
        const [sales, movements] = await Promise.all([
          ctx.prisma.posSale.findMany({ where: { sessionId: s.id, tenantId: s.tenantId }, select: { kind: true, total: true, discount: true, tax: true, change: true, tenders: true } }),
          ctx.prisma.posCashMovement.findMany({ where: { sessionId: s.id, tenantId: s.tenantId }, select: { kind: true, amount: true } }),
        ]);
        return { ...zReport({ openingFloat: s.openingFloat, countedCash: s.countedCash }, sales.map(zSale), movements), currency: s.currency };
      },
    }),
  }),
});

builder.queryFields((t) => ({
  tillSessions: t.prismaConnection({
    type: 'TillSession',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: POS_READERS,
    description: 'Till sessions, newest first.',
    args: { deviceId: t.arg.id() },
    resolve: (query, _r, args, ctx) => ctx.prisma.tillSession.findMany({ ...query, where: { tenantId: ctx.tenantId!, ...(args.deviceId ? { deviceId: String(args.deviceId) } : {}) }, orderBy: { id: 'desc' } }),
  }),
  tillSession: t.prismaField({
    type: 'TillSession',
    authScopes: POS_READERS,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_q, _r, { id }, ctx) => asQuery(() => findSession(ctx, String(id))),
  }),
  posSales: t.prismaConnection({
    type: 'PosSale',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: POS_READERS,
    description: 'Sales and returns made at tills, newest synced first.',
    args: { deviceId: t.arg.id(), sessionId: t.arg.id() },
    resolve: (query, _r, args, ctx) =>
      ctx.prisma.posSale.findMany({
        ...query,
        where: { tenantId: ctx.tenantId!, ...(args.deviceId ? { deviceId: String(args.deviceId) } : {}), ...(args.sessionId ? { sessionId: String(args.sessionId) } : {}) },
        orderBy: { id: 'desc' },
      }),
  }),
  posConflicts: t.prismaField({
    type: ['PosConflict'],
    authScopes: POS_READERS,
    description: 'What tills did that a manager should look at, newest first (the latest 100).',
    args: { open: t.arg.boolean({ description: 'Only those not yet resolved (true) or only resolved (false).' }) },
    resolve: (query, _r, args, ctx) =>
      ctx.prisma.posConflict.findMany({ ...query, where: { tenantId: ctx.tenantId!, ...(typeof args.open === 'boolean' ? { resolvedAt: args.open ? null : { not: null } } : {}) }, orderBy: { id: 'desc' }, take: MAX_PAGE_SIZE }),
  }),
}));

builder.mutationFields((t) => ({
  resolvePosConflict: t.field({
    type: builder.payloadObject<{ conflict: any }>('ResolvePosConflictPayload', (p) => ({ conflict: p.field({ type: PosConflict, nullable: true, resolve: (x) => x.conflict ?? null }) })),
    authScopes: { roles: POS_READERS.roles },
    args: { id: t.arg.id({ required: true }), note: t.arg.string({ required: true }) },
    resolve: (_r, { id, note }, ctx) => withUserErrors(async () => ({ conflict: await resolveConflict(ctx, String(id), note) })),
  }),
}));

/** The receipt behind a short link: the sale, and what the shop prints on receipts. */
const PosReceiptRef = builder.objectRef<{ sale: any; settings: { receiptHeader: string; receiptFooter: string; vatNumber: string } }>('PosReceipt').implement({
  fields: (t) => ({
    sale: t.field({ type: PosSale, resolve: (r) => r.sale }),
    settings: t.field({ type: PosSettingsRef, resolve: (r) => r.settings }),
  }),
});

builder.queryFields((t) => ({
  posReceipt: t.field({
    type: PosReceiptRef,
    nullable: true,
    description: 'A receipt by its short link’s code (anyone with the link), or null.',
    args: { code: t.arg.string({ required: true }) },
    resolve: async (_r, { code }, ctx) => {
      if (!ctx.tenantId) throw new AppError(ErrorCode.TENANT_NOT_FOUND, 'Name the shop');
      const sale = await receiptByCode(ctx, code);
      return sale ? { sale, settings: await posSettings(ctx.prisma, ctx.tenantId) } : null;
    },
  }),
}));

