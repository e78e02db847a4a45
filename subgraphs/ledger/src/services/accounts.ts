/**
 * Accounts: identity (book tenantId, ownerType, ownerId, purpose, currency), created on first posting, and
 * the normal side each purpose has — assets (money held or sent) are debit-normal, what is owed or earned
 * is credit-normal — so a stored balance reads naturally: positive means owed to the owner of a payable.
 */
import { uuidv7 } from '@webwaka/kit';
import type { Tx } from './context';

export const OWNER_TYPES = ['PLATFORM', 'TENANT', 'VENDOR', 'AGENT', 'CUSTOMER', 'TILL'] as const;
export type OwnerType = (typeof OWNER_TYPES)[number];

export const PURPOSES = [
  'PAYMENT_CLEARING',
  'VENDOR_PAYABLE',
  'TAX_PAYABLE',
  'PLATFORM_REVENUE',
  'PARTNER_PAYABLE',
  'CLIENT_REVENUE',
  'AGENT_COMMISSION_PAYABLE',
  'CUSTOMER_WALLET',
  'PAYOUT_CLEARING',
  // Cash collected for the tenant (an agent's or a window's takings), owed to it: an asset.
  'CASH_HELD',
  // The tenant's own sales (tickets it sells at its window, through agents and parks).
  'SALES_REVENUE',
  // Sold on account at a till: what the customer owes the tenant, an asset.
  'ACCOUNTS_RECEIVABLE',
  // Cash found over (credit) or short (debit) when a till is counted, or tenders that did not match a sale.
  'CASH_OVER_SHORT',
  // What a coupon's funder gave away (commerce, decision 0057): an expense, debit-normal.
  'DISCOUNT_EXPENSE',
  // Gift cards' unspent value and loyalty points' value, owed until spent or expired (commerce, decision 0059).
  'GIFT_CARD_LIABILITY',
  'LOYALTY_LIABILITY',
  // Approved expenses (decision 0082): what was spent (debit-normal), the VAT paid on it (recoverable, an
  // asset) and what is owed to whoever it is paid to.
  'OPERATING_EXPENSE',
  'INPUT_VAT',
  'EXPENSES_PAYABLE',
] as const;
export type Purpose = (typeof PURPOSES)[number];

export const SIDES = ['DEBIT', 'CREDIT'] as const;
export type Side = (typeof SIDES)[number];

/** Purposes whose accounts are paid out to their owners (payout batches). */
export const PAYABLE_PURPOSES: readonly Purpose[] = ['VENDOR_PAYABLE', 'AGENT_COMMISSION_PAYABLE', 'PARTNER_PAYABLE'];

const DEBIT_NORMAL: readonly Purpose[] = ['PAYMENT_CLEARING', 'PAYOUT_CLEARING', 'CASH_HELD', 'ACCOUNTS_RECEIVABLE', 'DISCOUNT_EXPENSE', 'OPERATING_EXPENSE', 'INPUT_VAT'];
export const normalSide = (purpose: Purpose): Side => (DEBIT_NORMAL.includes(purpose) ? 'DEBIT' : 'CREDIT');

export interface AccountKey {
  tenantId: string;
  ownerType: OwnerType;
  ownerId: string;
  purpose: Purpose;
  currency: string;
}

export const accountKeyString = (k: AccountKey) => [k.tenantId, k.ownerType, k.ownerId, k.purpose, k.currency].join('|');

/** Only the identity of an account (rows carry more). */
export const accountKey = (k: AccountKey): AccountKey => ({ tenantId: k.tenantId, ownerType: k.ownerType, ownerId: k.ownerId, purpose: k.purpose, currency: k.currency });

/**
 * The accounts for these keys, created when missing, locked FOR UPDATE in id order (so concurrent postings
 * touching the same accounts queue instead of deadlocking). Returns them by key string.
 */
export async function lockAccounts(tx: Tx, keys: AccountKey[]): Promise<Map<string, { id: string; tenantId: string; balance: bigint }>> {
  const distinct = [...new Map(keys.map((k) => [accountKeyString(k), accountKey(k)])).values()];
  await tx.ledgerAccount.createMany({
    data: distinct.map((k) => ({ id: uuidv7(), ...k, normalSide: normalSide(k.purpose) })),
    skipDuplicates: true,
  });
  const rows = await tx.ledgerAccount.findMany({ where: { OR: distinct } });
  const ids = rows.map((r) => r.id);
  await tx.$queryRaw`SELECT "id" FROM "ledger"."LedgerAccount" WHERE "id" = ANY(${ids}::uuid[]) ORDER BY "id" FOR UPDATE`;
  const locked = await tx.ledgerAccount.findMany({ where: { id: { in: ids } } });
  return new Map(locked.map((r) => [accountKeyString(r as AccountKey), r]));
}
