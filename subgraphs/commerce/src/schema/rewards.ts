import { MAX_PAGE_SIZE, withUserErrors, ADMIN_ROLES, type RoleName } from '@webwaka/kit';
import { adjustPoints, balanceOf, pointsEarnedLastYear, programmeOf, saveProgramme, tierFor, type LoyaltyProgramme } from '../services/loyalty';
import { posCustomerPoints } from '../services/pos-rewards';
import { adjustStoreCredit, giftCardByCode, issueGiftCard, setGiftCardStatus, storeCreditOf } from '../services/stored-value';
import { builder, money } from './builder';
import { asQuery } from '@webwaka/kit';

/** Who issues gift cards, runs the loyalty programme and adjusts customers' balances: administrators (second factor). */
const REWARDS_ADMINS = { roles: [...ADMIN_ROLES] as RoleName[] };

const GiftCardStatusEnum = builder.enumType('GiftCardStatus', { values: ['ACTIVE', 'DISABLED'] as const });
const BalanceKindEnum = builder.enumType('BalanceKind', { values: ['GIFT_CARD', 'STORE_CREDIT', 'POINTS'] as const });

const GiftCard = builder.prismaObject('GiftCard', {
  fields: (t) => ({
    id: t.exposeID('id'),
    last4: t.exposeString('last4', { description: 'The code’s last four characters (the code itself is shown once, when issued).' }),
    initialValue: t.field({ type: builder.MoneyRef, resolve: (c) => money(c.initialValue, c.currency) }),
    balance: t.field({ type: builder.MoneyRef, resolve: (c) => money(c.balance, c.currency) }),
    status: t.field({ type: GiftCardStatusEnum, resolve: (c) => c.status }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true }),
    source: t.exposeString('source', { description: 'ISSUED, SOLD or REFUND.' }),
    recipientEmail: t.exposeString('recipientEmail', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const GiftCardBalance = builder.objectRef<{ last4: string; balance: bigint; currency: string; status: string; expiresAt: Date | null }>('GiftCardBalance').implement({
  description: 'What a gift card code is worth now: for whoever holds the code.',
  fields: (t) => ({
    last4: t.exposeString('last4'),
    balance: t.field({ type: builder.MoneyRef, resolve: (c) => money(c.balance, c.currency) }),
    status: t.field({ type: GiftCardStatusEnum, resolve: (c) => c.status as 'ACTIVE' | 'DISABLED' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true }),
  }),
});

const LoyaltyTier = builder.objectRef<{ name: string; minPoints: number; multiplierBps: number }>('LoyaltyTier').implement({
  fields: (t) => ({ name: t.exposeString('name'), minPoints: t.exposeInt('minPoints'), multiplierBps: t.exposeInt('multiplierBps') }),
});

const LoyaltyProgrammeRef = builder.objectRef<LoyaltyProgramme>('LoyaltyProgramme').implement({
  description: 'How a shop rewards its customers: points per amount spent, what a point is worth, expiry and tiers.',
  fields: (t) => ({
    enabled: t.exposeBoolean('enabled'),
    currency: t.exposeString('currency'),
    spendPerPoint: t.field({ type: builder.MoneyRef, description: 'Spending (goods, after discounts) that earns one point.', resolve: (p) => money(p.spendPerPoint, p.currency) }),
    pointValue: t.field({ type: builder.MoneyRef, description: 'What a point is worth when spent.', resolve: (p) => money(p.pointValue, p.currency) }),
    expiryDays: t.exposeInt('expiryDays', { description: 'Days a point lives after it is earned; 0: forever.' }),
    maxRedeemBps: t.exposeInt('maxRedeemBps', { description: 'The most of an order points may pay, in basis points.' }),
    tiers: t.field({ type: [LoyaltyTier], resolve: (p) => p.tiers }),
  }),
});

interface Movement {
  id: string;
  kind: 'GIFT_CARD' | 'STORE_CREDIT' | 'POINTS';
  amount: bigint;
  reason: string;
  note: string | null;
  expiresAt: Date | null;
  createdAt: Date;
}
const BalanceMovementRef = builder.objectRef<Movement & { currency: string }>('BalanceMovement').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: BalanceKindEnum, resolve: (m) => m.kind }),
    points: t.int({ nullable: true, description: 'Points in (+) or out (−), for POINTS.', resolve: (m) => (m.kind === 'POINTS' ? Number(m.amount) : null) }),
    amount: t.field({ type: builder.MoneyRef, nullable: true, description: 'Money in (+) or out (−), for STORE_CREDIT.', resolve: (m) => (m.kind === 'POINTS' ? null : money(m.amount, m.currency)) }),
    reason: t.exposeString('reason', { description: 'EARN, REDEEM, RELEASE, CLAWBACK, EXPIRE, ADJUST, REFUND.' }),
    note: t.exposeString('note', { nullable: true }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

interface Rewards {
  tenantId: string;
  userId: string;
}
const CustomerRewards = builder.objectRef<Rewards>('CustomerRewards').implement({
  description: 'A customer’s points and store credit at this shop.',
  fields: (t) => ({
    userId: t.exposeID('userId'),
    points: t.int({ resolve: (r, _a, ctx) => balanceOf(ctx.prisma, r.tenantId, r.userId) }),
    pointsValue: t.field({
      type: builder.MoneyRef,
      resolve: async (r, _a, ctx) => {
        const p = await programmeOf(ctx.prisma, r.tenantId);
        return money(BigInt(await balanceOf(ctx.prisma, r.tenantId, r.userId)) * p.pointValue, p.currency);
      },
    }),
    tier: t.string({
      nullable: true,
      resolve: async (r, _a, ctx) => tierFor((await programmeOf(ctx.prisma, r.tenantId)).tiers, await pointsEarnedLastYear(ctx.prisma, r.tenantId, r.userId))?.name ?? null,
    }),
    pointsEarnedLastYear: t.int({ resolve: (r, _a, ctx) => pointsEarnedLastYear(ctx.prisma, r.tenantId, r.userId) }),
    storeCredit: t.field({
      type: builder.MoneyRef,
      args: { currency: t.arg.string() },
      resolve: async (r, args, ctx) => {
        const currency = args.currency ?? (await programmeOf(ctx.prisma, r.tenantId)).currency;
        return money(await storeCreditOf(ctx, r.tenantId, r.userId, currency), currency);
      },
    }),
    history: t.field({
      type: [BalanceMovementRef],
      description: 'Points and store credit in and out, newest first (the last 100).',
      resolve: async (r, _a, ctx) => {
        const currency = (await programmeOf(ctx.prisma, r.tenantId)).currency;
        const rows = await ctx.prisma.balanceMovement.findMany({ where: { tenantId: r.tenantId, userId: r.userId, kind: { in: ['POINTS', 'STORE_CREDIT'] } }, orderBy: { id: 'desc' }, take: 100 });
        return rows.map((m) => ({ ...m, currency }));
      },
    }),
  }),
});

const PosCustomerPointsRef = builder.objectRef<Awaited<ReturnType<typeof posCustomerPoints>>>('PosCustomerPoints').implement({
  inaccessible: true,
  fields: (t) => ({
    enabled: t.exposeBoolean('enabled'),
    points: t.exposeInt('points'),
    value: t.string({ description: 'Minor units.', resolve: (p) => p.value.toString() }),
    currency: t.exposeString('currency'),
  }),
});

builder.queryFields((t) => ({
  giftCards: t.prismaConnection({
    type: 'GiftCard',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: REWARDS_ADMINS,
    description: 'The shop’s gift cards, newest first.',
    resolve: (query, _r, _a, ctx) => ctx.prisma.giftCard.findMany({ ...query, where: { tenantId: ctx.tenantId! }, orderBy: { id: 'desc' } }),
  }),
  giftCardBalance: t.field({
    type: GiftCardBalance,
    nullable: true,
    description: 'What a gift card code is worth at this shop now (null: no such card here).',
    args: { code: t.arg.string({ required: true }) },
    resolve: (_r, { code }, ctx) => asQuery(() => giftCardByCode(ctx, ctx.tenantId!, code.slice(0, 40))),
  }),
  loyaltyProgramme: t.field({
    type: LoyaltyProgrammeRef,
    description: 'This shop’s loyalty programme (enabled false: none).',
    resolve: (_r, _a, ctx) => asQuery(() => programmeOf(ctx.prisma, ctx.tenantId!)),
  }),
  myRewards: t.field({
    type: CustomerRewards,
    authScopes: { authenticated: true },
    resolve: (_r, _a, ctx) => ({ tenantId: ctx.tenantId!, userId: ctx.actor.kind === 'user' ? ctx.actor.userId! : '' }),
  }),
  customerRewards: t.field({
    type: CustomerRewards,
    authScopes: REWARDS_ADMINS,
    args: { userId: t.arg.id({ required: true }) },
    resolve: (_r, { userId }, ctx) => ({ tenantId: ctx.tenantId!, userId: String(userId) }),
  }),
  posCustomerPoints: t.field({
    type: PosCustomerPointsRef,
    inaccessible: true,
    authScopes: { apiScope: 'commerce:pos-rewards' },
    description: 'Service-only (pos, for a till that found this customer): their points and what they are worth (decision 0080).',
    args: { userId: t.arg.id({ required: true }) },
    resolve: (_r, { userId }, ctx) => asQuery(() => posCustomerPoints(ctx, String(userId))),
  }),
}));

const IssueGiftCardInput = builder.inputType('IssueGiftCardInput', {
  fields: (t) => ({
    amount: t.field({ type: 'BigIntString', required: true, description: 'Minor units.' }),
    currency: t.string({ required: true }),
    expiresAt: t.field({ type: 'DateTime' }),
    recipientEmail: t.string(),
    note: t.string(),
    idempotencyKey: t.string({ required: true }),
  }),
});
const LoyaltyTierInput = builder.inputType('LoyaltyTierInput', { fields: (t) => ({ name: t.string({ required: true }), minPoints: t.int({ required: true }), multiplierBps: t.int({ required: true }) }) });
const SaveLoyaltyProgrammeInput = builder.inputType('SaveLoyaltyProgrammeInput', {
  fields: (t) => ({
    enabled: t.boolean(),
    currency: t.string(),
    spendPerPoint: t.field({ type: 'BigIntString' }),
    pointValue: t.field({ type: 'BigIntString' }),
    expiryDays: t.int(),
    maxRedeemBps: t.int(),
    tiers: t.field({ type: [LoyaltyTierInput] }),
  }),
});
const AdjustStoreCreditInput = builder.inputType('AdjustStoreCreditInput', {
  fields: (t) => ({ userId: t.id({ required: true }), amount: t.field({ type: 'BigIntString', required: true, description: 'Minor units; negative takes back.' }), currency: t.string({ required: true }), note: t.string({ required: true }), idempotencyKey: t.string({ required: true }) }),
});
const AdjustPointsInput = builder.inputType('AdjustPointsInput', {
  fields: (t) => ({ userId: t.id({ required: true }), points: t.int({ required: true, description: 'Negative takes back.' }), note: t.string({ required: true }), idempotencyKey: t.string({ required: true }) }),
});

builder.mutationFields((t) => ({
  issueGiftCard: t.field({
    type: builder.payloadObject<{ giftCard: any; code: string | null }>('IssueGiftCardPayload', (p) => ({
      giftCard: p.field({ type: GiftCard, nullable: true, resolve: (x) => x.giftCard ?? null }),
      code: p.string({ nullable: true, description: 'The code, this once (null when the same request is repeated).', resolve: (x) => x.code ?? null }),
    })),
    authScopes: REWARDS_ADMINS,
    description: 'Issues a gift card (a promotion, a prize, a replacement): its value is a discount expense until spent.',
    args: { input: t.arg({ type: IssueGiftCardInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      withUserErrors(async () => {
        const { card, code } = await issueGiftCard(ctx, { ...input, amount: BigInt(input.amount), expiresAt: input.expiresAt ?? null });
        return { giftCard: card, code };
      }),
  }),
  setGiftCardStatus: t.field({
    type: builder.payloadObject<{ giftCard: any }>('SetGiftCardStatusPayload', (p) => ({ giftCard: p.field({ type: GiftCard, nullable: true, resolve: (x) => x.giftCard ?? null }) })),
    authScopes: REWARDS_ADMINS,
    description: 'Disables a card (lost, stolen, fraud) or enables it again; its balance stays.',
    args: { id: t.arg.id({ required: true }), status: t.arg({ type: GiftCardStatusEnum, required: true }) },
    resolve: (_r, args, ctx) => withUserErrors(async () => ({ giftCard: await setGiftCardStatus(ctx, String(args.id), args.status) })),
  }),
  saveLoyaltyProgramme: t.field({
    type: builder.payloadObject<{ programme: LoyaltyProgramme | null }>('SaveLoyaltyProgrammePayload', (p) => ({ programme: p.field({ type: LoyaltyProgrammeRef, nullable: true, resolve: (x) => x.programme ?? null }) })),
    authScopes: REWARDS_ADMINS,
    args: { input: t.arg({ type: SaveLoyaltyProgrammeInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      withUserErrors(async () => ({
        programme: await saveProgramme(ctx, {
          enabled: input.enabled ?? undefined,
          currency: input.currency ?? undefined,
          spendPerPoint: input.spendPerPoint == null ? undefined : BigInt(input.spendPerPoint),
          pointValue: input.pointValue == null ? undefined : BigInt(input.pointValue),
          expiryDays: input.expiryDays ?? undefined,
          maxRedeemBps: input.maxRedeemBps ?? undefined,
          tiers: input.tiers ?? undefined,
        }),
      })),
  }),
  adjustStoreCredit: t.field({
    type: builder.payloadObject<{ rewards: Rewards | null }>('AdjustStoreCreditPayload', (p) => ({ rewards: p.field({ type: CustomerRewards, nullable: true, resolve: (x) => x.rewards ?? null }) })),
    authScopes: REWARDS_ADMINS,
    args: { input: t.arg({ type: AdjustStoreCreditInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      withUserErrors(async () => {
        await adjustStoreCredit(ctx, { ...input, userId: String(input.userId), amount: BigInt(input.amount) });
        return { rewards: { tenantId: ctx.tenantId!, userId: String(input.userId) } };
      }),
  }),
  adjustPoints: t.field({
    type: builder.payloadObject<{ rewards: Rewards | null }>('AdjustPointsPayload', (p) => ({ rewards: p.field({ type: CustomerRewards, nullable: true, resolve: (x) => x.rewards ?? null }) })),
    authScopes: REWARDS_ADMINS,
    args: { input: t.arg({ type: AdjustPointsInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      withUserErrors(async () => {
        await adjustPoints(ctx, { ...input, userId: String(input.userId) });
        return { rewards: { tenantId: ctx.tenantId!, userId: String(input.userId) } };
      }),
  }),
}));
