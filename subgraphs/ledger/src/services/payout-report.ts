import { AppError, ErrorCode, requireTenant } from '@webwaka/kit';
import type { ServiceContext } from './context';

// The payouts report (issue 14, CB-2): every payout item of the book made in a period (the batches created
// in it), added up in the database per payee account and currency: how much was put in batches, and how
// much of it is paid, still pending at the bank, or failed (and so owed again).

/** Longest period one report covers (three years). */
const MAX_DAYS = 3 * 366;
/** Most rows one report returns (the biggest payees first). */
export const MAX_PAYOUT_ROWS = 1000;

export interface PayoutReportRow {
  accountId: string;
  ownerType: string;
  ownerId: string;
  purpose: string;
  currency: string;
  items: number;
  amount: bigint;
  paid: bigint;
  pending: bigint;
  failed: bigint;
  /** The payee's bank on its latest item (vendors): name and last 4 digits. */
  bankName: string | null;
  accountLast4: string | null;
  lastPaidAt: Date | null;
}

type Raw = Omit<PayoutReportRow, 'items'> & { items: bigint };

export async function payoutReport(ctx: Pick<ServiceContext, 'prisma' | 'tenantId' | 'actor'>, input: { from: Date; to: Date }): Promise<PayoutReportRow[]> {
  const tenantId = requireTenant(ctx);
  const { from, to } = input;
  if (Number.isNaN(+from) || Number.isNaN(+to) || to <= from) throw new AppError(ErrorCode.BAD_USER_INPUT, 'The period must end after it starts');
  if (+to - +from > MAX_DAYS * 86_400_000) throw new AppError(ErrorCode.BAD_USER_INPUT, `A report covers at most ${MAX_DAYS} days`);
  const rows = await ctx.prisma.$queryRaw<Raw[]>`
    SELECT a."id"::text AS "accountId", a."ownerType"::text AS "ownerType", a."ownerId"::text AS "ownerId", a."purpose"::text AS purpose, i."currency",
           COUNT(*) AS items, SUM(i."amount")::bigint AS amount,
           COALESCE(SUM(i."amount") FILTER (WHERE i."status" = 'PAID'), 0)::bigint AS paid,
           COALESCE(SUM(i."amount") FILTER (WHERE i."status" = 'PENDING'), 0)::bigint AS pending,
           COALESCE(SUM(i."amount") FILTER (WHERE i."status" = 'FAILED'), 0)::bigint AS failed,
           (array_agg(i."bankName" ORDER BY i."createdAt" DESC))[1] AS "bankName",
           (array_agg(i."accountLast4" ORDER BY i."createdAt" DESC))[1] AS "accountLast4",
           MAX(i."resolvedAt") FILTER (WHERE i."status" = 'PAID') AS "lastPaidAt"
    FROM "ledger"."PayoutItem" i JOIN "ledger"."LedgerAccount" a ON a."id" = i."accountId"
    WHERE i."tenantId" = ${tenantId}::uuid AND a."tenantId" = ${tenantId}::uuid AND i."createdAt" >= ${from} AND i."createdAt" < ${to}
    GROUP BY a."id", i."currency"
    ORDER BY amount DESC, a."id" LIMIT ${MAX_PAYOUT_ROWS}`;
  return rows.map((r) => ({ ...r, items: Number(r.items) }));
}
