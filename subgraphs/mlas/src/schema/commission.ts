import { MAX_PAGE_SIZE, isUuid, requireTenant, type RequestContext } from '@webwaka/kit';
import { AbuseReasonEnum, AGENTS, AttributionSourceEnum, BeneficiaryEnum, builder, CommissionSourceEnum, CommissionStatusEnum, MLAS_READERS } from './builder';

const money = (amount: bigint, currency: string) => ({ amount, currency });

/** The recorded orders of commission lines (one query per field and request, however many lines), in key order. */
const loadOrderField =
  <K extends 'attribution' | 'orderNumber'>(field: K) =>
  async (orderIds: string[], ctx: RequestContext) => {
    const rows = await ctx.prisma.commissionOrder.findMany({
      where: { tenantId: requireTenant(ctx), orderId: { in: orderIds } },
      select: { orderId: true, attribution: true, orderNumber: true },
    });
    const byOrder = new Map(rows.map((r) => [r.orderId, r[field]]));
    return orderIds.map((id) => byOrder.get(id) ?? new Error(`order ${id} not found`));
  };

export const Commission = builder.prismaObject('Commission', {
  description: 'One beneficiary’s part of a commission pool: a vendor order’s (source ORDER) or an agent’s ticket sale’s (source TICKET).',
  fields: (t) => ({
    id: t.exposeID('id'),
    source: t.field({ type: CommissionSourceEnum, resolve: (c) => c.source }),
    orderId: t.exposeID('orderId', { nullable: true, description: 'The order (source ORDER).' }),
    vendorOrderId: t.exposeID('vendorOrderId', { nullable: true, description: 'The vendor order (source ORDER).' }),
    ticketId: t.exposeID('ticketId', { nullable: true, description: 'The ticket an agent sold (source TICKET).' }),
    beneficiary: t.field({ type: BeneficiaryEnum, resolve: (c) => c.beneficiary }),
    level: t.exposeInt('level', { description: 'Agent level (1 = the attributed agent); 0 for the others.' }),
    beneficiaryId: t.exposeID('beneficiaryId', { description: 'The agent’s user id, or the partner, client or platform tenant id.' }),
    agentId: t.exposeID('agentId', { nullable: true }),
    amount: t.field({ type: builder.MoneyRef, description: 'The share (for FLAGGED lines: what was withheld).', resolve: (c) => money(c.amount, c.currency) }),
    clawedBack: t.field({ type: builder.MoneyRef, description: 'Taken back by refunds so far.', resolve: (c) => money(c.clawedBack, c.currency) }),
    net: t.field({ type: builder.MoneyRef, description: 'amount − clawedBack (0 for FLAGGED lines: nothing is paid).', resolve: (c) => money(c.status === 'FLAGGED' ? 0n : c.amount - c.clawedBack, c.currency) }),
    status: t.field({ type: CommissionStatusEnum, resolve: (c) => c.status }),
    flagReason: t.field({ type: AbuseReasonEnum, nullable: true, resolve: (c) => c.flagReason ?? null }),
    attribution: t.loadable({
      type: AttributionSourceEnum,
      nullable: true,
      description: 'How the order was attributed; null for a ticket (the agent sold it in person).',
      // One query per request for every line's order.
      load: loadOrderField('attribution'),
      resolve: (c) => c.orderId ?? null,
    }),
    orderNumber: t.loadable({
      type: 'String',
      nullable: true,
      description: 'The number of the order (e.g. WW-000042) as the customer and the back office know it; null for a ticket.',
      load: loadOrderField('orderNumber'),
      resolve: (c) => c.orderId ?? null,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const CommissionFilter = builder.inputType('CommissionFilter', {
  fields: (t) => ({
    orderId: t.id(),
    ticketId: t.id(),
    agentId: t.id(),
    source: t.field({ type: CommissionSourceEnum }),
    status: t.field({ type: CommissionStatusEnum, description: 'FLAGGED lists the abuse flags.' }),
    beneficiary: t.field({ type: BeneficiaryEnum }),
  }),
});

/** A filter on an id that is not a UUID matches nothing (rather than failing the query). */
const idFilter = (v: string | number | null | undefined) => (v == null ? undefined : isUuid(String(v)) ? String(v) : '00000000-0000-0000-0000-000000000000');

builder.queryFields((t) => ({
  commissions: t.prismaConnection({
    type: 'Commission',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: MLAS_READERS,
    description: 'Every commission line of this tenant (orders sold here, tickets agents sold for it), newest first.',
    args: { filter: t.arg({ type: CommissionFilter }) },
    resolve: (query, _r, { filter }, ctx) =>
      ctx.prisma.commission.findMany({
        ...query,
        where: {
          tenantId: requireTenant(ctx),
          orderId: idFilter(filter?.orderId),
          ticketId: idFilter(filter?.ticketId),
          agentId: idFilter(filter?.agentId),
          ...(filter?.source ? { source: filter.source } : {}),
          ...(filter?.status ? { status: filter.status } : {}),
          ...(filter?.beneficiary ? { beneficiary: filter.beneficiary } : {}),
        },
        orderBy: { id: 'desc' },
      }),
  }),
  myCommissions: t.prismaConnection({
    type: 'Commission',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: AGENTS,
    description: 'Your commission lines as an agent here, newest first.',
    args: { status: t.arg({ type: CommissionStatusEnum }) },
    resolve: (query, _r, { status }, ctx) =>
      ctx.prisma.commission.findMany({
        ...query,
        where: { tenantId: requireTenant(ctx), beneficiary: 'AGENT', beneficiaryId: ctx.actor.userId!, ...(status ? { status } : {}) },
        orderBy: { id: 'desc' },
      }),
  }),
}));
