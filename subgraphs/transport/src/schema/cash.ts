import { AppError, ErrorCode, isUuid, MAX_PAGE_SIZE, money, withUserErrors } from '@webwaka/kit';
import { agentCashPositions, handInsWhere, myCashPositions, recentHandIns, recordCashHandIn, type CashHandInRow, type CashPosition } from '../services/cash';
import { AGENTS, asQuery, builder, TRANSPORT_READERS } from './builder';

/**
 * Who records cash handed in: the operator's administrators and staff, signed in — the receiver of the
 * cash is a person who answers for it, so integration keys cannot record it.
 */
const CASH_RECEIVERS = { roles: TRANSPORT_READERS.roles };
const MAX_RECENT = 20;

export const CashHandIn = builder.prismaObject('CashHandIn', {
  description: 'Cash an agent handed to the operator’s office.',
  fields: (t) => ({
    id: t.exposeID('id'),
    operatorTenantId: t.exposeID('tenantId'),
    agentUserId: t.exposeID('agentUserId'),
    amount: t.field({ type: builder.MoneyRef, resolve: (h) => money(h.amount, h.currency) }),
    note: t.exposeString('note', { nullable: true }),
    receivedByUserId: t.exposeID('receivedByUserId'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const CashPositionRef = builder.objectRef<CashPosition>('AgentCashPosition').implement({
  description: 'The operator’s cash an agent holds in one currency: taken in ticketed cash sales, minus what the agent handed in.',
  fields: (t) => ({
    operatorTenantId: t.exposeID('operatorTenantId'),
    agentUserId: t.exposeID('agentUserId'),
    currency: t.exposeString('currency'),
    taken: t.field({ type: builder.MoneyRef, resolve: (p) => money(p.taken, p.currency) }),
    handedIn: t.field({ type: builder.MoneyRef, resolve: (p) => money(p.handedIn, p.currency) }),
    outstanding: t.field({ type: builder.MoneyRef, resolve: (p) => money(p.outstanding, p.currency) }),
    lastHandInAt: t.expose('lastHandInAt', { type: 'DateTime', nullable: true }),
    recentHandIns: t.loadableList({
      type: CashHandIn,
      description: `The latest hand-ins in this currency, newest first (at most ${MAX_RECENT}).`,
      args: { first: t.arg.int({ defaultValue: 5 }) },
      // One query for every position in the answer, not one per agent. The key carries `first`.
      load: async (keys: string[], ctx) => {
        const wanted = keys.map((key) => JSON.parse(key) as [string, string, string, number]);
        const most = Math.max(...wanted.map((w) => w[3]));
        const lists = await recentHandIns(ctx.prisma, wanted.map(([tenantId, agentUserId, currency]) => ({ tenantId, agentUserId, currency })), most);
        return lists.map((list, i) => list.slice(0, wanted[i][3]));
      },
      resolve: (p, args) => JSON.stringify([p.operatorTenantId, p.agentUserId, p.currency, Math.min(Math.max(args.first ?? 5, 0), MAX_RECENT)]),
    }),
  }),
});

builder.queryFields((t) => ({
  agentCashPositions: t.field({
    type: [CashPositionRef],
    authScopes: TRANSPORT_READERS,
    description: 'Every agent who took cash for this operator or handed some in, per currency; the largest outstanding first.',
    resolve: (_r, _a, ctx) => asQuery(() => agentCashPositions(ctx)),
  }),
  cashHandIns: t.prismaConnection({
    type: 'CashHandIn',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: TRANSPORT_READERS,
    description: 'Cash handed in to this operator, newest first; optionally one agent’s.',
    args: { agentUserId: t.arg.id() },
    resolve: (query, _r, args, ctx) => {
      const agentUserId = args.agentUserId ? String(args.agentUserId) : null;
      if (agentUserId && !isUuid(agentUserId)) throw new AppError(ErrorCode.BAD_USER_INPUT, 'agentUserId must be a user id');
      return ctx.prisma.cashHandIn.findMany({ ...query, where: handInsWhere(ctx, agentUserId), orderBy: { id: 'desc' } });
    },
  }),
  myCashPosition: t.field({
    type: [CashPositionRef],
    authScopes: AGENTS,
    description: 'The signed-in agent’s own cash positions: one per operator it sells for here and currency.',
    resolve: (_r, _a, ctx) => asQuery(() => myCashPositions(ctx)),
  }),
}));

const RecordCashHandInInput = builder.inputType('RecordCashHandInInput', {
  fields: (t) => ({
    agentUserId: t.id({ required: true }),
    amount: t.field({ type: 'BigIntString', required: true, description: 'Minor units handed in: more than 0, at most the outstanding amount.' }),
    currency: t.string({ required: true, description: 'The position’s currency (ISO 4217).' }),
    idempotencyKey: t.string({ required: true, description: 'A new key per hand-in (made when the form is shown): a repeat with the same key and input records once.' }),
    note: t.string({ description: 'E.g. the receipt number (at most 500 characters).' }),
  }),
});

const RecordCashHandInPayload = builder.payloadObject<{ handIn: CashHandInRow; position: CashPosition }>('RecordCashHandInPayload', (t) => ({
  handIn: t.field({ type: CashHandIn, nullable: true, resolve: (p) => p.handIn ?? null }),
  position: t.field({ type: CashPositionRef, nullable: true, description: 'The agent’s position in that currency afterwards.', resolve: (p) => p.position ?? null }),
}));

builder.mutationField('recordCashHandIn', (t) =>
  t.field({
    type: RecordCashHandInPayload,
    authScopes: CASH_RECEIVERS,
    description: 'Records cash an agent handed to the operator (HAND_IN_EXCEEDS_CASH_HELD above the outstanding amount) and books it in the ledger.',
    args: { input: t.arg({ type: RecordCashHandInInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      withUserErrors(() => recordCashHandIn(ctx, { agentUserId: String(input.agentUserId), amount: input.amount, currency: input.currency, idempotencyKey: input.idempotencyKey, note: input.note })),
  }),
);
