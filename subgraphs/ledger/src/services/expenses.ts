/**
 * Expenses (issue 16, decision 0082): what the business spent — category, supplier, day, amount excluding
 * VAT and the VAT paid on it, a note and a receipt's photo — written by staff or an administrator as a
 * DRAFT, SUBMITTED by its writer, then APPROVED or REJECTED (with a reason) by an administrator who is not
 * its writer. Approval posts, in the same transaction, one balanced EXPENSE entry under the key
 * `expense:<id>`: DEBIT OPERATING_EXPENSE the amount and INPUT_VAT the VAT, CREDIT EXPENSES_PAYABLE the
 * total (what is owed to whoever is paid: the supplier, or the till or bank it came out of). The state moves
 * by conditional updates (two approvers at once: one wins, the other is told), and a decided expense never
 * changes (the database refuses it too: the expense_rules trigger).
 *
 * Receipts go through the return photos' pipeline (decision 0065; kit images.ts: sniffed, decoded, upright,
 * metadata dropped, re-encoded) into the PRIVATE media store, uploaded through the gateway's
 * `POST /expenses/receipts` (the internal `expense-receipt-upload` route) and read back by the book's
 * readers only (`GET /expenses/receipts/<id>/<file>`, the internal `expense-receipt` route).
 */
import { ADMIN_ROLES, DomainError, ErrorCode, isUuid, MEDIA_CONTENT_TYPES, privateMediaStore, requireTenant, storeImage, uuidv7, type Actor, type MediaStore } from '@webwaka/kit';
import { TX_OPTIONS, type ServiceContext } from './context';
import { currencyOf, MAX_LINE_AMOUNT, postEntry, type PostingLine } from './posting';
import { readsWholeBook } from './access';

/** What an expense was for: the profit and loss groups expenses by these. */
export const EXPENSE_CATEGORIES = [
  'RENT',
  'SALARIES',
  'FUEL_AND_POWER',
  'UTILITIES',
  'TRANSPORT_AND_DELIVERY',
  'MARKETING',
  'SUPPLIES',
  'REPAIRS_AND_MAINTENANCE',
  'PROFESSIONAL_FEES',
  'BANK_CHARGES',
  'TAXES_AND_LEVIES',
  'OTHER',
] as const;
export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number];
export const EXPENSE_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED'] as const;
export type ExpenseStatus = (typeof EXPENSE_STATUSES)[number];

export const RECEIPT_UPLOADS_PER_HOUR = 60;
const HOUR_MS = 3_600_000;
const RECEIPT_FILE_RE = /^(320|640|1280)\.(avif|webp|jpg)$/;
const MAX_TEXT = 200;
const MAX_NOTE = 1000;
const MAX_REASON = 500;
/** A day may be entered up to a day ahead (time zones), never further. */
export const FUTURE_SLACK_MS = 86_400_000;

export interface ExpenseInput {
  category: string;
  supplier: string;
  /** The day the money was spent (its date part, UTC). */
  spentOn: Date;
  currency: string;
  amount: bigint;
  vatPaid?: bigint | null;
  note?: string | null;
  receiptId?: string | null;
}

const bad = (message: string, field: string[]) => new DomainError(ErrorCode.BAD_USER_INPUT, message, field);
const notFound = () => new DomainError(ErrorCode.NOT_FOUND, 'No such expense', ['id']);

/** Who writes and submits expenses: the book's staff and administrators (signed-in people, not keys). */
function writer(ctx: Pick<ServiceContext, 'actor'>): string {
  const a = ctx.actor;
  if (a.kind === 'user' && a.userId && (a.roles.includes('STAFF') || (a.mfa && a.roles.some((r) => ADMIN_ROLES.includes(r))))) return a.userId;
  throw new DomainError(a.kind === 'anonymous' ? ErrorCode.UNAUTHENTICATED : ErrorCode.FORBIDDEN, 'Only the staff and administrators record expenses', ['id']);
}

/** Who decides: an administrator with the second factor, and never the expense's own writer. */
function approver(ctx: Pick<ServiceContext, 'actor'>, createdByUserId: string): string {
  const a = ctx.actor;
  if (!(a.kind === 'user' && a.userId && a.mfa && a.roles.some((r) => ADMIN_ROLES.includes(r)))) {
    throw new DomainError(ErrorCode.FORBIDDEN, 'Only an administrator approves or rejects expenses', ['id']);
  }
  if (a.userId === createdByUserId) throw new DomainError(ErrorCode.FORBIDDEN, 'Another administrator must decide an expense you recorded', ['id']);
  return a.userId;
}

function checkText(v: string | null | undefined, field: string, max: number, required: boolean): string {
  const t = (v ?? '').trim();
  if (required && !t) throw bad(`${field} is required`, ['input', field]);
  if (t.length > max) throw bad(`${field} must be at most ${max} characters`, ['input', field]);
  return t;
}

/** The checked fields of an expense, as stored. */
async function checkInput(ctx: ServiceContext, tenantId: string, input: ExpenseInput, now: Date) {
  if (!EXPENSE_CATEGORIES.includes(input.category as ExpenseCategory)) throw bad(`category must be one of ${EXPENSE_CATEGORIES.join(', ')}`, ['input', 'category']);
  const supplier = checkText(input.supplier, 'supplier', MAX_TEXT, true);
  const note = checkText(input.note, 'note', MAX_NOTE, false);
  if (!(input.spentOn instanceof Date) || Number.isNaN(input.spentOn.getTime())) throw bad('spentOn must be a date', ['input', 'spentOn']);
  if (input.spentOn.getTime() > now.getTime() + FUTURE_SLACK_MS) throw bad('An expense cannot be dated in the future', ['input', 'spentOn']);
  const spentOn = new Date(input.spentOn.toISOString().slice(0, 10) + 'T00:00:00Z');
  let currency: string;
  try {
    currency = currencyOf(input.currency);
  } catch {
    throw bad('currency must be an ISO 4217 code such as NGN', ['input', 'currency']);
  }
  const amount = input.amount;
  const vatPaid = input.vatPaid ?? 0n;
  if (amount <= 0n || amount > MAX_LINE_AMOUNT) throw bad(`amount must be between 1 and ${MAX_LINE_AMOUNT} minor units`, ['input', 'amount']);
  if (vatPaid < 0n || vatPaid > amount) throw bad('vatPaid must be between 0 and the amount', ['input', 'vatPaid']);
  let receiptId: string | null = null;
  if (input.receiptId) {
    const found = isUuid(input.receiptId) ? await ctx.prisma.expenseReceipt.findFirst({ where: { id: input.receiptId, tenantId }, select: { id: true } }) : null;
    if (!found) throw new DomainError(ErrorCode.NOT_FOUND, 'No such receipt: upload it again', ['input', 'receiptId']);
    receiptId = found.id;
  }
  return { category: input.category, supplier, note, spentOn, currency, amount, vatPaid, receiptId };
}

/** A new DRAFT (or, with `submit`, an expense SUBMITTED at once) written by the caller. */
export async function createExpense(ctx: ServiceContext, input: ExpenseInput & { submit?: boolean | null }, now = new Date()) {
  const tenantId = requireTenant(ctx);
  const userId = writer(ctx);
  const data = await checkInput(ctx, tenantId, input, now);
  return ctx.prisma.expense.create({
    data: { id: uuidv7(), tenantId, ...data, createdByUserId: userId, ...(input.submit ? { status: 'SUBMITTED', submittedAt: now } : {}) },
  });
}

/** Changes a DRAFT; only its writer may. */
export async function updateExpense(ctx: ServiceContext, id: string, input: ExpenseInput, now = new Date()) {
  const tenantId = requireTenant(ctx);
  const userId = writer(ctx);
  const expense = await findExpense(ctx, tenantId, id);
  if (expense.createdByUserId !== userId) throw new DomainError(ErrorCode.FORBIDDEN, 'Only its writer changes a draft expense', ['id']);
  const data = await checkInput(ctx, tenantId, input, now);
  const changed = await ctx.prisma.expense.updateMany({ where: { id, tenantId, status: 'DRAFT' }, data });
  if (changed.count !== 1) throw new DomainError(ErrorCode.INVALID_TRANSITION, 'Only a draft expense can be changed', ['id']);
  return ctx.prisma.expense.findUniqueOrThrow({ where: { id } });
}

/** DRAFT -> SUBMITTED, by its writer. */
export async function submitExpense(ctx: ServiceContext, id: string, now = new Date()) {
  const tenantId = requireTenant(ctx);
  const userId = writer(ctx);
  const expense = await findExpense(ctx, tenantId, id);
  if (expense.createdByUserId !== userId) throw new DomainError(ErrorCode.FORBIDDEN, 'Only its writer submits an expense', ['id']);
  const changed = await ctx.prisma.expense.updateMany({ where: { id, tenantId, status: 'DRAFT' }, data: { status: 'SUBMITTED', submittedAt: now } });
  if (changed.count !== 1) throw new DomainError(ErrorCode.INVALID_TRANSITION, `The expense is ${expense.status}, not a draft`, ['id']);
  return ctx.prisma.expense.findUniqueOrThrow({ where: { id } });
}

/** The balanced entry an approved expense posts (key `expense:<id>`, so it is posted once). */
export function expensePosting(e: { id: string; tenantId: string; category: string; supplier: string; spentOn: Date; currency: string; amount: bigint; vatPaid: bigint }, approvedBy: string) {
  const account = (purpose: 'OPERATING_EXPENSE' | 'INPUT_VAT' | 'EXPENSES_PAYABLE') => ({ tenantId: e.tenantId, ownerType: 'TENANT' as const, ownerId: e.tenantId, purpose, currency: e.currency });
  const lines: PostingLine[] = [
    { account: account('OPERATING_EXPENSE'), side: 'DEBIT', amount: e.amount, memo: e.category },
    ...(e.vatPaid > 0n ? [{ account: account('INPUT_VAT'), side: 'DEBIT' as const, amount: e.vatPaid, memo: 'VAT paid' }] : []),
    { account: account('EXPENSES_PAYABLE'), side: 'CREDIT', amount: e.amount + e.vatPaid, memo: e.supplier.slice(0, 200) },
  ];
  return {
    tenantId: e.tenantId,
    idempotencyKey: `expense:${e.id}`,
    kind: 'EXPENSE' as const,
    memo: `Expense: ${e.category} — ${e.supplier}`.slice(0, 500),
    reference: { type: 'Expense', id: e.id },
    occurredAt: e.spentOn,
    createdByUserId: approvedBy,
    lines,
  };
}

/**
 * SUBMITTED -> APPROVED, posting the expense in the same transaction. Approving it again answers with the
 * approved expense and posts nothing (the entry's key is the expense's).
 */
export async function approveExpense(ctx: ServiceContext, id: string, now = new Date()) {
  const tenantId = requireTenant(ctx);
  const expense = await findExpense(ctx, tenantId, id);
  const userId = approver(ctx, expense.createdByUserId);
  if (expense.status === 'APPROVED') return expense;
  if (expense.status !== 'SUBMITTED') throw new DomainError(ErrorCode.INVALID_TRANSITION, `The expense is ${expense.status}, not submitted`, ['id']);
  return ctx.prisma.$transaction(async (tx) => {
    // The row locked first: of two approvers (or an approver and a rejecter) at once, the second waits, then
    // finds it no longer SUBMITTED and posts nothing.
    const [locked] = await tx.$queryRaw<{ status: ExpenseStatus }[]>`SELECT "status"::text AS "status" FROM "ledger"."Expense" WHERE "id" = ${id}::uuid AND "tenantId" = ${tenantId}::uuid FOR UPDATE`;
    if (locked?.status === 'APPROVED') return tx.expense.findUniqueOrThrow({ where: { id } });
    if (locked?.status !== 'SUBMITTED') throw new DomainError(ErrorCode.INVALID_TRANSITION, `The expense is ${locked?.status ?? 'gone'}, not submitted`, ['id']);
    const posted = await postEntry(tx, expensePosting(expense, userId));
    return tx.expense.update({ where: { id }, data: { status: 'APPROVED', decidedByUserId: userId, decidedAt: now, journalEntryId: posted.entry.id } });
  }, TX_OPTIONS);
}

/** SUBMITTED -> REJECTED with the reason the writer is shown. */
export async function rejectExpense(ctx: ServiceContext, id: string, reasonInput: string, now = new Date()) {
  const tenantId = requireTenant(ctx);
  const expense = await findExpense(ctx, tenantId, id);
  const userId = approver(ctx, expense.createdByUserId);
  const reason = (reasonInput ?? '').trim();
  if (!reason) throw bad('Say why the expense is rejected', ['reason']);
  if (reason.length > MAX_REASON) throw bad(`The reason must be at most ${MAX_REASON} characters`, ['reason']);
  const changed = await ctx.prisma.expense.updateMany({ where: { id, tenantId, status: 'SUBMITTED' }, data: { status: 'REJECTED', decidedByUserId: userId, decidedAt: now, rejectionReason: reason } });
  if (changed.count !== 1) throw new DomainError(ErrorCode.INVALID_TRANSITION, `The expense is ${expense.status}, not submitted`, ['id']);
  return ctx.prisma.expense.findUniqueOrThrow({ where: { id } });
}

/** A DRAFT its writer no longer wants. */
export async function deleteDraftExpense(ctx: ServiceContext, id: string) {
  const tenantId = requireTenant(ctx);
  const userId = writer(ctx);
  const deleted = await ctx.prisma.expense.deleteMany({ where: { id, tenantId, status: 'DRAFT', createdByUserId: userId } });
  if (deleted.count !== 1) {
    await findExpense(ctx, tenantId, id);
    throw new DomainError(ErrorCode.INVALID_TRANSITION, 'Only its writer deletes a draft expense', ['id']);
  }
  return true;
}

async function findExpense(ctx: ServiceContext, tenantId: string, id: string) {
  const expense = isUuid(id) ? await ctx.prisma.expense.findFirst({ where: { id, tenantId } }) : null;
  if (!expense) throw notFound();
  return expense;
}

export async function readExpense(ctx: ServiceContext, id: string) {
  const tenantId = requireTenant(ctx);
  if (!readsWholeBook(ctx.actor)) return null;
  return isUuid(id) ? ctx.prisma.expense.findFirst({ where: { id, tenantId }, include: { payment: true } }) : null;
}

/** The book's expenses, newest first (page with `after`, the last id seen); `paid` picks paid or unpaid ones (decision 0088). */
export async function listExpenses(ctx: ServiceContext, args: { status?: ExpenseStatus | null; paid?: boolean | null; first?: number | null; after?: string | null }) {
  const tenantId = requireTenant(ctx);
  if (!readsWholeBook(ctx.actor)) return [];
  const take = Math.min(Math.max(args.first ?? 50, 1), 100);
  return ctx.prisma.expense.findMany({
    where: {
      tenantId,
      ...(args.status ? { status: args.status } : {}),
      ...(args.paid == null ? {} : { payment: args.paid ? { isNot: null } : { is: null } }),
      ...(args.after && isUuid(args.after) ? { id: { lt: args.after } } : {}),
    },
    include: { payment: true },
    orderBy: { id: 'desc' },
    take,
  });
}

// ---- receipts

/** `expense-receipt-upload`: one receipt photo of a writer, within the hourly limit. */
export async function uploadExpenseReceipt(ctx: ServiceContext, bytes: Buffer, store: MediaStore = privateMediaStore(), now = new Date()) {
  const tenantId = requireTenant(ctx);
  const userId = writer(ctx);
  const since = new Date(now.getTime() - HOUR_MS);
  const mine = await ctx.prisma.expenseReceipt.count({ where: { tenantId, uploadedByUserId: userId, createdAt: { gt: since } } });
  if (mine >= RECEIPT_UPLOADS_PER_HOUR) throw new DomainError(ErrorCode.RATE_LIMITED, `At most ${RECEIPT_UPLOADS_PER_HOUR} receipts an hour; try again later`, ['receipt']);
  const stored = await storeImage(tenantId, bytes, store);
  const sha256 = stored.url.slice(stored.url.lastIndexOf('/') + 1);
  const receipt = await ctx.prisma.expenseReceipt.create({ data: { id: uuidv7(), tenantId, uploadedByUserId: userId, ip: ctx.ip ?? null, sha256, width: stored.width, height: stored.height } });
  return { id: receipt.id, width: receipt.width, height: receipt.height };
}

/** `expense-receipt`: one variant of a receipt for the book's readers (and its uploader), else null (404). */
export async function readExpenseReceipt(ctx: ServiceContext, id: string, file: string, store: MediaStore = privateMediaStore()) {
  const tenantId = requireTenant(ctx);
  const m = RECEIPT_FILE_RE.exec(file);
  if (!m || !isUuid(id)) return null;
  const receipt = await ctx.prisma.expenseReceipt.findFirst({ where: { id, tenantId } });
  if (!receipt) return null;
  const actor: Actor = ctx.actor;
  if (!readsWholeBook(actor) && !(actor.kind === 'user' && actor.userId === receipt.uploadedByUserId)) return null;
  const found = await store.get(`${tenantId}/${receipt.sha256}/${m[1]}.${m[2]}`);
  return found ? { contentType: MEDIA_CONTENT_TYPES[m[2]], data: found.bytes.toString('base64') } : null;
}
