/**
 * Payouts of what a book owes (VENDOR_PAYABLE, AGENT_COMMISSION_PAYABLE, PARTNER_PAYABLE). Rules:
 *  - settings per book: a minimum per currency (default 1 minor unit: any positive balance) and a schedule
 *    (WEEKLY, MONTHLY, MANUAL) with its next run;
 *  - a batch (by an administrator, or the schedule's job — at most one batch per run and currency) holds an
 *    item per payable account whose balance reaches the minimum, for the whole balance. Creating it posts
 *    per item DEBIT the payable / CREDIT PAYOUT_CLEARING (kind PAYOUT) in the same transaction, with the
 *    accounts locked: money committed to be paid, and never committed twice;
 *  - DRAFT -> PROCESSING (sent) -> each item PAID (posts PAYOUT_SETTLED: DEBIT PAYOUT_CLEARING / CREDIT
 *    PAYMENT_CLEARING) or FAILED (posts the reversal of its PAYOUT entry: the money is owed again); when
 *    no item is pending the batch is PAID, PARTIALLY_FAILED or FAILED.
 * Every change is one transaction with its postings; items move only from PENDING (conditional update).
 *
 * Decision 0031: a vendor's payable is paid less what is still held (orders undelivered or inside the
 * return window: services/holds.ts), never below 0; a vendor without payout bank details (catalog) is held
 * out. Accounts left out, and why, are kept on the batch (`heldBack`) and shown before (`payoutPlan`).
 */
import { DomainError, ErrorCode, isUniqueViolation, isUuid, logger, requireTenant, uuidv7, type PrismaClient } from '@webwaka/kit';
import { askCatalogAboutVendors, tenantsAmong } from './access';
import { accountKey, lockAccounts, PAYABLE_PURPOSES, type AccountKey } from './accounts';
import { heldByVendor, returnWindowDays } from './holds';
import { payeeOf, recordPayoutMessage } from './payout-messages';
import { TX_OPTIONS, type ServiceContext, type Tx } from './context';
import { currencyOf, MAX_LINE_AMOUNT, postEntry } from './posting';

export type PayoutScheduleName = 'WEEKLY' | 'MONTHLY' | 'MANUAL';

const notFound = (what: string, field = ['id']) => new DomainError(ErrorCode.NOT_FOUND, `No such ${what}`, field);

/** The book's settings (defaults when none were saved). */
export async function payoutSettings(prisma: PrismaClient | Tx, tenantId: string) {
  const saved = await prisma.payoutSettings.findUnique({ where: { tenantId }, include: { thresholds: { orderBy: { currency: 'asc' } } } });
  return saved ?? { tenantId, schedule: 'MANUAL' as PayoutScheduleName, nextRunAt: null, updatedAt: null, thresholds: [] };
}

/** The next run after `from`: a week later, or the same day of the next month (clamped to its length). */
export function nextRun(schedule: PayoutScheduleName, from: Date): Date | null {
  if (schedule === 'MANUAL') return null;
  const d = new Date(from);
  if (schedule === 'WEEKLY') {
    d.setUTCDate(d.getUTCDate() + 7);
    return d;
  }
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + 1);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d;
}

export async function setPayoutSettings(
  ctx: ServiceContext,
  input: { schedule: PayoutScheduleName; nextRunAt?: Date | null; thresholds?: { currency: string; minimum: bigint }[] | null },
) {
  const tenantId = requireTenant(ctx);
  if (input.schedule === 'MANUAL' && input.nextRunAt) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A MANUAL schedule has no next run', ['nextRunAt']);
  if (input.nextRunAt && input.nextRunAt.getTime() < Date.now() - 60_000) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The next run must not be in the past', ['nextRunAt']);
  const nextRunAt = input.schedule === 'MANUAL' ? null : (input.nextRunAt ?? nextRun(input.schedule, new Date()));
  const thresholds = (input.thresholds ?? []).map((t, i) => {
    const currency = currencyOf(t.currency, `thresholds.${i}.currency`);
    if (t.minimum <= 0n || t.minimum > MAX_LINE_AMOUNT) throw new DomainError(ErrorCode.BAD_USER_INPUT, `A minimum is between 1 and ${MAX_LINE_AMOUNT} minor units`, ['thresholds', String(i), 'minimum']);
    return { currency, minimum: t.minimum };
  });
  if (new Set(thresholds.map((t) => t.currency)).size !== thresholds.length) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'One minimum per currency', ['thresholds']);
  await ctx.prisma.$transaction(async (tx) => {
    await tx.payoutSettings.upsert({ where: { tenantId }, create: { tenantId, schedule: input.schedule, nextRunAt }, update: { schedule: input.schedule, nextRunAt } });
    for (const t of thresholds) {
      await tx.payoutThreshold.upsert({ where: { tenantId_currency: { tenantId, currency: t.currency } }, create: { tenantId, ...t }, update: { minimum: t.minimum } });
    }
  }, TX_OPTIONS);
  return payoutSettings(ctx.prisma, tenantId);
}

/** The minimum paid out in a currency (1 minor unit when none is set). */
async function minimumFor(tx: Tx, tenantId: string, currency: string): Promise<bigint> {
  const t = await tx.payoutThreshold.findUnique({ where: { tenantId_currency: { tenantId, currency } } });
  return t?.minimum ?? 1n;
}

/** A vendor's payout bank as catalog shows it (masked), or null when it has none or catalog hides the vendor. */
export interface PayeeBank {
  bankName: string;
  accountName: string;
  accountNumberLast4: string;
}

/** One payable account's line of a plan: what it would be paid, what is held, and why it is left out. */
export interface PlanLine {
  accountId: string;
  ownerType: string;
  ownerId: string;
  purpose: string;
  currency: string;
  balance: bigint;
  held: bigint;
  payable: bigint;
  bank: PayeeBank | null;
  /** Why nothing is paid to it now (null: it is paid `payable`). */
  reason: string | null;
}

type CtxForPlan = Pick<ServiceContext, 'prisma' | 'tenantId' | 'actor' | 'requestId'> & { peers?: ServiceContext['peers'] };

const isVendorPayable = (a: { ownerType: string; purpose: string }) => a.ownerType === 'VENDOR' && a.purpose === 'VENDOR_PAYABLE';

/**
 * A payee's bank as the plan sees it: the vendor's details, null (an approved vendor without them),
 * undefined (catalog shows no such approved vendor: suspended), or TENANT (a seller outside the catalogue,
 * a bus operator's ticket sales: paid by arrangement with the tenant, as before bank details existed).
 */
type PayeeBankState = PayeeBank | null | undefined | 'TENANT';

/** Payout bank details of the book's vendors with something owed (asked before the transaction: no peer call inside one). */
async function payeeBanks(ctx: CtxForPlan, tenantId: string, currency: string): Promise<Map<string, PayeeBankState>> {
  const rows = await ctx.prisma.ledgerAccount.findMany({ where: { tenantId, currency, ownerType: 'VENDOR', purpose: 'VENDOR_PAYABLE', balance: { gt: 0 } }, distinct: ['ownerId'], select: { ownerId: true } });
  if (!ctx.peers) return new Map();
  const found = await askCatalogAboutVendors<{ id: string; payoutBank: PayeeBank | null }>(ctx as ServiceContext, tenantId, rows.map((r) => r.ownerId), 'id payoutBank { bankName accountName accountNumberLast4 }');
  const outside = await tenantsAmong(ctx as ServiceContext, tenantId, [...found].filter(([, v]) => !v).map(([id]) => id));
  return new Map([...found].map(([id, v]): [string, PayeeBankState] => [id, v ? (v.payoutBank ?? null) : outside.has(id) ? 'TENANT' : undefined]));
}

/** Decides every account's line (pure): balance less what is held, the minimum, the bank details. */
function planLines(
  accounts: { id: string; ownerType: string; ownerId: string; purpose: string; currency: string; balance: bigint }[],
  minimum: bigint,
  holds: Awaited<ReturnType<typeof heldByVendor>>,
  banks: Map<string, PayeeBankState>,
): PlanLine[] {
  return accounts
    .filter((a) => a.balance > 0n)
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((a) => {
      const vendor = isVendorPayable(a);
      const hold = vendor ? holds.get(a.ownerId) : undefined;
      const held = hold ? (hold.held < a.balance ? hold.held : a.balance) : 0n;
      const payable = a.balance - held;
      const known = vendor ? banks.get(a.ownerId) : null;
      const bank = known === 'TENANT' ? null : (known ?? null);
      let reason: string | null = null;
      if (payable < minimum || payable <= 0n) {
        reason = hold && held > 0n ? heldReason(hold, payable, minimum) : `Below the minimum payout of ${minimum} minor units`;
      } else if (vendor && known === undefined) {
        reason = 'Not an approved vendor in the catalogue (suspended, or a seller outside it): no bank details to pay to';
      } else if (vendor && !bank && known !== 'TENANT') {
        reason = 'No payout bank details: the vendor (or an administrator) must add them before it can be paid';
      }
      return { accountId: a.id, ownerType: a.ownerType, ownerId: a.ownerId, purpose: a.purpose, currency: a.currency, balance: a.balance, held, payable: reason ? 0n : payable, bank, reason };
    });
}

function heldReason(h: { undelivered: number; inWindow: number; releasesAt: Date | null }, payable: bigint, minimum: bigint): string {
  const parts: string[] = [];
  if (h.undelivered) parts.push(`${h.undelivered} order(s) not yet delivered`);
  if (h.inWindow) parts.push(`${h.inWindow} order(s) inside the ${returnWindowDays()}-day return window (until ${h.releasesAt!.toISOString().slice(0, 10)})`);
  return `Held: ${parts.join(', ')}${payable > 0n ? `; the rest (${payable}) is below the minimum of ${minimum}` : ''}`;
}

/** What a batch made now would pay each payable account of the book, and why some are left out (read only). */
export async function payoutPlan(ctx: CtxForPlan, currencyInput: string, now = new Date()): Promise<PlanLine[]> {
  const tenantId = requireTenant(ctx);
  const currency = currencyOf(currencyInput);
  const banks = await payeeBanks(ctx, tenantId, currency);
  const minimum = await minimumFor(ctx.prisma as unknown as Tx, tenantId, currency);
  const accounts = await ctx.prisma.ledgerAccount.findMany({ where: { tenantId, currency, purpose: { in: [...PAYABLE_PURPOSES] }, balance: { gt: 0 } } });
  return planLines(accounts, minimum, await heldByVendor(ctx.prisma, tenantId, currency, now), banks);
}

const heldBackJson = (lines: PlanLine[]) =>
  lines.map((l) => ({ accountId: l.accountId, ownerType: l.ownerType, ownerId: l.ownerId, purpose: l.purpose, balance: l.balance.toString(), held: l.held.toString(), reason: l.reason }));

/**
 * Creates a batch for the book's payable balances in `currency`, less what is held, that reach the minimum
 * (vendors: with bank details), posting each item. BAD_USER_INPUT when nothing is due. `scheduledFor`: the
 * schedule's run (unique per book and currency); `now`: the clock return windows are measured against.
 */
export async function createPayoutBatch(ctx: CtxForPlan, currencyInput: string, opts: { scheduledFor?: Date; now?: Date } = {}) {
  const tenantId = requireTenant(ctx);
  const currency = currencyOf(currencyInput);
  const now = opts.now ?? new Date();
  const banks = await payeeBanks(ctx, tenantId, currency);
  return ctx.prisma.$transaction(async (tx) => {
    const minimum = await minimumFor(tx, tenantId, currency);
    const candidates = await tx.ledgerAccount.findMany({ where: { tenantId, currency, purpose: { in: [...PAYABLE_PURPOSES] }, balance: { gt: 0 } } });
    // Lock, then read the balances again: a posting that committed meanwhile counts, nothing is paid twice.
    const locked = candidates.length ? await lockAccounts(tx, candidates) : new Map();
    const fresh = [...locked.values()].map((l) => ({ ...candidates.find((c) => c.id === l.id)!, balance: l.balance as bigint }));
    const lines = planLines(fresh, minimum, await heldByVendor(tx, tenantId, currency, now), banks);
    const due = lines.filter((l) => !l.reason);
    const heldBack = lines.filter((l) => l.reason);
    if (due.length === 0) {
      const why = heldBack.filter((l) => l.held > 0n || (l.ownerType === 'VENDOR' && !l.bank)).length;
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `No payable balance in ${currency} is due${why ? ` (${why} held back: see the payables)` : ` (none reaches the minimum of ${minimum})`}`, ['currency']);
    }
    const batch = await tx.payoutBatch.create({
      data: { id: uuidv7(), tenantId, currency, scheduledFor: opts.scheduledFor ?? null, total: due.reduce((n, l) => n + l.payable, 0n), createdByUserId: ctx.actor.userId, heldBack: heldBackJson(heldBack) },
    });
    const clearing: AccountKey = { tenantId, ownerType: 'TENANT', ownerId: tenantId, purpose: 'PAYOUT_CLEARING', currency };
    for (const line of due) {
      const full = fresh.find((c) => c.id === line.accountId)!;
      const itemId = uuidv7();
      const posted = await postEntry(tx, {
        tenantId,
        idempotencyKey: `payout:${itemId}`,
        kind: 'PAYOUT',
        memo: `Payout of ${full.purpose.toLowerCase().replace(/_/g, ' ')} to ${full.ownerType.toLowerCase()} ${full.ownerId}`,
        reference: { type: 'PayoutBatch', id: batch.id },
        occurredAt: batch.createdAt,
        createdByUserId: ctx.actor.userId,
        lines: [
          { account: accountKey(full), side: 'DEBIT', amount: line.payable },
          { account: clearing, side: 'CREDIT', amount: line.payable },
        ],
      });
      await tx.payoutItem.create({
        data: { id: itemId, tenantId, batchId: batch.id, accountId: full.id, amount: line.payable, heldAmount: line.held, bankName: line.bank?.bankName ?? null, accountLast4: line.bank?.accountNumberLast4 ?? null, currency, payoutEntryId: posted.entry.id },
      });
    }
    return tx.payoutBatch.findUniqueOrThrow({ where: { id: batch.id } });
  }, TX_OPTIONS);
}

/** DRAFT -> PROCESSING: the batch was handed to the bank or provider. */
export async function submitPayoutBatch(ctx: ServiceContext, id: string) {
  const tenantId = requireTenant(ctx);
  const batch = isUuid(id) ? await ctx.prisma.payoutBatch.findFirst({ where: { id, tenantId } }) : null;
  if (!batch) throw notFound('payout batch');
  const { count } = await ctx.prisma.payoutBatch.updateMany({ where: { id, status: 'DRAFT' }, data: { status: 'PROCESSING', submittedAt: new Date() } });
  if (count === 0) throw new DomainError(ErrorCode.INVALID_TRANSITION, `The batch is ${batch.status}; only a DRAFT batch is submitted`, ['id']);
  return ctx.prisma.payoutBatch.findUniqueOrThrow({ where: { id } });
}

async function pendingItem(ctx: ServiceContext, id: string) {
  const tenantId = requireTenant(ctx);
  const item = isUuid(id) ? await ctx.prisma.payoutItem.findFirst({ where: { id, tenantId }, include: { batch: true, account: true } }) : null;
  if (!item) throw notFound('payout item');
  if (item.batch.status !== 'PROCESSING') throw new DomainError(ErrorCode.INVALID_TRANSITION, `The batch is ${item.batch.status}; items are settled once it is PROCESSING`, ['id']);
  if (item.status !== 'PENDING') throw new DomainError(ErrorCode.INVALID_TRANSITION, `The item is already ${item.status}`, ['id']);
  return { tenantId, item };
}

/** Claims the item (PENDING -> status) inside the transaction; a concurrent settlement finds it claimed. */
async function claimItem(tx: Tx, id: string, data: { status: 'PAID' | 'FAILED'; paidReference?: string | null; failureReason?: string | null }) {
  const { count } = await tx.payoutItem.updateMany({ where: { id, status: 'PENDING' }, data: { ...data, resolvedAt: new Date() } });
  if (count === 0) throw new DomainError(ErrorCode.INVALID_TRANSITION, 'The item was settled meanwhile', ['id']);
}

/** Closes the batch once no item is pending: PAID, PARTIALLY_FAILED or FAILED. */
async function completeBatch(tx: Tx, batchId: string) {
  const items = await tx.payoutItem.groupBy({ by: ['status'], where: { batchId }, _count: true });
  const count = (s: string) => items.find((i) => i.status === s)?._count ?? 0;
  if (count('PENDING') > 0) return;
  const status = count('FAILED') === 0 ? 'PAID' : count('PAID') === 0 ? 'FAILED' : 'PARTIALLY_FAILED';
  await tx.payoutBatch.updateMany({ where: { id: batchId, status: 'PROCESSING' }, data: { status, completedAt: new Date() } });
}

export async function markPayoutItemPaid(ctx: ServiceContext, id: string, referenceInput?: string | null) {
  const reference = referenceInput?.trim() || null;
  if (reference && reference.length > 200) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'reference must be at most 200 characters', ['reference']);
  const { tenantId, item } = await pendingItem(ctx, id);
  const payee = await payeeOf(ctx, tenantId, item.account);
  await ctx.prisma.$transaction(async (tx) => {
    await claimItem(tx, item.id, { status: 'PAID', paidReference: reference });
    await recordPayoutMessage(tx, tenantId, item, reference, payee);
    const posted = await postEntry(tx, {
      tenantId,
      idempotencyKey: `payout-settled:${item.id}`,
      kind: 'PAYOUT_SETTLED',
      memo: `Payout to ${item.account.ownerType.toLowerCase()} ${item.account.ownerId} confirmed${reference ? ` (${reference})` : ''}`,
      reference: { type: 'PayoutItem', id: item.id },
      occurredAt: new Date(),
      createdByUserId: ctx.actor.userId,
      lines: [
        { account: { tenantId, ownerType: 'TENANT', ownerId: tenantId, purpose: 'PAYOUT_CLEARING', currency: item.currency }, side: 'DEBIT', amount: item.amount },
        { account: { tenantId, ownerType: 'TENANT', ownerId: tenantId, purpose: 'PAYMENT_CLEARING', currency: item.currency }, side: 'CREDIT', amount: item.amount },
      ],
    });
    await tx.payoutItem.update({ where: { id: item.id }, data: { settledEntryId: posted.entry.id } });
    await completeBatch(tx, item.batchId);
  }, TX_OPTIONS);
  return ctx.prisma.payoutItem.findUniqueOrThrow({ where: { id: item.id } });
}

export async function markPayoutItemFailed(ctx: ServiceContext, id: string, reasonInput: string) {
  const reason = reasonInput?.trim();
  if (!reason || reason.length > 500) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A reason (up to 500 characters) is required', ['reason']);
  const { tenantId, item } = await pendingItem(ctx, id);
  await ctx.prisma.$transaction(async (tx) => {
    await claimItem(tx, item.id, { status: 'FAILED', failureReason: reason });
    const posted = await postEntry(tx, {
      tenantId,
      idempotencyKey: `payout-failed:${item.id}`,
      kind: 'REVERSAL',
      memo: `Payout to ${item.account.ownerType.toLowerCase()} ${item.account.ownerId} failed: ${reason}`.slice(0, 500),
      reference: { type: 'PayoutItem', id: item.id },
      occurredAt: new Date(),
      reversesEntryId: item.payoutEntryId,
      createdByUserId: ctx.actor.userId,
      lines: [
        { account: { tenantId, ownerType: 'TENANT', ownerId: tenantId, purpose: 'PAYOUT_CLEARING', currency: item.currency }, side: 'DEBIT', amount: item.amount },
        { account: accountKey(item.account), side: 'CREDIT', amount: item.amount },
      ],
    });
    await tx.payoutItem.update({ where: { id: item.id }, data: { reversalEntryId: posted.entry.id } });
    await completeBatch(tx, item.batchId);
  }, TX_OPTIONS);
  return ctx.prisma.payoutItem.findUniqueOrThrow({ where: { id: item.id } });
}

/**
 * The schedule's job: for every book whose next run is due, a batch per currency with something due
 * (the run's time makes it unique, so replicas or a retry cannot make two), then the next run.
 * Returns how many batches it created.
 */
export async function runDuePayouts(prisma: PrismaClient, now = new Date(), peers?: ServiceContext['peers']): Promise<number> {
  const due = await prisma.payoutSettings.findMany({ where: { schedule: { not: 'MANUAL' }, nextRunAt: { lte: now } } });
  let created = 0;
  for (const s of due) {
    const runAt = s.nextRunAt!;
    const currencies = await prisma.ledgerAccount.findMany({ where: { tenantId: s.tenantId, purpose: { in: [...PAYABLE_PURPOSES] }, balance: { gt: 0 } }, distinct: ['currency'], select: { currency: true } });
    const ctx = { prisma, peers, requestId: uuidv7(), tenantId: s.tenantId, actor: { kind: 'service', tenantId: s.tenantId, userId: null, roles: [], scopes: [], apiKeyId: null, sessionId: null, mfa: false } as ServiceContext['actor'] };
    for (const { currency } of currencies) {
      try {
        await createPayoutBatch(ctx, currency, { scheduledFor: runAt, now });
        created++;
      } catch (e) {
        // Nothing reaching the minimum, or this run's batch exists already (another replica): nothing to do.
        if (!(e instanceof DomainError) && !isUniqueViolation(e)) logger.error('ledger: scheduled payout failed', { tenantId: s.tenantId, currency, error: String(e) });
      }
    }
    await prisma.payoutSettings.updateMany({ where: { tenantId: s.tenantId, nextRunAt: runAt }, data: { nextRunAt: nextRun(s.schedule, runAt.getTime() > now.getTime() ? runAt : catchUp(s.schedule, runAt, now)) } });
  }
  return created;
}

/** The last run at or before `now` (a book whose job was down for weeks runs once, not once per missed week). */
function catchUp(schedule: PayoutScheduleName, runAt: Date, now: Date): Date {
  let at = runAt;
  for (let next = nextRun(schedule, at); next && next.getTime() <= now.getTime(); next = nextRun(schedule, at)) at = next;
  return at;
}
