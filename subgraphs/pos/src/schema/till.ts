import { withUserErrors } from '@webwaka/kit';
import { receiptPrefix } from '../services/devices';
import { MAX_BATCH, type PosEventInput } from '../services/events';
import { syncBatch, type SyncResult } from '../services/sync';
import { findCustomer, tillSnapshot } from '../services/till';
import { releaseHold, sendPointsCode, takeHold, type PointsCodeSent, type TillHold } from '../services/holds';
import { asQuery, builder, TILLS } from './builder';
import { PosCashierRoleEnum, PosSettingsRef } from './cashiers';
import { PosDevice } from './devices';
import { PosTenderEnum, TillSession } from './sales';

/** A cashier as the till needs it: with the PIN's hash to check PINs offline (never for anyone but the shop's tills). */
const TillCashier = builder.prismaObject('PosCashier', {
  variant: 'TillCashier',
  description: 'A cashier as a till keeps it offline.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    role: t.field({ type: PosCashierRoleEnum, resolve: (c) => c.role }),
    discountLimitBps: t.exposeInt('discountLimitBps'),
    pinSalt: t.exposeString('pinSalt', { description: 'Hex bytes.' }),
    pinHash: t.exposeString('pinHash', { description: 'hex(PBKDF2-SHA256(pin, salt, 100000 iterations, 32 bytes)).' }),
  }),
});

type Snapshot = Awaited<ReturnType<typeof tillSnapshot>>;
const PosTillRef = builder.objectRef<Snapshot>('PosTill').implement({
  description: 'What a till keeps to sell offline (besides the catalogue and stock, which it reads with the same key).',
  fields: (t) => ({
    device: t.field({ type: PosDevice, resolve: (s) => s.device }),
    receiptPrefix: t.string({ resolve: (s) => receiptPrefix(s.device) }),
    cashiers: t.field({ type: [TillCashier], resolve: (s) => s.cashiers }),
    settings: t.field({ type: PosSettingsRef, resolve: (s) => s.settings }),
    openSession: t.field({ type: TillSession, nullable: true, description: 'The session the server last saw open on this till.', resolve: (s) => s.openSession }),
    nextSequence: t.exposeInt('nextSequence', { description: 'The sequence number to continue from (a till whose storage was wiped must not reuse one).' }),
  }),
});

type FoundCustomer = NonNullable<Awaited<ReturnType<typeof findCustomer>>>;
const PosCustomerRef = builder.objectRef<FoundCustomer>('PosCustomer').implement({
  description: 'A known customer of the shop, as a till attaches them to a sale.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The user id a sale names as customerUserId.' }),
    name: t.exposeString('name'),
    email: t.exposeString('email', { nullable: true, description: 'Null for a customer who signs in by phone only.' }),
    phone: t.exposeString('phone', { nullable: true, description: 'E.164, when found by phone.' }),
    points: t.int({ nullable: true, description: 'Their loyalty points now (null: the shop runs no programme).', resolve: (c) => c.points?.points ?? null }),
    pointsValue: t.string({ nullable: true, description: 'What those points are worth, minor units of pointsCurrency.', resolve: (c) => c.points?.value.toString() ?? null }),
    pointsCurrency: t.string({ nullable: true, resolve: (c) => c.points?.currency ?? null }),
  }),
});

builder.queryFields((t) => ({
  posCustomer: t.field({
    type: PosCustomerRef,
    nullable: true,
    authScopes: TILLS,
    description: 'For the calling till: the shop’s customer with exactly this e-mail, or this phone (Nigerian local forms read as +234; decision 0080), to attach to a sale or sell on account; null when none. Give one of the two.',
    args: { email: t.arg.string(), phone: t.arg.string() },
    resolve: (_r, { email, phone }, ctx) => asQuery(() => findCustomer(ctx, { email, phone })),
  }),
  posTill: t.field({
    type: PosTillRef,
    authScopes: TILLS,
    description: 'For the calling till (its key): everything it keeps to sell offline.',
    resolve: (_r, _a, ctx) => asQuery(() => tillSnapshot(ctx)),
  }),
}));

const PosEventTypeEnum = builder.enumType('PosEventType', { values: ['SESSION_OPENED', 'CASH_MOVED', 'SALE', 'RETURN', 'SESSION_CLOSED'] as const });
const CashMovementKindEnum = builder.enumType('PosCashMovementKind', { values: ['PAY_IN', 'PAY_OUT'] as const });

const TenderInput = builder.inputType('PosTenderInput', {
  fields: (t) => ({
    tender: t.field({ type: PosTenderEnum, required: true }),
    amount: t.field({ type: 'BigIntString', required: true, description: 'Minor units: cash as handed over (change is separate), others as charged.' }),
    reference: t.string({ description: 'The terminal’s, bank’s or wallet’s reference.' }),
  }),
});
const SaleLineInput = builder.inputType('PosSaleLineInput', {
  fields: (t) => ({
    variantId: t.id({ required: true }),
    sku: t.string({ required: true }),
    title: t.string({ required: true }),
    quantity: t.int({ required: true }),
    unitPrice: t.field({ type: 'BigIntString', required: true, description: 'One unit as charged, in the catalogue’s tax mode.' }),
    discount: t.field({ type: 'BigIntString', required: true, description: 'The line’s discount, with its share of a sale-wide one.' }),
    tax: t.field({ type: 'BigIntString', required: true }),
    total: t.field({ type: 'BigIntString', required: true, description: 'Paid for the line, tax included.' }),
    couponDiscount: t.field({ type: 'BigIntString', description: 'The coupon’s share of `discount` (decision 0071); omitted: none.' }),
  }),
});
const SaleInput = builder.inputType('PosSaleInput', {
  fields: (t) => ({
    receiptCode: t.string({ required: true, description: '10 random characters A-Z, 2-7 made on the till: the short link’s code.' }),
    taxInclusive: t.boolean({ required: true }),
    taxRateBps: t.int({ required: true }),
    lines: t.field({ type: [SaleLineInput], required: true }),
    discount: t.field({ type: 'BigIntString', required: true }),
    subtotal: t.field({ type: 'BigIntString', required: true, description: 'Total less tax.' }),
    tax: t.field({ type: 'BigIntString', required: true }),
    total: t.field({ type: 'BigIntString', required: true }),
    tenders: t.field({ type: [TenderInput], required: true }),
    change: t.field({ type: 'BigIntString', required: true }),
    customerUserId: t.id(),
    approvedById: t.id({ description: 'The supervisor who approved a discount above the cashier’s limit.' }),
    couponId: t.id({ description: 'The shop’s coupon applied (commerce’s posCoupons); checked against its rules at sync (decision 0071).' }),
    couponDiscount: t.field({ type: 'BigIntString', description: 'What the coupon took off in all (Σ lines’ couponDiscount); not the cashier’s discount.' }),
  }),
});
const ReturnLineInput = builder.inputType('PosReturnLineInput', {
  fields: (t) => ({
    variantId: t.id({ required: true }),
    sku: t.string({ required: true }),
    title: t.string({ required: true }),
    quantity: t.int({ required: true }),
    amount: t.field({ type: 'BigIntString', required: true, description: 'Refunded, tax included.' }),
    tax: t.field({ type: 'BigIntString', required: true }),
    restock: t.boolean({ required: true, description: 'Back on the shelf, or written off.' }),
  }),
});
const ReturnInput = builder.inputType('PosReturnInput', {
  fields: (t) => ({
    receiptCode: t.string({ required: true }),
    returnOfSaleId: t.id({ required: true }),
    lines: t.field({ type: [ReturnLineInput], required: true }),
    tenders: t.field({ type: [TenderInput], required: true, description: 'Refunded by the original tender.' }),
    approvedById: t.id({ description: 'The supervisor who approved the return.' }),
  }),
});
const CashMovementInput = builder.inputType('PosCashMovementInput', {
  fields: (t) => ({
    kind: t.field({ type: CashMovementKindEnum, required: true }),
    amount: t.field({ type: 'BigIntString', required: true }),
    reason: t.string({ required: true }),
  }),
});
const PosEventInputRef = builder.inputType('PosEventInput', {
  description: 'One thing a till recorded. The fields after sessionId belong to the type: openingFloat and currency (SESSION_OPENED), cashMovement (CASH_MOVED), sale and currency (SALE), return and currency (RETURN), countedCash (SESSION_CLOSED).',
  fields: (t) => ({
    clientId: t.id({ required: true, description: 'The till’s UUIDv7 for this event: it counts once.' }),
    sequence: t.int({ required: true, description: 'The till’s sequence number (1, 2, 3... shared by every event type).' }),
    type: t.field({ type: PosEventTypeEnum, required: true }),
    occurredAt: t.field({ type: 'DateTime', required: true }),
    cashierId: t.id(),
    sessionId: t.id({ required: true }),
    currency: t.string(),
    openingFloat: t.field({ type: 'BigIntString' }),
    cashMovement: t.field({ type: CashMovementInput }),
    sale: t.field({ type: SaleInput }),
    return: t.field({ type: ReturnInput }),
    countedCash: t.field({ type: 'BigIntString' }),
  }),
});

const PosSyncStatusEnum = builder.enumType('PosSyncStatus', {
  values: {
    APPLIED: { description: 'Applied now.' },
    QUEUED: { description: 'Kept; applied once the events before it arrive. The till may forget it.' },
    DUPLICATE: { description: 'Already received earlier. Nothing changed now.' },
  },
});
const SyncResultRef = builder.objectRef<SyncResult['results'][number]>('PosSyncResult').implement({
  fields: (t) => ({ clientId: t.exposeID('clientId'), sequence: t.exposeInt('sequence'), status: t.field({ type: PosSyncStatusEnum, resolve: (r) => r.status }) }),
});

builder.mutationFields((t) => ({
  syncPosBatch: t.field({
    type: builder.payloadObject<SyncResult>('SyncPosBatchPayload', (p) => ({
      results: p.field({ type: [SyncResultRef], nullable: true, description: 'One per event, in order.', resolve: (x) => x.results ?? null }),
      lastSequence: p.int({ nullable: true, description: 'Every event of this till up to this number is applied.', resolve: (x) => x.lastSequence ?? null }),
    })),
    authScopes: TILLS,
    description: `For the calling till: up to ${MAX_BATCH} events it recorded, in its sequence order. Idempotent per clientId; a sale is never refused (what the shop disagrees with becomes a PosConflict).`,
    args: { events: t.arg({ type: [PosEventInputRef], required: true }) },
    resolve: (_r, { events }, ctx) =>
      withUserErrors(() =>
        syncBatch(
          ctx,
          events.map((e) => ({ ...e, clientId: String(e.clientId), cashierId: e.cashierId == null ? null : String(e.cashierId), sessionId: String(e.sessionId) }) as unknown as PosEventInput),
        ),
      ),
  }),
}));

const PosHoldKindEnum = builder.enumType('PosHoldKind', { values: ['POINTS', 'GIFT_CARD'] as const });
const PosHoldRef = builder.objectRef<TillHold>('PosHold').implement({
  description: 'Points or a gift card held for a sale at this till (decision 0080): tender it as POINTS or GIFT_CARD with the hold’s id as reference before it expires.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: PosHoldKindEnum, resolve: (h) => h.kind }),
    amount: t.exposeString('amount', { description: 'Minor units the hold pays.' }),
    points: t.exposeInt('points', { nullable: true }),
    currency: t.exposeString('currency'),
    status: t.exposeString('status', { description: 'HELD, CAPTURED (a synced sale spent it) or RELEASED.' }),
    expiresAt: t.field({ type: 'DateTime', resolve: (h) => new Date(h.expiresAt) }),
    remainingPoints: t.exposeInt('remainingPoints', { nullable: true, description: 'POINTS: the customer’s points left besides this hold.' }),
    remainingGiftCard: t.exposeString('remainingGiftCard', { nullable: true, description: 'GIFT_CARD: what the card has left besides this hold (minor units).' }),
  }),
});
const TakePosHoldInput = builder.inputType('TakePosHoldInput', {
  fields: (t) => ({
    kind: t.field({ type: PosHoldKindEnum, required: true }),
    currency: t.string({ required: true }),
    due: t.field({ type: 'BigIntString', required: true, description: 'What the sale still owes: a hold takes no more.' }),
    saleTotal: t.field({ type: 'BigIntString', required: true, description: 'The sale’s total: points pay at most the programme’s share of it.' }),
    customerUserId: t.id({ description: 'POINTS: the customer found at the till.' }),
    points: t.int({ description: 'POINTS: how many to spend.' }),
    giftCardCode: t.string({ description: 'GIFT_CARD: the code as read from the card.' }),
    code: t.string({ description: 'POINTS: the 6-digit code the customer received (sendPosPointsCode) and read out; decision 0084.' }),
    idempotencyKey: t.string({ required: true, description: 'The till’s key for this request: sent again, the same hold.' }),
  }),
});
const PointsCodeSentRef = builder.objectRef<PointsCodeSent>('PosPointsCodeSent').implement({
  description: 'A code sent to the customer to confirm points spent at this till (decision 0084): where it went, masked; never the code.',
  fields: (t) => ({
    sentTo: t.exposeString('sentTo', { description: '`•••• 4567` for a phone, `k•••@example.com` for an e-mail.' }),
    channel: t.exposeString('channel', { description: 'SMS or EMAIL.' }),
    maxPoints: t.exposeInt('maxPoints', { description: 'The most points the code confirms.' }),
    expiresAt: t.field({ type: 'DateTime', resolve: (c) => new Date(c.expiresAt) }),
  }),
});
const HoldPayload = builder.payloadObject<{ hold: TillHold }>('PosHoldPayload', (p) => ({ hold: p.field({ type: PosHoldRef, nullable: true, resolve: (x) => x.hold ?? null }) }));

builder.mutationFields((t) => ({
  sendPosPointsCode: t.field({
    type: builder.payloadObject<{ sent: PointsCodeSent }>('SendPosPointsCodePayload', (p) => ({ sent: p.field({ type: PointsCodeSentRef, nullable: true, resolve: (x) => x.sent ?? null }) })),
    authScopes: TILLS,
    description: 'For the calling till, online only: texts the found customer (or e-mails them, with no phone) a code to confirm spending up to `points` points here; takePosHold for POINTS needs it. At most 3 codes per customer and 10 per till in 10 minutes (TOO_MANY_ATTEMPTS).',
    args: { customerUserId: t.arg.id({ required: true }), points: t.arg.int({ required: true }) },
    resolve: (_r, { customerUserId, points }, ctx) => withUserErrors(async () => ({ sent: await sendPointsCode(ctx, { customerUserId: String(customerUserId), points }) })),
  }),
  takePosHold: t.field({
    type: HoldPayload,
    authScopes: TILLS,
    description: 'For the calling till, online only: holds a customer’s points or a gift card for the sale being tendered (at most 20 open per till; released after 30 minutes unless a synced sale tenders it).',
    args: { input: t.arg({ type: TakePosHoldInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      withUserErrors(async () => ({
        hold: await takeHold(ctx, { ...input, customerUserId: input.customerUserId == null ? null : String(input.customerUserId), points: input.points ?? null, giftCardCode: input.giftCardCode ?? null, code: input.code ?? null }),
      })),
  }),
  releasePosHold: t.field({
    type: HoldPayload,
    authScopes: TILLS,
    description: 'For the calling till: the sale was voided (or the tender taken off), so the hold goes back to the card or the customer.',
    args: { holdId: t.arg.id({ required: true }) },
    resolve: (_r, { holdId }, ctx) => withUserErrors(async () => ({ hold: await releaseHold(ctx, String(holdId)) })),
  }),
}));
