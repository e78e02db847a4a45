/**
 * Corrections by administrators, never edits:
 *  - postAdjustment: a balanced manual entry (kind ADJUSTMENT) on accounts of the administrator's own book,
 *    with a reason; idempotent on the caller's key (same key and input: the first entry; other input:
 *    IDEMPOTENCY_KEY_REUSED).
 *  - reverseJournalEntry: the mirror entry (every line on the other side) of an entry of this tenant's
 *    journal, once: an entry already reversed (wholly, or in part by a refund or clawback) or itself a
 *    reversal is INVALID_TRANSITION; payout entries are undone by failing the payout item instead.
 */
import { DomainError, ErrorCode, isUniqueViolation, isUuid, requireTenant } from '@webwaka/kit';
import type { OwnerType, Purpose, Side } from './accounts';
import { TX_OPTIONS, type ServiceContext } from './context';
import { currencyOf, postEntry, postJournalEntry, type PostingRequest } from './posting';

export interface AdjustmentInput {
  idempotencyKey: string;
  currency: string;
  reason: string;
  occurredAt?: Date | null;
  lines: { ownerType: OwnerType; ownerId: string; purpose: Purpose; side: Side; amount: bigint; memo?: string | null }[];
}

const bad = (message: string, field: string[]) => new DomainError(ErrorCode.BAD_USER_INPUT, message, field);

export async function postAdjustment(ctx: ServiceContext, input: AdjustmentInput) {
  const tenantId = requireTenant(ctx);
  const key = input.idempotencyKey?.trim();
  if (!key || key.length > 100) throw bad('idempotencyKey must be 1 to 100 characters', ['idempotencyKey']);
  const reason = input.reason?.trim();
  if (!reason || reason.length > 500) throw bad('A reason (up to 500 characters) is required', ['reason']);
  const currency = currencyOf(input.currency);
  input.lines.forEach((l, i) => {
    if (!isUuid(l.ownerId)) throw bad('ownerId must be a UUID', ['lines', String(i), 'ownerId']);
    if (l.memo && l.memo.length > 500) throw bad('memo must be at most 500 characters', ['lines', String(i), 'memo']);
  });
  const request: PostingRequest = {
    tenantId,
    idempotencyKey: `adjustment:${key}`,
    kind: 'ADJUSTMENT',
    memo: reason,
    reference: { type: 'Adjustment', id: key },
    occurredAt: input.occurredAt ?? new Date(),
    createdByUserId: ctx.actor.userId,
    lines: input.lines.map((l) => ({
      account: { tenantId, ownerType: l.ownerType, ownerId: l.ownerId.toLowerCase(), purpose: l.purpose, currency },
      side: l.side,
      amount: l.amount,
      memo: l.memo?.trim() || null,
    })),
  };
  // occurredAt defaults to now, which would differ on a replay: compare against the first entry's time.
  if (!input.occurredAt) {
    const first = await ctx.prisma.journalEntry.findUnique({ where: { tenantId_idempotencyKey: { tenantId, idempotencyKey: request.idempotencyKey } }, select: { occurredAt: true } });
    if (first) request.occurredAt = first.occurredAt;
  }
  const posted = await postJournalEntry(ctx.prisma, request);
  return ctx.prisma.journalEntry.findUniqueOrThrow({ where: { id: posted.entry.id } });
}

export async function reverseJournalEntry(ctx: ServiceContext, id: string, reasonInput: string) {
  const tenantId = requireTenant(ctx);
  const reason = reasonInput?.trim();
  if (!reason || reason.length > 500) throw bad('A reason (up to 500 characters) is required', ['reason']);
  const entry = isUuid(id)
    ? await ctx.prisma.journalEntry.findFirst({ where: { id, tenantId }, include: { lines: { include: { account: true }, orderBy: { position: 'asc' } } } })
    : null;
  if (!entry) throw new DomainError(ErrorCode.NOT_FOUND, 'No such journal entry', ['id']);
  if (entry.kind === 'REVERSAL') throw new DomainError(ErrorCode.INVALID_TRANSITION, 'A reversal is not reversed; post an adjustment instead', ['id']);
  if (entry.kind === 'PAYOUT' || entry.kind === 'PAYOUT_SETTLED') {
    throw new DomainError(ErrorCode.INVALID_TRANSITION, 'Payout entries are undone by marking the payout item failed', ['id']);
  }
  const request: PostingRequest = {
    tenantId,
    idempotencyKey: `reversal:${entry.id}`,
    kind: 'REVERSAL',
    memo: `Reversal of ${entry.memo}: ${reason}`.slice(0, 500),
    reference: { type: 'JournalEntry', id: entry.id },
    occurredAt: new Date(),
    reversesEntryId: entry.id,
    reversesIdempotencyKey: entry.idempotencyKey,
    createdByUserId: ctx.actor.userId,
    lines: entry.lines.map((l) => ({
      account: { tenantId: l.account.tenantId, ownerType: l.account.ownerType, ownerId: l.account.ownerId, purpose: l.account.purpose, currency: l.currency },
      side: l.side === 'DEBIT' ? 'CREDIT' : 'DEBIT',
      amount: l.amount,
      memo: l.memo,
    })),
  };
  const alreadyReversed = () => new DomainError(ErrorCode.INVALID_TRANSITION, 'This entry has already been reversed', ['id']);
  try {
    const posted = await ctx.prisma.$transaction(async (tx) => {
      // Checked inside the transaction that posts, on the entry's row lock, so two reversals cannot both pass.
      await tx.$queryRaw`SELECT "id" FROM "ledger"."JournalEntry" WHERE "id" = ${entry.id}::uuid FOR UPDATE`;
      if ((await tx.journalEntry.count({ where: { reversesEntryId: entry.id } })) > 0) throw alreadyReversed();
      return postEntry(tx, request);
    }, TX_OPTIONS);
    return ctx.prisma.journalEntry.findUniqueOrThrow({ where: { id: posted.entry.id } });
  } catch (e) {
    if (isUniqueViolation(e)) throw alreadyReversed();
    throw e;
  }
}
