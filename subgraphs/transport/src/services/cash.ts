/**
 * Cash at agents (decision 0019). An agent's cash sale leaves the operator's cash with the agent: its
 * TICKET_SALE posting debits the agent's CASH_HELD in the operator's book (tickets.ts). The office records
 * the cash the agent brings in as a `CashHandIn`, which requests a CASH_HAND_IN posting in the same
 * transaction — DEBIT CASH_HELD owned by the operator (TENANT) / CREDIT the agent's CASH_HELD — so the
 * agent's balance falls by what was handed in.
 *
 * Rules:
 *  - an agent's position, per operator and currency, is computed from transport's own rows, exactly as the
 *    ledger sees it: taken = the cash of the operator's AGENT-channel bookings of that agent (one per
 *    ticketed sale; CONFLICT sales issue no ticket and post nothing, so they count nowhere), handed in = the
 *    sum of the hand-ins; outstanding = taken − handed in, never below zero;
 *  - a hand-in is a positive amount in a currency the agent took cash in, no more than the outstanding
 *    amount (HAND_IN_EXCEEDS_CASH_HELD); the operator's administrators and staff record it (the receiver is
 *    the signed-in user);
 *  - hand-ins for one agent are serialised by a transaction-scoped advisory lock per (operator, agent), so
 *    concurrent hand-ins can never together exceed what the agent held;
 *  - idempotent per (operator, idempotencyKey): the same key and input return the first hand-in; the same
 *    key with another input is IDEMPOTENCY_KEY_REUSED.
 */
import { DomainError, ErrorCode, isUniqueViolation, isUuid, Prisma, recordEvent, TOPICS, uuidv7 } from '@webwaka/kit';
import { TX_OPTIONS, type Db, type ServiceContext, type Tx } from './context';
import { requireTenant, visibleOperators } from './scope';

/** Matches the ledger's upper bound of one line (10^15 minor units). */
export const MAX_HAND_IN = 10n ** 15n;
const MAX_NOTE = 500;
const MAX_KEY = 100;
const CURRENCY_RE = /^[A-Z]{3}$/;

export interface CashPosition {
  operatorTenantId: string;
  agentUserId: string;
  currency: string;
  taken: bigint;
  handedIn: bigint;
  outstanding: bigint;
  lastHandInAt: Date | null;
}

export type CashHandInRow = Awaited<ReturnType<Tx['cashHandIn']['findUniqueOrThrow']>>;

/** Agents' positions at the given operators (optionally one agent's), ordered by outstanding cash, largest first. */
export async function cashPositions(db: Db, filter: { operators: string[]; agentUserId?: string; currency?: string }): Promise<CashPosition[]> {
  const agent = filter.agentUserId ?? { not: null };
  const currency = filter.currency ? { currency: filter.currency } : {};
  const sales = await db.booking.groupBy({
    by: ['tenantId', 'agentUserId', 'currency'],
    where: { tenantId: { in: filter.operators }, channel: 'AGENT', agentUserId: agent, ...currency },
    _sum: { amountPaid: true },
  });
  const handIns = await db.cashHandIn.groupBy({
    by: ['tenantId', 'agentUserId', 'currency'],
    where: { tenantId: { in: filter.operators }, ...(filter.agentUserId ? { agentUserId: filter.agentUserId } : {}), ...currency },
    _sum: { amount: true },
    _max: { createdAt: true },
  });
  const byKey = new Map<string, CashPosition>();
  const entry = (operatorTenantId: string, agentUserId: string, cur: string) => {
    const key = `${operatorTenantId}|${agentUserId}|${cur}`;
    if (!byKey.has(key)) byKey.set(key, { operatorTenantId, agentUserId, currency: cur, taken: 0n, handedIn: 0n, outstanding: 0n, lastHandInAt: null });
    return byKey.get(key)!;
  };
  for (const s of sales) entry(s.tenantId, s.agentUserId!, s.currency).taken = s._sum.amountPaid ?? 0n;
  for (const h of handIns) Object.assign(entry(h.tenantId, h.agentUserId, h.currency), { handedIn: h._sum.amount ?? 0n, lastHandInAt: h._max.createdAt });
  const positions = [...byKey.values()].map((p) => ({ ...p, outstanding: p.taken > p.handedIn ? p.taken - p.handedIn : 0n }));
  return positions.sort((a, b) => (a.outstanding === b.outstanding ? a.agentUserId.localeCompare(b.agentUserId) || a.currency.localeCompare(b.currency) : a.outstanding > b.outstanding ? -1 : 1));
}

/** One agent's hand-ins in one currency at one operator. */
export interface HandInsOf {
  tenantId: string;
  agentUserId: string;
  currency: string;
}

/**
 * The latest `first` hand-ins of each (operator, agent, currency), newest first, in ONE query for all of
 * them: a page lists every agent's position with its recent hand-ins (the GraphQL field batches through a
 * DataLoader).
 */
export async function recentHandIns(db: Db, keys: readonly HandInsOf[], first: number): Promise<CashHandInRow[][]> {
  if (keys.length === 0 || first <= 0) return keys.map(() => []);
  const tuples = Prisma.join(keys.map((k) => Prisma.sql`(${k.tenantId}::uuid, ${k.agentUserId}::uuid, ${k.currency})`));
  const rows = await db.$queryRaw<(CashHandInRow & { rn: bigint })[]>`
    SELECT * FROM (
      SELECT h.*, row_number() OVER (PARTITION BY h."tenantId", h."agentUserId", h."currency" ORDER BY h."id" DESC) AS rn
      FROM "transport"."CashHandIn" h
      WHERE (h."tenantId", h."agentUserId", h."currency") IN (${tuples})
    ) latest
    WHERE rn <= ${first}
    ORDER BY "id" DESC`;
  const byKey = new Map<string, CashHandInRow[]>();
  for (const { rn: _rn, ...row } of rows) {
    const key = `${row.tenantId}|${row.agentUserId}|${row.currency}`;
    byKey.set(key, [...(byKey.get(key) ?? []), row]);
  }
  return keys.map((k) => byKey.get(`${k.tenantId}|${k.agentUserId}|${k.currency}`) ?? []);
}

/** Every agent's position at the request's tenant (the operator). */
export async function agentCashPositions(ctx: ServiceContext): Promise<CashPosition[]> {
  return cashPositions(ctx.prisma, { operators: [requireTenant(ctx)] });
}

/**
 * The signed-in agent's own positions at every operator it sells for through the request's tenant (the
 * operator itself, or the operators a motor park lists).
 */
export async function myCashPositions(ctx: ServiceContext): Promise<CashPosition[]> {
  const tenantId = requireTenant(ctx);
  if (!ctx.actor.userId) throw new DomainError(ErrorCode.FORBIDDEN, 'Agents read their own cash position', []);
  return cashPositions(ctx.prisma, { operators: await visibleOperators(ctx.prisma, tenantId), agentUserId: ctx.actor.userId });
}

export interface CashHandInInput {
  agentUserId: string;
  amount: bigint;
  currency: string;
  idempotencyKey: string;
  note?: string | null;
}

const bad = (message: string, field: string) => new DomainError(ErrorCode.BAD_USER_INPUT, message, [field]);

function checkInput(input: CashHandInInput): CashHandInInput & { note: string | null } {
  if (!isUuid(input.agentUserId)) throw bad('agentUserId must be a user id', 'agentUserId');
  if (typeof input.amount !== 'bigint' || input.amount <= 0n || input.amount > MAX_HAND_IN) throw bad(`amount must be 1 to ${MAX_HAND_IN} minor units`, 'amount');
  if (typeof input.currency !== 'string' || !CURRENCY_RE.test(input.currency)) throw bad('currency must be an ISO 4217 code such as NGN', 'currency');
  const idempotencyKey = (input.idempotencyKey ?? '').trim();
  if (idempotencyKey.length < 1 || idempotencyKey.length > MAX_KEY) throw bad(`idempotencyKey must be 1 to ${MAX_KEY} characters`, 'idempotencyKey');
  const note = (input.note ?? '').trim() || null;
  if (note && note.length > MAX_NOTE) throw bad(`note must be at most ${MAX_NOTE} characters`, 'note');
  return { agentUserId: input.agentUserId, amount: input.amount, currency: input.currency, idempotencyKey, note };
}

/** The first hand-in under this key if it asked for the same thing; IDEMPOTENCY_KEY_REUSED if it asked for something else. */
function replayOf(earlier: CashHandInRow, input: CashHandInInput & { note: string | null }): CashHandInRow {
  const same = earlier.agentUserId === input.agentUserId && earlier.amount === input.amount && earlier.currency === input.currency && earlier.note === input.note;
  if (!same) throw new DomainError(ErrorCode.IDEMPOTENCY_KEY_REUSED, 'This idempotency key was used for a different hand-in', ['idempotencyKey']);
  return earlier;
}

/** Serialises one agent's hand-ins at one operator until the transaction ends (works on PGlite and PostgreSQL). */
const lockAgentCash = (tx: Tx, tenantId: string, agentUserId: string) => tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`transport.cash:${tenantId}:${agentUserId}`}, 0))`;

/** Records cash an agent handed to the operator and requests its CASH_HAND_IN posting, atomically. */
export async function recordCashHandIn(ctx: ServiceContext, raw: CashHandInInput): Promise<{ handIn: CashHandInRow; position: CashPosition }> {
  const tenantId = requireTenant(ctx);
  const receivedByUserId = ctx.actor.userId;
  if (!receivedByUserId) throw new DomainError(ErrorCode.FORBIDDEN, 'A person of the operator receives the cash: sign in to record it', []);
  const input = checkInput(raw);
  const key = { tenantId_idempotencyKey: { tenantId, idempotencyKey: input.idempotencyKey } };
  try {
    const result = await ctx.prisma.$transaction(async (tx) => {
      await lockAgentCash(tx, tenantId, input.agentUserId);
      const earlier = await tx.cashHandIn.findUnique({ where: key });
      const handIn = earlier ? replayOf(earlier, input) : await createHandIn(tx, tenantId, receivedByUserId, input);
      const [position] = await cashPositions(tx, { operators: [tenantId], agentUserId: input.agentUserId, currency: input.currency });
      return { handIn, position };
    }, TX_OPTIONS);
    ctx.eventsRecorded();
    return result;
  } catch (e) {
    // The same key arrived through another request (for another agent, so another lock) and committed first.
    if (!isUniqueViolation(e)) throw e;
    const other = await ctx.prisma.cashHandIn.findUnique({ where: key });
    if (!other) throw e;
    const handIn = replayOf(other, input);
    const [position] = await cashPositions(ctx.prisma, { operators: [tenantId], agentUserId: input.agentUserId, currency: input.currency });
    return { handIn, position };
  }
}

async function createHandIn(tx: Tx, tenantId: string, receivedByUserId: string, input: CashHandInInput & { note: string | null }): Promise<CashHandInRow> {
  const held = await cashPositions(tx, { operators: [tenantId], agentUserId: input.agentUserId });
  if (!held.length) throw bad('This agent has taken no cash for this operator', 'agentUserId');
  const position = held.find((p) => p.currency === input.currency);
  if (!position) throw bad(`This agent holds cash in ${held.map((p) => p.currency).join(', ')} only`, 'currency');
  if (input.amount > position.outstanding) {
    throw new DomainError(
      ErrorCode.HAND_IN_EXCEEDS_CASH_HELD,
      `The agent holds ${position.outstanding} ${position.currency} minor units for this operator; the hand-in of ${input.amount} is more than that`,
      ['amount'],
    );
  }
  const handIn = await tx.cashHandIn.create({
    data: { id: uuidv7(), tenantId, agentUserId: input.agentUserId, amount: input.amount, currency: input.currency, idempotencyKey: input.idempotencyKey, note: input.note, receivedByUserId },
  });
  await requestHandInPosting(tx, handIn);
  return handIn;
}

/** CASH_HAND_IN in the operator's book: the cash moves from the agent's CASH_HELD to the operator's own. */
async function requestHandInPosting(tx: Tx, h: CashHandInRow) {
  const amount = h.amount.toString();
  await recordEvent(tx, {
    tenantId: h.tenantId,
    topic: TOPICS.LEDGER_POSTING_REQUESTED,
    payload: {
      idempotencyKey: `cash-hand-in:${h.id}`,
      kind: 'CASH_HAND_IN',
      currency: h.currency,
      memo: 'Cash handed in by an agent',
      reference: { type: 'CashHandIn', id: h.id },
      occurredAt: h.createdAt.toISOString(),
      lines: [
        { account: { tenantId: h.tenantId, ownerType: 'TENANT', ownerId: h.tenantId, purpose: 'CASH_HELD' }, side: 'DEBIT', amount, memo: 'cash received from the agent' },
        { account: { tenantId: h.tenantId, ownerType: 'AGENT', ownerId: h.agentUserId, purpose: 'CASH_HELD' }, side: 'CREDIT', amount },
      ],
    },
  });
}

/** The filter of the operator's hand-ins, optionally one agent's (callers page them newest first: uuidv7 ids are time-ordered). */
export function handInsWhere(ctx: ServiceContext, agentUserId: string | null | undefined) {
  return { tenantId: requireTenant(ctx), ...(agentUserId ? { agentUserId } : {}) };
}
