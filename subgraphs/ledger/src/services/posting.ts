/**
 * Posting: the one way money enters the journal. Rules enforced here (and again by the database):
 *  - an entry is 1..MAX_LINES lines, each a positive integer amount of minor units on one account, with at
 *    least one debit and one credit, and debits equal credits in every currency it touches;
 *  - it is posted once per (tenantId, idempotencyKey): the same request again returns the first entry,
 *    different content under the same key is IDEMPOTENCY_KEY_REUSED;
 *  - lines go in with their accounts locked (created on first use); the database keeps each account's
 *    stored balance and running balance as the lines are inserted, in the same transaction.
 * `postEntry` runs inside a caller's transaction (payouts post with their own state changes);
 * `postJournalEntry` is the stand-alone form (its own transaction, concurrent replays resolved).
 */
import { createHash } from 'node:crypto';
import { DomainError, ErrorCode, isUniqueViolation, isUuid, uuidv7, type PostingAccount, type PostingLine as PostingLinePayload, type PostingRequestPayload } from '@webwaka/kit';
import { accountKeyString, lockAccounts, OWNER_TYPES, PURPOSES, SIDES, type AccountKey, type OwnerType, type Purpose, type Side } from './accounts';
import { TX_OPTIONS, type Tx } from './context';
import type { PrismaClient } from '@webwaka/kit';

export const JOURNAL_KINDS = ['ORDER_PAID', 'COMMISSION', 'REFUND', 'COMMISSION_CLAWBACK', 'PAYOUT', 'PAYOUT_SETTLED', 'ADJUSTMENT', 'REVERSAL', 'TICKET_SALE', 'TICKET_COMMISSION', 'CASH_HAND_IN', 'POS_SALE', 'POS_RETURN', 'TILL_CASH', 'STORED_VALUE', 'EXPENSE'] as const;
export type JournalKind = (typeof JOURNAL_KINDS)[number];

/** Upper bound of one line (10^15 minor units: ₦10 trillion), so sums stay far inside 64 bits. */
export const MAX_LINE_AMOUNT = 10n ** 15n;
export const MAX_LINES = 200;
const MAX_TEXT = 500;
const CURRENCY_RE = /^[A-Z]{3}$/;

export interface PostingLine {
  account: AccountKey;
  side: Side;
  amount: bigint;
  memo?: string | null;
}

export interface PostingRequest {
  /** The tenant whose business event this records (the entry's tenant). */
  tenantId: string;
  idempotencyKey: string;
  kind: JournalKind;
  memo: string;
  reference: { type: string; id: string };
  occurredAt: Date;
  reversesIdempotencyKey?: string | null;
  /** Set by ledger's own reversals, which know the entry they mirror. */
  reversesEntryId?: string | null;
  createdByUserId?: string | null;
  lines: PostingLine[];
}

const bad = (message: string, field?: string[]) => new DomainError(ErrorCode.BAD_USER_INPUT, message, field);

/** A payload read by the contract's field names, each value still to be checked. */
type Unchecked<T> = { [K in keyof T]?: any };

function text(v: unknown, field: string, opts: { max?: number; optional?: boolean } = {}): string | null {
  if ((v === undefined || v === null) && opts.optional) return null;
  if (typeof v !== 'string' || !v.trim()) throw bad(`${field} must be a non-empty string`, [field]);
  if (v.length > (opts.max ?? MAX_TEXT)) throw bad(`${field} must be at most ${opts.max ?? MAX_TEXT} characters`, [field]);
  return v.trim();
}

function oneOf<T extends string>(v: unknown, values: readonly T[], field: string): T {
  if (typeof v !== 'string' || !values.includes(v as T)) throw bad(`${field} must be one of ${values.join(', ')}`, [field]);
  return v as T;
}

function amountOf(v: unknown, field: string): bigint {
  const s = typeof v === 'bigint' ? v.toString() : v;
  if (typeof s !== 'string' || !/^\d{1,19}$/.test(s)) throw bad(`${field} must be a positive whole number of minor units, as a string`, [field]);
  const n = BigInt(s);
  if (n <= 0n || n > MAX_LINE_AMOUNT) throw bad(`${field} must be between 1 and ${MAX_LINE_AMOUNT} minor units`, [field]);
  return n;
}

export function currencyOf(v: unknown, field = 'currency'): string {
  if (typeof v !== 'string' || !CURRENCY_RE.test(v)) throw bad(`${field} must be an ISO 4217 code such as NGN`, [field]);
  return v;
}

/**
 * A `ledger.posting.requested` payload (kit events.ts `PostingRequestPayload`) as a PostingRequest, or
 * BAD_USER_INPUT / UNBALANCED_ENTRY saying what is wrong. Every field is checked: the type names the
 * fields, but the event may come from an older producer or by hand. Lines may carry their own `currency` (a multi-currency entry);
 * by default a line is in the request's currency.
 */
export function parsePostingPayload(tenantId: string, payload: unknown): PostingRequest {
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) throw bad('The posting request must be an object');
  const p = payload as Unchecked<PostingRequestPayload>;
  const currency = currencyOf(p.currency);
  const occurredAt = new Date(typeof p.occurredAt === 'string' ? p.occurredAt : NaN);
  if (Number.isNaN(occurredAt.getTime())) throw bad('occurredAt must be an ISO time', ['occurredAt']);
  if (!p.reference || typeof p.reference !== 'object') throw bad('reference must be { type, id }', ['reference']);
  if (!Array.isArray(p.lines)) throw bad('lines must be a list', ['lines']);
  const request: PostingRequest = {
    tenantId,
    idempotencyKey: text(p.idempotencyKey, 'idempotencyKey', { max: 200 })!,
    kind: oneOf(p.kind, JOURNAL_KINDS.filter((k) => k !== 'REVERSAL' && k !== 'EXPENSE'), 'kind'),
    memo: text(p.memo, 'memo')!,
    reference: { type: text(p.reference.type, 'reference.type', { max: 100 })!, id: text(p.reference.id, 'reference.id', { max: 200 })! },
    occurredAt,
    reversesIdempotencyKey: text(p.reversesIdempotencyKey, 'reversesIdempotencyKey', { max: 200, optional: true }),
    lines: (p.lines as (Unchecked<PostingLinePayload> | null)[]).map((l, i) => {
      const f = `lines.${i}`;
      if (!l || typeof l !== 'object' || !l.account || typeof l.account !== 'object') throw bad(`${f}.account is missing`, [f, 'account']);
      const account = l.account as Unchecked<PostingAccount>;
      return {
        account: {
          tenantId: uuidField(account.tenantId, `${f}.account.tenantId`),
          ownerType: oneOf<OwnerType>(account.ownerType, OWNER_TYPES, `${f}.account.ownerType`),
          ownerId: uuidField(account.ownerId, `${f}.account.ownerId`),
          purpose: oneOf<Purpose>(account.purpose, PURPOSES, `${f}.account.purpose`),
          currency: l.currency === undefined ? currency : currencyOf(l.currency, `${f}.currency`),
        },
        side: oneOf<Side>(l.side, SIDES, `${f}.side`),
        amount: amountOf(l.amount, `${f}.amount`),
        memo: text(l.memo, `${f}.memo`, { optional: true }),
      };
    }),
  };
  checkPosting(request);
  return request;
}

function uuidField(v: unknown, field: string): string {
  if (!isUuid(v)) throw bad(`${field} must be a UUID`, [field]);
  return (v as string).toLowerCase();
}

/** The entry-level rules: line count, amounts, both sides present, balanced per currency. */
export function checkPosting(r: PostingRequest): void {
  if (r.lines.length < 2 || r.lines.length > MAX_LINES) throw bad(`An entry has 2 to ${MAX_LINES} lines`, ['lines']);
  r.lines.forEach((l, i) => {
    if (l.amount <= 0n || l.amount > MAX_LINE_AMOUNT) throw bad(`Line amounts must be between 1 and ${MAX_LINE_AMOUNT} minor units`, ['lines', String(i), 'amount']);
  });
  if (!r.lines.some((l) => l.side === 'DEBIT') || !r.lines.some((l) => l.side === 'CREDIT')) {
    throw new DomainError(ErrorCode.UNBALANCED_ENTRY, 'An entry needs at least one debit and one credit', ['lines']);
  }
  const net = new Map<string, bigint>();
  for (const l of r.lines) net.set(l.account.currency, (net.get(l.account.currency) ?? 0n) + (l.side === 'DEBIT' ? l.amount : -l.amount));
  const off = [...net].filter(([, n]) => n !== 0n);
  if (off.length) {
    throw new DomainError(ErrorCode.UNBALANCED_ENTRY, `Debits and credits differ: ${off.map(([c, n]) => `${c} by ${n < 0n ? -n : n} (${n > 0n ? 'more debits' : 'more credits'})`).join(', ')}`, ['lines']);
  }
}

/** A digest of what the request asks to post: a replay with other content under the same key is refused. */
export function requestHash(r: PostingRequest): string {
  const canonical = {
    kind: r.kind,
    memo: r.memo,
    reference: r.reference,
    occurredAt: r.occurredAt.toISOString(),
    reverses: r.reversesIdempotencyKey ?? r.reversesEntryId ?? null,
    lines: r.lines.map((l) => [accountKeyString(l.account), l.side, l.amount.toString(), l.memo ?? null]),
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

export interface Posted {
  entry: { id: string; tenantId: string; idempotencyKey: string };
  /** False when the key had been posted before (nothing written this time). */
  created: boolean;
}

/** Posts the request inside `tx` (see the file comment). Throws DomainError for a refused request. */
export async function postEntry(tx: Tx, r: PostingRequest): Promise<Posted> {
  checkPosting(r);
  const hash = requestHash(r);
  const existing = await tx.journalEntry.findUnique({ where: { tenantId_idempotencyKey: { tenantId: r.tenantId, idempotencyKey: r.idempotencyKey } } });
  if (existing) return replay(existing, hash);
  const accounts = await lockAccounts(tx, r.lines.map((l) => l.account));
  const reversed = r.reversesEntryId
    ? { id: r.reversesEntryId }
    : r.reversesIdempotencyKey
      ? await tx.journalEntry.findUnique({ where: { tenantId_idempotencyKey: { tenantId: r.tenantId, idempotencyKey: r.reversesIdempotencyKey } }, select: { id: true } })
      : null;
  const entry = await tx.journalEntry.create({
    data: {
      id: uuidv7(),
      tenantId: r.tenantId,
      idempotencyKey: r.idempotencyKey,
      requestHash: hash,
      kind: r.kind,
      memo: r.memo,
      referenceType: r.reference.type,
      referenceId: r.reference.id,
      occurredAt: r.occurredAt,
      reversesEntryId: reversed?.id ?? null,
      reversesIdempotencyKey: r.reversesIdempotencyKey ?? null,
      createdByUserId: r.createdByUserId ?? null,
    },
  });
  await tx.journalLine.createMany({
    data: r.lines.map((l, position) => {
      const account = accounts.get(accountKeyString(l.account))!;
      return {
        id: uuidv7(),
        tenantId: r.tenantId,
        entryId: entry.id,
        accountId: account.id,
        bookTenantId: account.tenantId,
        position,
        side: l.side,
        amount: l.amount,
        currency: l.account.currency,
        memo: l.memo ?? null,
      };
    }),
  });
  return { entry, created: true };
}

function replay(existing: { id: string; tenantId: string; idempotencyKey: string; requestHash: string }, hash: string): Posted {
  if (existing.requestHash !== hash) {
    throw new DomainError(ErrorCode.IDEMPOTENCY_KEY_REUSED, `Idempotency key ${existing.idempotencyKey} was already used for a different entry`, ['idempotencyKey']);
  }
  return { entry: existing, created: false };
}

/**
 * Posts in a transaction of its own. Two concurrent posts of one key: the loser's insert hits the unique
 * key, and it answers with the winner's entry (or IDEMPOTENCY_KEY_REUSED if the content differs).
 */
export async function postJournalEntry(prisma: PrismaClient, r: PostingRequest): Promise<Posted> {
  try {
    return await prisma.$transaction((tx) => postEntry(tx, r), TX_OPTIONS);
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    const existing = await prisma.journalEntry.findUnique({ where: { tenantId_idempotencyKey: { tenantId: r.tenantId, idempotencyKey: r.idempotencyKey } } });
    if (!existing) throw e;
    return replay(existing, requestHash(r));
  }
}
