/**
 * Ledger checks for any test that moves money (commerce, mlas, ledger): run `assertLedgerInvariants` in
 * afterEach, and read an account's balance with `ledgerBalance`. Both read the ledger's tables directly
 * (tests only), so they also catch a state no API would show.
 */
import type { PrismaClient } from '@webwaka/kit';

/** A client or an interactive transaction's client: anything that can run raw queries. */
type Queryable = Pick<PrismaClient, '$queryRawUnsafe'>;

export type LedgerOwnerType = 'PLATFORM' | 'TENANT' | 'VENDOR' | 'AGENT' | 'CUSTOMER' | 'TILL';
export type LedgerPurpose =
  | 'PAYMENT_CLEARING'
  | 'VENDOR_PAYABLE'
  | 'TAX_PAYABLE'
  | 'PLATFORM_REVENUE'
  | 'PARTNER_PAYABLE'
  | 'CLIENT_REVENUE'
  | 'AGENT_COMMISSION_PAYABLE'
  | 'CUSTOMER_WALLET'
  | 'PAYOUT_CLEARING'
  | 'CASH_HELD'
  | 'SALES_REVENUE'
  | 'ACCOUNTS_RECEIVABLE'
  | 'CASH_OVER_SHORT'
  | 'DISCOUNT_EXPENSE'
  | 'GIFT_CARD_LIABILITY'
  | 'LOYALTY_LIABILITY'
  | 'OPERATING_EXPENSE'
  | 'INPUT_VAT'
  | 'EXPENSES_PAYABLE';

export interface AccountKey {
  /** The book: the selling tenant, or the partner / platform tenant for their accounts (kit events.ts `PostingAccount`). */
  tenantId: string;
  ownerType: LedgerOwnerType;
  ownerId: string;
  purpose: LedgerPurpose;
  currency: string;
}

/**
 * Throws, naming every offender, unless:
 *  - every journal entry balances per currency and has a debit and a credit;
 *  - every account's stored balance equals the sum of its lines (on its normal side), and its line count
 *    their number;
 *  - every line's running balance equals the sum of its account's lines up to it.
 */
export async function assertLedgerInvariants(prisma: Queryable): Promise<void> {
  const problems: string[] = [];

  const unbalanced = await prisma.$queryRawUnsafe<{ entryId: string; idempotencyKey: string; currency: string; net: string }[]>(`
    SELECT l."entryId", e."idempotencyKey", l."currency",
           sum(CASE WHEN l."side" = 'DEBIT' THEN l."amount" ELSE -l."amount" END)::text AS net
      FROM "ledger"."JournalLine" l JOIN "ledger"."JournalEntry" e ON e."id" = l."entryId"
     GROUP BY l."entryId", e."idempotencyKey", l."currency"
    HAVING sum(CASE WHEN l."side" = 'DEBIT' THEN l."amount" ELSE -l."amount" END) <> 0`);
  for (const u of unbalanced) problems.push(`entry ${u.entryId} (${u.idempotencyKey}) does not balance in ${u.currency}: debits - credits = ${u.net}`);

  const oneSided = await prisma.$queryRawUnsafe<{ id: string; idempotencyKey: string }[]>(`
    SELECT e."id", e."idempotencyKey" FROM "ledger"."JournalEntry" e
     WHERE NOT EXISTS (SELECT 1 FROM "ledger"."JournalLine" l WHERE l."entryId" = e."id" AND l."side" = 'DEBIT')
        OR NOT EXISTS (SELECT 1 FROM "ledger"."JournalLine" l WHERE l."entryId" = e."id" AND l."side" = 'CREDIT')`);
  for (const e of oneSided) problems.push(`entry ${e.id} (${e.idempotencyKey}) lacks a debit or a credit line`);

  const drifted = await prisma.$queryRawUnsafe<{ id: string; purpose: string; stored: string; summed: string; lineCount: number; lines: number }[]>(`
    SELECT a."id", a."purpose"::text AS purpose, a."balance"::text AS stored, a."lineCount" AS "lineCount",
           coalesce(sum(CASE WHEN l."side" = a."normalSide" THEN l."amount" ELSE -l."amount" END), 0)::text AS summed,
           count(l."id")::int AS lines
      FROM "ledger"."LedgerAccount" a LEFT JOIN "ledger"."JournalLine" l ON l."accountId" = a."id"
     GROUP BY a."id"
    HAVING a."balance" <> coalesce(sum(CASE WHEN l."side" = a."normalSide" THEN l."amount" ELSE -l."amount" END), 0)
        OR a."lineCount" <> count(l."id")`);
  for (const d of drifted) problems.push(`account ${d.id} (${d.purpose}) stores balance ${d.stored} and ${d.lineCount} lines; its lines sum to ${d.summed} over ${d.lines}`);

  const running = await prisma.$queryRawUnsafe<{ id: string; accountId: string; balanceAfter: string; expected: string }[]>(`
    SELECT id, "accountId", "balanceAfter"::text AS "balanceAfter", expected::text AS expected FROM (
      SELECT l."id", l."accountId", l."balanceAfter",
             sum(CASE WHEN l."side" = a."normalSide" THEN l."amount" ELSE -l."amount" END)
               OVER (PARTITION BY l."accountId" ORDER BY l."accountSeq") AS expected
        FROM "ledger"."JournalLine" l JOIN "ledger"."LedgerAccount" a ON a."id" = l."accountId") s
     WHERE "balanceAfter" <> expected
     LIMIT 20`);
  for (const r of running) problems.push(`line ${r.id} of account ${r.accountId} records running balance ${r.balanceAfter}; its account's lines up to it sum to ${r.expected}`);

  if (problems.length) throw new Error(`Ledger invariants broken:\n  - ${problems.join('\n  - ')}`);
}

/** An account's balance on its normal side (positive = owed to the owner for payables), 0n when it does not exist. */
export async function ledgerBalance(prisma: Queryable, key: AccountKey): Promise<bigint> {
  const rows = await prisma.$queryRawUnsafe<{ balance: string }[]>(
    `SELECT "balance"::text AS balance FROM "ledger"."LedgerAccount"
      WHERE "tenantId" = $1::uuid AND "ownerType" = $2::"ledger"."LedgerOwnerType" AND "ownerId" = $3::uuid
        AND "purpose" = $4::"ledger"."LedgerPurpose" AND "currency" = $5`,
    key.tenantId,
    key.ownerType,
    key.ownerId,
    key.purpose,
    key.currency,
  );
  return rows.length ? BigInt(rows[0].balance) : 0n;
}
