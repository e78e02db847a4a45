/**
 * Holds on points and gift cards for tills (decision 0080): service-only, for pos, which checks the till's
 * key and passes its device. Not in the gateway's API.
 */
import { asQuery } from '@webwaka/kit';
import { captureTillHolds, releaseTillHold, takeTillHold } from '../services/pos-holds';
import { sendTillPointsCode } from '../services/till-points-codes';
import { builder } from './builder';

const POS_SERVICE = { apiScope: 'commerce:pos-rewards' };
const HoldKindEnum = builder.enumType('TillHoldKind', { values: ['POINTS', 'GIFT_CARD'] as const, inaccessible: true });

type HoldRow = Awaited<ReturnType<typeof releaseTillHold>> & { points: number | null; giftCardBalance?: bigint | null; remainingPoints?: number | null };
const TillHoldRef = builder.objectRef<HoldRow & { remaining?: { points: number | null; giftCardBalance: bigint | null } }>('TillHold').implement({
  inaccessible: true,
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: HoldKindEnum, resolve: (h) => h.kind as 'POINTS' | 'GIFT_CARD' }),
    amount: t.string({ resolve: (h) => h.amount.toString() }),
    points: t.exposeInt('points', { nullable: true }),
    currency: t.exposeString('currency'),
    status: t.string({ resolve: (h) => h.status }),
    expiresAt: t.string({ resolve: (h) => h.expiresAt.toISOString() }),
    remainingPoints: t.int({ nullable: true, resolve: (h) => h.remaining?.points ?? null }),
    remainingGiftCard: t.string({ nullable: true, resolve: (h) => (h.remaining?.giftCardBalance == null ? null : h.remaining.giftCardBalance.toString()) }),
  }),
});

const TillHoldInput = builder.inputType('TillHoldInput', {
  inaccessible: true,
  fields: (t) => ({
    kind: t.field({ type: HoldKindEnum, required: true }),
    currency: t.string({ required: true }),
    due: t.string({ required: true }),
    saleTotal: t.string({ required: true }),
    customerUserId: t.id(),
    points: t.int(),
    giftCardCode: t.string(),
    code: t.string(),
    idempotencyKey: t.string({ required: true }),
  }),
});
const CaptureInput = builder.inputType('TillHoldCaptureInput', {
  inaccessible: true,
  fields: (t) => ({ holdId: t.id({ required: true }), saleId: t.id({ required: true }), kind: t.field({ type: HoldKindEnum, required: true }), amount: t.string({ required: true }) }),
});
const CaptureOutcomeRef = builder.objectRef<Awaited<ReturnType<typeof captureTillHolds>>[number]>('TillHoldCapture').implement({
  inaccessible: true,
  fields: (t) => ({
    holdId: t.exposeID('holdId'),
    saleId: t.exposeID('saleId'),
    captured: t.exposeBoolean('captured'),
    reason: t.string({ nullable: true, resolve: (c) => ('reason' in c ? c.reason : null) }),
  }),
});

const big = (v: string) => (/^\d{1,15}$/.test(v) ? BigInt(v) : -1n);

const TillPointsCodeRef = builder.objectRef<Awaited<ReturnType<typeof sendTillPointsCode>>>('TillPointsCodeSent').implement({
  inaccessible: true,
  fields: (t) => ({
    sentTo: t.exposeString('sentTo'),
    channel: t.exposeString('channel'),
    maxPoints: t.exposeInt('maxPoints'),
    expiresAt: t.string({ resolve: (c) => c.expiresAt.toISOString() }),
  }),
});

builder.mutationFields((t) => ({
  sendTillPointsCode: t.field({
    type: TillPointsCodeRef,
    inaccessible: true,
    authScopes: POS_SERVICE,
    args: { deviceId: t.arg.id({ required: true }), customerUserId: t.arg.id({ required: true }), maxPoints: t.arg.int({ required: true }) },
    resolve: (_r, { deviceId, customerUserId, maxPoints }, ctx) => asQuery(() => sendTillPointsCode(ctx, String(deviceId), { customerUserId: String(customerUserId), maxPoints })),
  }),
  holdForTill: t.field({
    type: TillHoldRef,
    inaccessible: true,
    authScopes: POS_SERVICE,
    args: { deviceId: t.arg.id({ required: true }), input: t.arg({ type: TillHoldInput, required: true }) },
    resolve: (_r, { deviceId, input }, ctx) =>
      asQuery(async () => {
        const hold = await takeTillHold(ctx, String(deviceId), { ...input, customerUserId: input.customerUserId == null ? null : String(input.customerUserId), due: big(input.due), saleTotal: big(input.saleTotal) });
        return { ...hold, remaining: { points: hold.remainingPoints, giftCardBalance: hold.giftCardBalance } };
      }),
  }),
  releaseTillHold: t.field({
    type: TillHoldRef,
    inaccessible: true,
    authScopes: POS_SERVICE,
    args: { deviceId: t.arg.id({ required: true }), holdId: t.arg.id({ required: true }) },
    resolve: (_r, { deviceId, holdId }, ctx) => asQuery(() => releaseTillHold(ctx, String(deviceId), String(holdId))),
  }),
  captureTillHolds: t.field({
    type: [CaptureOutcomeRef],
    inaccessible: true,
    authScopes: POS_SERVICE,
    args: { deviceId: t.arg.id({ required: true }), holds: t.arg({ type: [CaptureInput], required: true }) },
    resolve: (_r, { deviceId, holds }, ctx) => asQuery(() => captureTillHolds(ctx, String(deviceId), holds.map((h) => ({ holdId: String(h.holdId), saleId: String(h.saleId), kind: h.kind, amount: big(h.amount) })))),
  }),
}));
