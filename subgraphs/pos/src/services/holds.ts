/**
 * Points and gift cards at the till (decision 0080). A till spends them only through a hold it takes online
 * (its route, its key): commerce takes the balance at once and keeps it for the till's sale for 30 minutes.
 * The sale tenders POINTS or GIFT_CARD with the hold's id; at sync, before the batch's transaction, pos asks
 * commerce to capture each hold for its sale (once: asked again for the same sale, it answers the same), and
 * apply.ts records a hold that was not captured as a HOLD_REFUSED conflict. A voided sale releases its holds.
 */
import { AppError, callPeer, DomainError, ErrorCode, isUuid } from '@webwaka/kit';
import type { ServiceContext } from './context';
import { requireDevice } from './devices';
import { HOLD_TENDERS, type PosEventInput } from './events';

type Ctx = Pick<ServiceContext, 'peers' | 'requestId'>;
const SCOPES = ['commerce:pos-rewards'];

export type HoldCapture = { holdId: string; saleId: string; captured: true } | { holdId: string; saleId: string; captured: false; reason: string };

export interface TillHold {
  id: string;
  kind: 'POINTS' | 'GIFT_CARD';
  amount: string;
  points: number | null;
  currency: string;
  status: 'HELD' | 'CAPTURED' | 'RELEASED';
  expiresAt: string;
  /** After the hold: the customer's points, or the gift card's value (minor units). */
  remainingPoints: number | null;
  remainingGiftCard: string | null;
}
const HOLD_FIELDS = 'id kind amount points currency status expiresAt remainingPoints remainingGiftCard';

export interface TakeHoldInput {
  kind: 'POINTS' | 'GIFT_CARD';
  currency: string;
  due: bigint;
  saleTotal: bigint;
  customerUserId?: string | null;
  points?: number | null;
  giftCardCode?: string | null;
  /** POINTS: the code the customer received (decision 0084). */
  code?: string | null;
  idempotencyKey: string;
}

/** Commerce's refusals a cashier can act on, passed on as the till's own (userErrors with the same code). */
const CASHIER_CODES = new Set<string>([ErrorCode.BAD_USER_INPUT, ErrorCode.GIFT_CARD_INVALID, ErrorCode.INSUFFICIENT_BALANCE, ErrorCode.HOLD_LIMIT_REACHED, ErrorCode.NOT_FOUND, ErrorCode.INVALID_TRANSITION, ErrorCode.IDEMPOTENCY_KEY_REUSED,
  // The customer's code for points (decision 0084): wrong or none, expired, used, too many tries or asks.
  ErrorCode.INVALID_CREDENTIALS, ErrorCode.TOKEN_EXPIRED, ErrorCode.TOKEN_USED, ErrorCode.TOO_MANY_ATTEMPTS]);
async function asCashier<T>(field: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    const code = e instanceof AppError ? String(e.extensions.code) : '';
    if (CASHIER_CODES.has(code)) throw new DomainError(code as ErrorCode, (e as Error).message.replace(/^commerce: /, ''), [field]);
    throw e;
  }
}

export interface PointsCodeSent {
  /** Where it went, masked: `•••• 4567` or `k•••@example.com`. */
  sentTo: string;
  channel: 'SMS' | 'EMAIL';
  maxPoints: number;
  expiresAt: string;
}

/**
 * For the calling till: commerce sends the found customer a code to confirm spending up to `points` points
 * here (decision 0084). The answer says only where it went, masked; never the code.
 */
export async function sendPointsCode(ctx: ServiceContext, input: { customerUserId: string; points: number }): Promise<PointsCodeSent> {
  const device = await requireDevice(ctx);
  if (!isUuid(input.customerUserId)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Find the customer first', ['customerUserId']);
  const data = await asCashier('points', () => callPeer<{ sendTillPointsCode: PointsCodeSent }>(
    ctx.peers,
    'commerce',
    `mutation ($deviceId: ID!, $customerUserId: ID!, $maxPoints: Int!) { sendTillPointsCode(deviceId: $deviceId, customerUserId: $customerUserId, maxPoints: $maxPoints) { sentTo channel maxPoints expiresAt } }`,
    { deviceId: device.id, customerUserId: input.customerUserId, maxPoints: input.points },
    { tenantId: device.tenantId, service: 'pos', scopes: SCOPES, requestId: ctx.requestId },
  ));
  return data.sendTillPointsCode;
}

/** For the calling till: a hold on the customer's points or a gift card (commerce checks and takes the balance). */
export async function takeHold(ctx: ServiceContext, input: TakeHoldInput): Promise<TillHold> {
  const device = await requireDevice(ctx);
  if (typeof input.due !== 'bigint' || typeof input.saleTotal !== 'bigint') throw new DomainError(ErrorCode.BAD_USER_INPUT, 'due and saleTotal are amounts', ['due']);
  const data = await asCashier(input.kind === 'POINTS' ? 'points' : 'giftCardCode', () => callPeer<{ holdForTill: TillHold }>(
    ctx.peers,
    'commerce',
    `mutation ($deviceId: ID!, $input: TillHoldInput!) { holdForTill(deviceId: $deviceId, input: $input) { ${HOLD_FIELDS} } }`,
    { deviceId: device.id, input: { ...input, due: input.due.toString(), saleTotal: input.saleTotal.toString() } },
    { tenantId: device.tenantId, service: 'pos', scopes: SCOPES, requestId: ctx.requestId },
  ));
  return data.holdForTill;
}

/** For the calling till: its sale was voided (or the tender taken off), so the hold goes back. */
export async function releaseHold(ctx: ServiceContext, holdId: string): Promise<TillHold> {
  const device = await requireDevice(ctx);
  if (!isUuid(holdId)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'holdId must be an id', ['holdId']);
  const data = await asCashier('holdId', () => callPeer<{ releaseTillHold: TillHold }>(
    ctx.peers,
    'commerce',
    `mutation ($deviceId: ID!, $holdId: ID!) { releaseTillHold(deviceId: $deviceId, holdId: $holdId) { ${HOLD_FIELDS} } }`,
    { deviceId: device.id, holdId },
    { tenantId: device.tenantId, service: 'pos', scopes: SCOPES, requestId: ctx.requestId },
  ));
  return data.releaseTillHold;
}

/** Captures the holds these sales tender, each for its sale (by hold id); nothing to ask when none does. */
export async function captureHolds(ctx: Ctx, device: { id: string; tenantId: string }, sales: PosEventInput[]): Promise<Map<string, HoldCapture>> {
  const holds = sales.flatMap((e) => (e.sale?.tenders ?? []).filter((t) => HOLD_TENDERS.includes(t.tender) && t.reference).map((t) => ({ holdId: t.reference!, saleId: e.clientId, kind: t.tender, amount: t.amount.toString() })));
  const out = new Map<string, HoldCapture>();
  if (!holds.length) return out;
  const data = await callPeer<{ captureTillHolds: ({ holdId: string; saleId: string; captured: boolean; reason: string | null })[] }>(
    ctx.peers,
    'commerce',
    `mutation ($deviceId: ID!, $holds: [TillHoldCaptureInput!]!) { captureTillHolds(deviceId: $deviceId, holds: $holds) { holdId saleId captured reason } }`,
    { deviceId: device.id, holds },
    { tenantId: device.tenantId, service: 'pos', scopes: SCOPES, requestId: ctx.requestId },
  );
  for (const c of data.captureTillHolds) {
    // A hold two sales name: the one that captured it keeps it; the other is refused by apply.ts.
    if (out.get(c.holdId)?.captured) continue;
    out.set(c.holdId, c.captured ? { holdId: c.holdId, saleId: c.saleId, captured: true } : { holdId: c.holdId, saleId: c.saleId, captured: false, reason: c.reason ?? 'refused' });
  }
  return out;
}
