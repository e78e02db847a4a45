import { MAX_PAGE_SIZE, grantsOf, isUuid, money, requireTenant, withUserErrors, type RequestContext } from '@webwaka/kit';
import { allotSeats, releaseAllotment, syncAgentSales, MAX_SALES_PER_SYNC, type SyncResult } from '../services/agents';
import { visibleOperators } from '../services/scope';
import { AGENT_READERS, AGENTS, builder, TRANSPORT_MANAGERS } from './builder';
import { Ticket } from './bookings';

/**
 * Readers of the tenant see every agent's allotments and sales; anyone else (the AGENT_READERS gate
 * leaves agents) only their own, whatever other role they hold as well (kit grants.ts).
 */
const agentScope = (ctx: RequestContext): { tenantId: string; agentUserId?: string } => {
  const g = grantsOf(ctx.actor, ['transport:read']);
  return { tenantId: requireTenant(ctx), ...(g.tenantWide ? {} : { agentUserId: g.agent ?? NO_USER }) };
};
/** Matches no agent (a caller the gate let through without the AGENT role: none today). */
const NO_USER = '00000000-0000-0000-0000-000000000000';

export const AgentAllotment = builder.prismaObject('AgentAllotment', {
  description: 'Seats of a trip set aside for one agent: nobody else can hold or sell them.',
  fields: (t) => ({
    id: t.exposeID('id'),
    tripId: t.exposeID('tripId'),
    agentUserId: t.exposeID('agentUserId'),
    releasedAt: t.expose('releasedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    seatLabels: t.stringList({
      description: 'The seats it holds now (unsold ones go back when it is released).',
      resolve: async (a, _x, ctx) => (await ctx.prisma.tripSeat.findMany({ where: { allotmentId: a.id }, orderBy: { label: 'asc' }, select: { label: true } })).map((s) => s.label),
    }),
    soldSeatLabels: t.stringList({
      resolve: async (a, _x, ctx) => (await ctx.prisma.tripSeat.findMany({ where: { allotmentId: a.id, status: 'SOLD' }, orderBy: { label: 'asc' }, select: { label: true } })).map((s) => s.label),
    }),
  }),
});

const AgentSaleStatusEnum = builder.enumType('AgentSaleStatus', {
  values: {
    APPLIED: { description: 'The seat was sold and ticketed.' },
    CONFLICT: { description: 'The cash was taken but the seat could not be issued (see conflictReason): someone must sort it out.' },
  },
});

export const AgentSale = builder.prismaObject('AgentSale', {
  fields: (t) => ({
    id: t.exposeID('id'),
    clientSaleId: t.exposeString('clientSaleId'),
    agentUserId: t.exposeID('agentUserId'),
    tripId: t.exposeID('tripId'),
    seatLabel: t.exposeString('seatLabel'),
    passengerName: t.exposeString('passengerName'),
    amountPaid: t.field({ type: builder.MoneyRef, resolve: (s) => money(s.amountPaid, s.currency) }),
    soldAt: t.expose('soldAt', { type: 'DateTime' }),
    status: t.expose('status', { type: AgentSaleStatusEnum }),
    conflictReason: t.exposeString('conflictReason', { nullable: true, description: 'NOT_IN_ALLOTMENT, ALREADY_SOLD, UNKNOWN_SEAT or UNKNOWN_TRIP.' }),
    ticket: t.prismaField({ type: 'Ticket', nullable: true, resolve: (query, s, _a, ctx) => (s.ticketId ? ctx.prisma.ticket.findUnique({ ...query, where: { id: s.ticketId } }) : null) }),
  }),
});

const SyncStatusEnum = builder.enumType('AgentSaleSyncStatus', {
  values: {
    APPLIED: { description: 'Sold now.' },
    CONFLICT: { description: 'Recorded now as a conflict; the seat was not sold.' },
    DUPLICATE: { description: 'Synced before (same clientSaleId): `sale` is that outcome; nothing changed now.' },
  },
});

const AgentSaleResult = builder.objectRef<SyncResult>('AgentSaleResult').implement({
  fields: (t) => ({
    clientSaleId: t.exposeString('clientSaleId'),
    status: t.field({ type: SyncStatusEnum, resolve: (r) => r.status }),
    sale: t.field({ type: AgentSale, resolve: (r) => r.sale }),
  }),
});

builder.queryFields((t) => ({
  agentAllotments: t.prismaField({
    type: ['AgentAllotment'],
    authScopes: AGENT_READERS,
    description: 'Allotments, optionally of one trip (agents: their own).',
    args: { tripId: t.arg.id(), includeReleased: t.arg.boolean() },
    resolve: async (query, _r, args, ctx) => {
      const tripId = args.tripId ? String(args.tripId) : null;
      if (tripId && !isUuid(tripId)) return [];
      const scope = agentScope(ctx);
      // Allotments are the operators' rows; an agent selling through a motor park sees the ones it holds
      // on the trips of the operators that park lists (where its sales now sync).
      const where = scope.agentUserId ? { agentUserId: scope.agentUserId, tenantId: { in: await visibleOperators(ctx.prisma, scope.tenantId) } } : scope;
      return ctx.prisma.agentAllotment.findMany({ ...query, where: { ...where, ...(tripId ? { tripId } : {}), ...(args.includeReleased ? {} : { releasedAt: null }) }, orderBy: { id: 'desc' }, take: 200 });
    },
  }),
  agentSales: t.prismaConnection({
    type: 'AgentSale',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: AGENT_READERS,
    description: 'Agents’ synced sales, newest first; `status: CONFLICT` lists those to sort out (agents: their own).',
    args: { status: t.arg({ type: AgentSaleStatusEnum }) },
    resolve: (query, _r, args, ctx) => ctx.prisma.agentSale.findMany({ ...query, where: { ...agentScope(ctx), ...(args.status ? { status: args.status } : {}) }, orderBy: { id: 'desc' } }),
  }),
}));

const AllotSeatsInput = builder.inputType('AllotSeatsInput', {
  fields: (t) => ({ tripId: t.id({ required: true }), agentUserId: t.id({ required: true }), seatLabels: t.stringList({ required: true }) }),
});
const AgentSaleInput = builder.inputType('AgentSaleInput', {
  fields: (t) => ({
    clientSaleId: t.string({ required: true, description: 'The device’s id for this sale (a UUID is best): a sale counts once per clientSaleId.' }),
    tripId: t.id({ required: true }),
    seatLabel: t.string({ required: true }),
    passengerName: t.string({ required: true }),
    amountPaid: t.field({ type: 'BigIntString', required: true, description: 'Cash taken, minor units of the trip currency.' }),
    soldAt: t.field({ type: 'DateTime', required: true }),
  }),
});

const AllotmentPayload = builder.payloadObject<{ allotment: Awaited<ReturnType<typeof allotSeats>> }>('AllotmentPayload', (t) => ({
  allotment: t.field({ type: AgentAllotment, nullable: true, resolve: (p) => p.allotment ?? null }),
}));
const SyncAgentSalesPayload = builder.payloadObject<{ results: SyncResult[] }>('SyncAgentSalesPayload', (t) => ({
  results: t.field({ type: [AgentSaleResult], nullable: true, description: 'One per sale, in order.', resolve: (p) => p.results ?? null }),
}));

builder.mutationFields((t) => ({
  allotSeats: t.field({
    type: AllotmentPayload,
    authScopes: TRANSPORT_MANAGERS,
    description: 'Sets seats of a trip aside for an agent. All or nothing (SEAT_UNAVAILABLE).',
    args: { input: t.arg({ type: AllotSeatsInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ allotment: await allotSeats(ctx, { tripId: String(input.tripId), agentUserId: String(input.agentUserId), seatLabels: input.seatLabels }) })),
  }),
  releaseAllotment: t.field({
    type: AllotmentPayload,
    authScopes: TRANSPORT_MANAGERS,
    description: 'Gives an allotment’s unsold seats back to everyone. Idempotent.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => withUserErrors(async () => ({ allotment: await releaseAllotment(ctx, String(id)) })),
  }),
  syncAgentSales: t.field({
    type: SyncAgentSalesPayload,
    authScopes: AGENTS,
    description: `An agent’s device sends up to ${MAX_SALES_PER_SYNC} sales made (maybe offline) from their allotments, in order. Idempotent per clientSaleId; a sale that cannot be honoured is a CONFLICT, never a double-booked seat.`,
    args: { sales: t.arg({ type: [AgentSaleInput], required: true }) },
    resolve: (_r, { sales }, ctx) => withUserErrors(async () => ({ results: await syncAgentSales(ctx, sales.map((s) => ({ ...s, tripId: String(s.tripId) }))) })),
  }),
}));

