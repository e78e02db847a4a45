/**
 * Paying an approved expense out of the book (issue 16, decision 0088). Approval (expenses.ts) credited
 * EXPENSES_PAYABLE with what is owed; paying records the money leaving: DEBIT EXPENSES_PAYABLE, CREDIT the
 * account it came out of — the tenant's CASH_HELD (cash in hand: till and window takings) or its
 * PAYMENT_CLEARING (money collected through the payment provider, i.e. what sits in the bank) — once per
 * expense: the ExpensePayment row is unique per expense and the entry's key is `expense-payment:<id>`, in
 * one transaction with the expense's row locked, so two administrators at once record one payment.
 *
 * Who: an administrator with the second factor who did not write the expense (the approver may: approval
 * was the second pair of eyes on whether it is owed; paying records a fact, and a writer must not pay
 * themselves what they claimed).
 */
import { ADMIN_ROLES, DomainError, ErrorCode, isUuid, requireTenant, uuidv7 } from '@webwaka/kit';
import type { Purpose } from './accounts';
import { TX_OPTIONS, type ServiceContext } from './context';
import { FUTURE_SLACK_MS } from './expenses';
import { postEntry } from './posting';

export const PAID_FROM = ['CASH', 'BANK'] as const;
export type PaidFrom = (typeof PAID_FROM)[number];
/** The book's account each source is: cash in hand, or what the payment provider collected (the bank). */
export const PAID_FROM_PURPOSE: Record<PaidFrom, Purpose> = { CASH: 'CASH_HELD', BANK: 'PAYMENT_CLEARING' };

const MAX_REFERENCE = 100;

export interface ExpensePaymentInput {
  expenseId: string;
  paidFrom: string;
  /** The day the money left (its date part, UTC). */
  paidOn: Date;
  reference: string;
}

const bad = (message: string, field: string[]) => new DomainError(ErrorCode.BAD_USER_INPUT, message, field);

function payer(ctx: Pick<ServiceContext, 'actor'>, createdByUserId: string): string {
  const a = ctx.actor;
  if (!(a.kind === 'user' && a.userId && a.mfa && a.roles.some((r) => ADMIN_ROLES.includes(r)))) {
    throw new DomainError(ErrorCode.FORBIDDEN, 'Only an administrator records the payment of an expense', ['expenseId']);
  }
  if (a.userId === createdByUserId) throw new DomainError(ErrorCode.FORBIDDEN, 'Another administrator must record the payment of an expense you recorded', ['expenseId']);
  return a.userId;
}

/** APPROVED and unpaid -> paid: the payment row and its balanced entry, once. A second attempt: INVALID_TRANSITION. */
export async function payExpense(ctx: ServiceContext, input: ExpensePaymentInput, now = new Date()) {
  const tenantId = requireTenant(ctx);
  const expense = isUuid(input.expenseId) ? await ctx.prisma.expense.findFirst({ where: { id: input.expenseId, tenantId } }) : null;
  if (!expense) throw new DomainError(ErrorCode.NOT_FOUND, 'No such expense', ['expenseId']);
  const userId = payer(ctx, expense.createdByUserId);
  if (!PAID_FROM.includes(input.paidFrom as PaidFrom)) throw bad(`paidFrom must be one of ${PAID_FROM.join(', ')}`, ['input', 'paidFrom']);
  const paidFrom = input.paidFrom as PaidFrom;
  const reference = (input.reference ?? '').trim();
  if (!reference || reference.length > MAX_REFERENCE) throw bad(`The reference is required (at most ${MAX_REFERENCE} characters)`, ['input', 'reference']);
  if (!(input.paidOn instanceof Date) || Number.isNaN(input.paidOn.getTime())) throw bad('paidOn must be a date', ['input', 'paidOn']);
  if (input.paidOn.getTime() > now.getTime() + FUTURE_SLACK_MS) throw bad('A payment cannot be dated in the future', ['input', 'paidOn']);
  const paidOn = new Date(input.paidOn.toISOString().slice(0, 10) + 'T00:00:00Z');
  if (paidOn < expense.spentOn) throw bad('An expense is paid on or after the day it was spent', ['input', 'paidOn']);

  return ctx.prisma.$transaction(async (tx) => {
    // Locked first: of two payers at once, the second waits, then finds it paid.
    const [locked] = await tx.$queryRaw<{ status: string }[]>`SELECT "status"::text AS "status" FROM "ledger"."Expense" WHERE "id" = ${expense.id}::uuid AND "tenantId" = ${tenantId}::uuid FOR UPDATE`;
    if (locked?.status !== 'APPROVED') throw new DomainError(ErrorCode.INVALID_TRANSITION, `The expense is ${locked?.status ?? 'gone'}, not approved`, ['expenseId']);
    if (await tx.expensePayment.findUnique({ where: { expenseId: expense.id } })) throw new DomainError(ErrorCode.INVALID_TRANSITION, 'The expense is already paid', ['expenseId']);
    const total = expense.amount + expense.vatPaid;
    const account = (purpose: Purpose) => ({ tenantId, ownerType: 'TENANT' as const, ownerId: tenantId, purpose, currency: expense.currency });
    const posted = await postEntry(tx, {
      tenantId,
      idempotencyKey: `expense-payment:${expense.id}`,
      kind: 'EXPENSE',
      memo: `Expense paid (${paidFrom.toLowerCase()}): ${expense.supplier} — ${reference}`.slice(0, 500),
      reference: { type: 'ExpensePayment', id: expense.id },
      occurredAt: paidOn,
      createdByUserId: userId,
      lines: [
        { account: account('EXPENSES_PAYABLE'), side: 'DEBIT', amount: total, memo: expense.supplier.slice(0, 200) },
        { account: account(PAID_FROM_PURPOSE[paidFrom]), side: 'CREDIT', amount: total, memo: reference },
      ],
    });
    await tx.expensePayment.create({ data: { id: uuidv7(), tenantId, expenseId: expense.id, paidFrom, paidOn, reference, paidByUserId: userId, journalEntryId: posted.entry.id } });
    return tx.expense.findUniqueOrThrow({ where: { id: expense.id }, include: { payment: true } });
  }, TX_OPTIONS);
}
