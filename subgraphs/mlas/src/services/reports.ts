import { AppError, ErrorCode, requireTenant } from '@webwaka/kit';
import type { ServiceContext } from './context';

// The commissions report (issue 14, CB-2): every commission line of the tenant made in a period, added up
// in the database per beneficiary (an agent at its level, the partner, the business, the platform) and
// currency: what was shared, what refunds took back, and how much is held, posted or flagged.

/** Longest period one report covers (three years). */
const MAX_DAYS = 3 * 366;
/** Most rows one report returns (the biggest beneficiaries first). */
export const MAX_COMMISSION_ROWS = 1000;

export interface CommissionReportRow {
  beneficiary: 'AGENT' | 'PARTNER' | 'CLIENT' | 'PLATFORM';
  level: number;
  beneficiaryId: string;
  /** The agent's referral code (AGENT rows). */
  agentCode: string | null;
  currency: string;
  lines: number;
  amount: bigint;
  clawedBack: bigint;
  held: bigint;
  posted: bigint;
  flagged: bigint;
}

type Raw = Omit<CommissionReportRow, 'lines'> & { lines: bigint };

export async function commissionReport(ctx: Pick<ServiceContext, 'prisma' | 'tenantId' | 'actor'>, input: { from: Date; to: Date }): Promise<CommissionReportRow[]> {
  const tenantId = requireTenant(ctx);
  const { from, to } = input;
  if (Number.isNaN(+from) || Number.isNaN(+to) || to <= from) throw new AppError(ErrorCode.BAD_USER_INPUT, 'The period must end after it starts');
  if (+to - +from > MAX_DAYS * 86_400_000) throw new AppError(ErrorCode.BAD_USER_INPUT, `A report covers at most ${MAX_DAYS} days`);
  const rows = await ctx.prisma.$queryRaw<Raw[]>`
    SELECT c."beneficiary"::text AS beneficiary, c."level", c."beneficiaryId"::text AS "beneficiaryId", MAX(a."code") AS "agentCode", c."currency",
           COUNT(*) AS lines, SUM(c."amount")::bigint AS amount, SUM(c."clawedBack")::bigint AS "clawedBack",
           COALESCE(SUM(c."amount") FILTER (WHERE c."status" = 'HELD'), 0)::bigint AS held,
           COALESCE(SUM(c."amount") FILTER (WHERE c."status" = 'POSTED'), 0)::bigint AS posted,
           COALESCE(SUM(c."amount") FILTER (WHERE c."status" = 'FLAGGED'), 0)::bigint AS flagged
    FROM "mlas"."Commission" c LEFT JOIN "mlas"."AgentProfile" a ON a."id" = c."agentId" AND a."tenantId" = c."tenantId"
    WHERE c."tenantId" = ${tenantId}::uuid AND c."createdAt" >= ${from} AND c."createdAt" < ${to}
    GROUP BY c."beneficiary", c."level", c."beneficiaryId", c."currency"
    ORDER BY amount DESC, c."beneficiary", c."level", c."beneficiaryId" LIMIT ${MAX_COMMISSION_ROWS}`;
  return rows.map((r) => ({ ...r, lines: Number(r.lines) }));
}
