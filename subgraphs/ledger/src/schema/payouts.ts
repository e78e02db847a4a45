import { MAX_PAGE_SIZE, isUuid, requireTenant, withUserErrors } from '@webwaka/kit';
import { visibleAccountsWhere } from '../services/access';
import { createPayoutBatch, markPayoutItemFailed, markPayoutItemPaid, payoutPlan, payoutSettings, setPayoutSettings, submitPayoutBatch } from '../services/payouts';
import { ACCOUNT_READERS, BOOK_READERS, builder, PAYOUT_ADMINS, PayoutBatchStatusEnum, PayoutItemStatusEnum, PayoutScheduleEnum } from './builder';
import { readableAccount } from './account';

const PayoutThreshold = builder.objectRef<{ currency: string; minimum: { amount: bigint; currency: string } }>('PayoutThreshold').implement({
  fields: (t) => ({ currency: t.exposeString('currency'), minimum: t.field({ type: builder.MoneyRef, resolve: (x) => x.minimum }) }),
});

type SettingsShape = Awaited<ReturnType<typeof payoutSettings>>;
const PayoutSettings = builder.objectRef<SettingsShape>('PayoutSettings').implement({
  description: "How the book pays out what it owes: a minimum per currency (any positive balance where none is set) and a schedule.",
  fields: (t) => ({
    schedule: t.field({ type: PayoutScheduleEnum, resolve: (s) => s.schedule }),
    nextRunAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => s.nextRunAt }),
    thresholds: t.field({ type: [PayoutThreshold], resolve: (s) => s.thresholds.map((x) => ({ currency: x.currency, minimum: { amount: x.minimum, currency: x.currency } })) }),
  }),
});

export const PayoutItem = builder.prismaObject('PayoutItem', {
  description: 'One payment of a batch: the whole balance of one payable account.',
  fields: (t) => ({
    id: t.exposeID('id'),
    batchId: t.exposeID('batchId'),
    account: t.relation('account'),
    amount: t.field({ type: builder.MoneyRef, resolve: (i) => ({ amount: i.amount, currency: i.currency }) }),
    status: t.expose('status', { type: PayoutItemStatusEnum }),
    paidReference: t.exposeString('paidReference', { nullable: true }),
    failureReason: t.exposeString('failureReason', { nullable: true }),
    payoutEntryId: t.exposeID('payoutEntryId'),
    bankName: t.exposeString('bankName', { nullable: true, description: "The payee's bank when the batch was made (vendors)." }),
    accountNumberLast4: t.exposeString('accountLast4', { nullable: true, description: 'The last 4 digits of the payee account number (the only part ever shown).' }),
    heldAmount: t.field({ type: builder.MoneyRef, description: 'Held back from the balance: orders not yet delivered or inside the return window.', resolve: (i) => ({ amount: i.heldAmount, currency: i.currency }) }),
    settledEntryId: t.exposeID('settledEntryId', { nullable: true }),
    reversalEntryId: t.exposeID('reversalEntryId', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    resolvedAt: t.expose('resolvedAt', { type: 'DateTime', nullable: true }),
  }),
});

/** A payable account left out of a batch (or of the next one), and why (decision 0031). */
type PlanLineShape = { accountId: string; ownerType: string; ownerId: string; purpose: string; currency: string; balance: bigint; held: bigint; payable: bigint; bankName: string | null; accountNumberLast4: string | null; reason: string | null };
const PayoutPlanLine = builder.objectRef<PlanLineShape>('PayoutPlanLine').implement({
  description: 'A payable account: its balance, what is held back (undelivered orders, return window), what a batch pays it, and why not when it is left out.',
  fields: (t) => ({
    accountId: t.exposeID('accountId'),
    ownerType: t.exposeString('ownerType'),
    ownerId: t.exposeID('ownerId'),
    purpose: t.exposeString('purpose'),
    balance: t.field({ type: builder.MoneyRef, resolve: (l) => ({ amount: l.balance, currency: l.currency }) }),
    held: t.field({ type: builder.MoneyRef, resolve: (l) => ({ amount: l.held, currency: l.currency }) }),
    payable: t.field({ type: builder.MoneyRef, resolve: (l) => ({ amount: l.payable, currency: l.currency }) }),
    bankName: t.exposeString('bankName', { nullable: true }),
    accountNumberLast4: t.exposeString('accountNumberLast4', { nullable: true }),
    reason: t.exposeString('reason', { nullable: true, description: 'Why it is not paid now (null: it is).' }),
  }),
});

type HeldBackJson = { accountId: string; ownerType: string; ownerId: string; purpose: string; balance: string; held: string; reason: string | null };

export const PayoutBatch = builder.prismaObject('PayoutBatch', {
  fields: (t) => ({
    heldBack: t.field({
      type: [PayoutPlanLine],
      description: 'Payable accounts left out of this batch when it was made, and why.',
      resolve: (b) =>
        ((b.heldBack ?? []) as HeldBackJson[]).map((h) => ({ ...h, currency: b.currency, balance: BigInt(h.balance), held: BigInt(h.held), payable: 0n, bankName: null, accountNumberLast4: null })),
    }),
    id: t.exposeID('id'),
    currency: t.exposeString('currency'),
    status: t.expose('status', { type: PayoutBatchStatusEnum }),
    scheduledFor: t.expose('scheduledFor', { type: 'DateTime', nullable: true, description: "The schedule's run it was made for (null: made by hand)." }),
    total: t.field({ type: builder.MoneyRef, resolve: (b) => ({ amount: b.total, currency: b.currency }) }),
    items: t.relation('items', { query: { orderBy: { id: 'asc' } } }),
    createdByUserId: t.exposeID('createdByUserId', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.queryFields((t) => ({
  payoutSettings: t.field({ type: PayoutSettings, authScopes: BOOK_READERS, resolve: (_r, _a, ctx) => payoutSettings(ctx.prisma, requireTenant(ctx)) }),
  payoutBatches: t.prismaConnection({
    type: 'PayoutBatch',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: BOOK_READERS,
    description: "The book's payout batches, newest first.",
    args: { status: t.arg({ type: PayoutBatchStatusEnum }) },
    resolve: (query, _r, args, ctx) =>
      ctx.prisma.payoutBatch.findMany({ ...query, where: { tenantId: requireTenant(ctx), ...(args.status ? { status: args.status } : {}) }, orderBy: { id: 'desc' } }),
  }),
  payoutPlan: t.field({
    type: [PayoutPlanLine],
    authScopes: BOOK_READERS,
    description: 'What a batch made now would pay each payable account in the currency, with what is held back and why.',
    args: { currency: t.arg.string({ required: true }) },
    resolve: async (_r, { currency }, ctx) =>
      (await payoutPlan(ctx, currency)).map((l) => ({ ...l, bankName: l.bank?.bankName ?? null, accountNumberLast4: l.bank?.accountNumberLast4 ?? null })),
  }),
  payoutBatch: t.prismaField({
    type: 'PayoutBatch',
    nullable: true,
    authScopes: BOOK_READERS,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _r, { id }, ctx) => (isUuid(String(id)) ? ctx.prisma.payoutBatch.findFirst({ ...query, where: { id: String(id), tenantId: requireTenant(ctx) } }) : null),
  }),
  payoutItems: t.prismaConnection({
    type: 'PayoutItem',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: ACCOUNT_READERS,
    description: "Payouts to accounts the caller may read (an agent's or vendor's own), newest first; one account's with accountId.",
    args: { accountId: t.arg.id() },
    resolve: async (query, _r, args, ctx) => {
      const account = args.accountId ? await readableAccount(ctx, String(args.accountId)) : null;
      return ctx.prisma.payoutItem.findMany({
        ...query,
        where: { tenantId: requireTenant(ctx), ...(account ? { accountId: account.id } : { account: await visibleAccountsWhere(ctx) }) },
        orderBy: { id: 'desc' },
      });
    },
  }),
}));

const PayoutThresholdInput = builder.inputType('PayoutThresholdInput', {
  fields: (t) => ({ currency: t.string({ required: true }), minimum: t.field({ type: 'BigIntString', required: true, description: 'Minor units, > 0.' }) }),
});

const SetPayoutSettingsInput = builder.inputType('SetPayoutSettingsInput', {
  fields: (t) => ({
    schedule: t.field({ type: PayoutScheduleEnum, required: true }),
    nextRunAt: t.field({ type: 'DateTime', description: 'The first run (default: a week or a month from now).' }),
    thresholds: t.field({ type: [PayoutThresholdInput], description: 'Minimums to set (other currencies keep theirs).' }),
  }),
});

const PayoutSettingsPayload = builder.payloadObject<{ settings: SettingsShape }>('PayoutSettingsPayload', (t) => ({
  settings: t.field({ type: PayoutSettings, nullable: true, resolve: (p) => p.settings ?? null }),
}));
const PayoutBatchPayload = builder.payloadObject<{ batch: Awaited<ReturnType<typeof submitPayoutBatch>> }>('PayoutBatchPayload', (t) => ({
  batch: t.field({ type: PayoutBatch, nullable: true, resolve: (p) => p.batch ?? null }),
}));
const PayoutItemPayload = builder.payloadObject<{ item: Awaited<ReturnType<typeof markPayoutItemPaid>> }>('PayoutItemPayload', (t) => ({
  item: t.field({ type: PayoutItem, nullable: true, resolve: (p) => p.item ?? null }),
}));

builder.mutationFields((t) => ({
  setPayoutSettings: t.field({
    type: PayoutSettingsPayload,
    authScopes: PAYOUT_ADMINS,
    args: { input: t.arg({ type: SetPayoutSettingsInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ settings: await setPayoutSettings(ctx, input) })),
  }),
  createPayoutBatch: t.field({
    type: PayoutBatchPayload,
    authScopes: PAYOUT_ADMINS,
    description: 'A batch paying every payable balance of the book in the currency that reaches its minimum; each item is posted at once.',
    args: { currency: t.arg.string({ required: true }) },
    resolve: (_r, { currency }, ctx) => withUserErrors(async () => ({ batch: await createPayoutBatch(ctx, currency) })),
  }),
  submitPayoutBatch: t.field({
    type: PayoutBatchPayload,
    authScopes: PAYOUT_ADMINS,
    description: 'DRAFT -> PROCESSING: the batch was sent to the bank or provider.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => withUserErrors(async () => ({ batch: await submitPayoutBatch(ctx, String(id)) })),
  }),
  markPayoutItemPaid: t.field({
    type: PayoutItemPayload,
    authScopes: PAYOUT_ADMINS,
    args: { id: t.arg.id({ required: true }), reference: t.arg.string() },
    resolve: (_r, { id, reference }, ctx) => withUserErrors(async () => ({ item: await markPayoutItemPaid(ctx, String(id), reference) })),
  }),
  markPayoutItemFailed: t.field({
    type: PayoutItemPayload,
    authScopes: PAYOUT_ADMINS,
    description: 'The payment did not go through: its posting is reversed, so the balance is owed again.',
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: (_r, { id, reason }, ctx) => withUserErrors(async () => ({ item: await markPayoutItemFailed(ctx, String(id), reason) })),
  }),
}));
