/**
 * Gift cards and store credit: value a customer holds at a shop and spends at checkout (decision 0059).
 * A gift card is a code worth an amount in one currency (80 random bits, only its SHA-256 stored, the last
 * four characters shown); whoever holds the code spends it. Store credit belongs to a signed-in customer:
 * a refund or an administrator's goodwill puts it there. Every change is a BalanceMovement under an
 * idempotency key, in the same transaction as the balance and the ledger posting it asks for: value given
 * away (a promotional card, goodwill credit) is DISCOUNT_EXPENSE against GIFT_CARD_LIABILITY or the
 * customer's CUSTOMER_WALLET; spending it is part of the order's ORDER_PAID entry (tenders.ts).
 */
import { createHash, randomInt } from 'node:crypto';
import { DomainError, ErrorCode, recordEvent, TOPICS, uuidv7, type PostingLine } from '@webwaka/kit';
import { actorRef, TX_OPTIONS, type ServiceContext, type Tx } from './context';

/** No 0/O, 1/I/L: codes are read out at a till and typed on phones. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 16;
/** A card's value: at least ₦100, at most ₦5,000,000 (minor units), whatever the currency's size. */
const MIN_VALUE = 10_000n;
const MAX_VALUE = 500_000_000n;

export function normaliseCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}
export const hashCode = (code: string) => createHash('sha256').update(`webwaka:gift-card:${normaliseCode(code)}`).digest('hex');

export function newCode(): string {
  let s = '';
  for (let i = 0; i < CODE_LENGTH; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return s.match(/.{4}/g)!.join('-');
}

type Line = PostingLine;
const tenantAccount = (tenantId: string, purpose: Line['account']['purpose']): Line['account'] => ({ tenantId, ownerType: 'TENANT', ownerId: tenantId, purpose });
export const walletAccount = (tenantId: string, userId: string): Line['account'] => ({ tenantId, ownerType: 'CUSTOMER', ownerId: userId, purpose: 'CUSTOMER_WALLET' });
export const giftCardLiability = (tenantId: string) => tenantAccount(tenantId, 'GIFT_CARD_LIABILITY');
export const discountExpense = (tenantId: string) => tenantAccount(tenantId, 'DISCOUNT_EXPENSE');

/** Asks the ledger for a balanced STORED_VALUE entry (debit, credit) of one amount. */
export async function postStoredValue(tx: Tx, p: { tenantId: string; key: string; currency: string; amount: bigint; memo: string; debit: Line['account']; credit: Line['account']; reference: { type: string; id: string } }) {
  if (p.amount <= 0n) return;
  await recordEvent(tx, {
    tenantId: p.tenantId,
    topic: TOPICS.LEDGER_POSTING_REQUESTED,
    payload: {
      idempotencyKey: p.key,
      kind: 'STORED_VALUE',
      currency: p.currency,
      memo: p.memo,
      reference: p.reference,
      occurredAt: new Date().toISOString(),
      lines: [
        { account: p.debit, side: 'DEBIT', amount: p.amount.toString() },
        { account: p.credit, side: 'CREDIT', amount: p.amount.toString() },
      ],
    },
  });
}

function checkAmount(amount: bigint, field: string) {
  if (amount < MIN_VALUE || amount > MAX_VALUE) throw new DomainError(ErrorCode.BAD_USER_INPUT, `An amount from ${MIN_VALUE / 100n} to ${MAX_VALUE / 100n} (in major units)`, [field]);
}

export interface IssueGiftCardInput {
  amount: bigint;
  currency: string;
  expiresAt?: Date | null;
  recipientEmail?: string | null;
  note?: string | null;
  idempotencyKey: string;
}

/** An administrator issues a card (a promotion, a prize, a replacement): its code is shown once. */
export async function issueGiftCard(ctx: ServiceContext, input: IssueGiftCardInput): Promise<{ card: Awaited<ReturnType<ServiceContext['prisma']['giftCard']['findUniqueOrThrow']>>; code: string | null }> {
  const tenantId = ctx.tenantId!;
  checkAmount(input.amount, 'amount');
  if (!/^[A-Z]{3}$/.test(input.currency)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A currency is three letters, e.g. NGN', ['currency']);
  if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The expiry must be in the future', ['expiresAt']);
  const email = input.recipientEmail?.trim().toLowerCase() || null;
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Not an e-mail address', ['recipientEmail']);
  const key = `gift-card-issue:${input.idempotencyKey}`.slice(0, 200);
  const replay = await ctx.prisma.balanceMovement.findUnique({ where: { tenantId_idempotencyKey: { tenantId, idempotencyKey: key } } });
  // A repeat returns the card, but not its code again: it was shown once.
  if (replay) return { card: await ctx.prisma.giftCard.findUniqueOrThrow({ where: { id: replay.giftCardId! } }), code: null };
  const code = newCode();
  const actor = actorRef(ctx);
  const card = await ctx.prisma.$transaction(async (tx) => {
    const id = uuidv7();
    const created = await tx.giftCard.create({
      data: { id, tenantId, codeHash: hashCode(code), last4: code.slice(-4), currency: input.currency, initialValue: input.amount, balance: input.amount, expiresAt: input.expiresAt ?? null, source: 'ISSUED', note: input.note?.slice(0, 300) ?? null, recipientEmail: email, issuedById: actor.actorId },
    });
    await tx.balanceMovement.create({ data: { id: uuidv7(), tenantId, kind: 'GIFT_CARD', giftCardId: id, amount: input.amount, reason: 'ISSUE', note: input.note?.slice(0, 300) ?? null, idempotencyKey: key, actorUserId: actor.actorId } });
    await postStoredValue(tx, { tenantId, key: `gift-card-issued:${id}`, currency: input.currency, amount: input.amount, memo: `Gift card …${code.slice(-4)} issued`, debit: discountExpense(tenantId), credit: giftCardLiability(tenantId), reference: { type: 'GiftCard', id } });
    return created;
  }, TX_OPTIONS);
  ctx.eventsRecorded();
  return { card, code };
}

/** What a code is worth now (anyone holding it may ask; an unknown code is simply not found). */
export async function giftCardByCode(ctx: Pick<ServiceContext, 'prisma'>, tenantId: string, code: string) {
  if (normaliseCode(code).length !== CODE_LENGTH) return null;
  const card = await ctx.prisma.giftCard.findUnique({ where: { codeHash: hashCode(code) } });
  return card && card.tenantId === tenantId ? card : null;
}

/** Why a card cannot pay now, or null. */
export function giftCardRefusal(card: { status: string; balance: bigint; expiresAt: Date | null; currency: string }, currency: string): string | null {
  if (card.status !== 'ACTIVE') return 'This gift card is disabled';
  if (card.expiresAt && card.expiresAt.getTime() <= Date.now()) return 'This gift card has expired';
  if (card.currency !== currency) return `This gift card is in ${card.currency}`;
  if (card.balance <= 0n) return 'This gift card is used up';
  return null;
}

export async function setGiftCardStatus(ctx: ServiceContext, id: string, status: 'ACTIVE' | 'DISABLED') {
  const card = await ctx.prisma.giftCard.findFirst({ where: { id, tenantId: ctx.tenantId! } });
  if (!card) throw new DomainError(ErrorCode.NOT_FOUND, 'No such gift card', ['id']);
  return ctx.prisma.giftCard.update({ where: { id }, data: { status } });
}

/** A customer's store credit in a currency (zero when they have none). */
export async function storeCreditOf(ctx: Pick<ServiceContext, 'prisma'>, tenantId: string, userId: string, currency: string): Promise<bigint> {
  return (await ctx.prisma.storeCredit.findUnique({ where: { tenantId_userId_currency: { tenantId, userId, currency } } }))?.balance ?? 0n;
}

/**
 * Changes a customer's store credit by `delta` in the caller's transaction, once per key; never below zero
 * (a conditional update, so two spends at once cannot both take the last naira). Returns false when the
 * key was already applied.
 */
export async function moveStoreCredit(tx: Tx, m: { tenantId: string; userId: string; currency: string; delta: bigint; reason: string; key: string; orderId?: string | null; note?: string | null; actorUserId?: string | null }): Promise<boolean> {
  const done = await tx.balanceMovement.findUnique({ where: { tenantId_idempotencyKey: { tenantId: m.tenantId, idempotencyKey: m.key } } });
  if (done) return false;
  await tx.storeCredit.upsert({ where: { tenantId_userId_currency: { tenantId: m.tenantId, userId: m.userId, currency: m.currency } }, create: { tenantId: m.tenantId, userId: m.userId, currency: m.currency, balance: 0n }, update: {} });
  const changed = await tx.storeCredit.updateMany({
    where: { tenantId: m.tenantId, userId: m.userId, currency: m.currency, ...(m.delta < 0n ? { balance: { gte: -m.delta } } : {}) },
    data: { balance: { increment: m.delta } },
  });
  if (changed.count === 0) throw new DomainError(ErrorCode.INSUFFICIENT_BALANCE, 'Not enough store credit', ['storeCredit']);
  await tx.balanceMovement.create({ data: { id: uuidv7(), tenantId: m.tenantId, kind: 'STORE_CREDIT', userId: m.userId, orderId: m.orderId ?? null, amount: m.delta, reason: m.reason, note: m.note ?? null, idempotencyKey: m.key, actorUserId: m.actorUserId ?? null } });
  return true;
}

/** An administrator gives (or takes back) store credit: goodwill is a DISCOUNT_EXPENSE. */
export async function adjustStoreCredit(ctx: ServiceContext, input: { userId: string; amount: bigint; currency: string; note: string; idempotencyKey: string }) {
  const tenantId = ctx.tenantId!;
  if (input.amount === 0n || input.amount > MAX_VALUE || input.amount < -MAX_VALUE) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A non-zero amount', ['amount']);
  const note = input.note.trim();
  if (!note) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Say why (the customer sees it)', ['note']);
  const actor = actorRef(ctx);
  const key = `store-credit-adjust:${input.idempotencyKey}`.slice(0, 200);
  await ctx.prisma.$transaction(async (tx) => {
    const applied = await moveStoreCredit(tx, { tenantId, userId: input.userId, currency: input.currency, delta: input.amount, reason: 'ADJUST', key, note: note.slice(0, 300), actorUserId: actor.actorId });
    if (!applied) return;
    const given = input.amount > 0n;
    await postStoredValue(tx, {
      tenantId,
      key: `ledger:${key}`,
      currency: input.currency,
      amount: given ? input.amount : -input.amount,
      memo: `Store credit ${given ? 'given' : 'taken back'}: ${note.slice(0, 100)}`,
      debit: given ? discountExpense(tenantId) : walletAccount(tenantId, input.userId),
      credit: given ? walletAccount(tenantId, input.userId) : discountExpense(tenantId),
      reference: { type: 'Customer', id: input.userId },
    });
  }, TX_OPTIONS);
  ctx.eventsRecorded();
  return storeCreditOf(ctx, tenantId, input.userId, input.currency);
}
