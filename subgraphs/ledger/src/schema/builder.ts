import { ADMIN_ROLES, createBuilder, type RoleName } from '@webwaka/kit';
import { OWNER_TYPES, PURPOSES, SIDES } from '../services/accounts';
import { JOURNAL_KINDS } from '../services/posting';

/** Ledger's one schema builder. */
export const builder = createBuilder();

/**
 * Who may ask for accounts and statements at all; which accounts each one sees is decided per row
 * (services/access.ts): administrators and staff the whole book, agents, vendors and customers their own.
 */
export const ACCOUNT_READERS = { roles: [...ADMIN_ROLES, 'STAFF', 'VENDOR', 'AGENT', 'CUSTOMER'] as RoleName[], apiScope: 'ledger:read' };
/** Book-wide reads (journal, trial balance, payouts): administrators, staff, keys with ledger:read. */
export const BOOK_READERS = { roles: [...ADMIN_ROLES, 'STAFF'] as RoleName[], apiScope: 'ledger:read' };
/** Rejected posting requests: administrators and keys with ledger:read. */
export const BOOK_ADMINS_AND_KEYS = { roles: [...ADMIN_ROLES] as RoleName[], apiScope: 'ledger:read' };
/** Manual entries and reversals: the client's and the platform's administrators. */
export const ENTRY_WRITERS = { roles: ['CLIENT_ADMIN', 'SUPER_ADMIN'] as RoleName[] };
/** Payout settings and batches: the book's administrators. */
export const PAYOUT_ADMINS = { roles: [...ADMIN_ROLES] as RoleName[] };
/** Whose own accounts: users with an owner role (agents, vendors, customers), and the back office. */
export const OWN_ACCOUNT_READERS = { roles: [...ADMIN_ROLES, 'STAFF', 'VENDOR', 'AGENT', 'CUSTOMER'] as RoleName[] };

export const LedgerOwnerTypeEnum = builder.enumType('LedgerOwnerType', { values: OWNER_TYPES });
export const LedgerPurposeEnum = builder.enumType('LedgerPurpose', {
  description: 'What an account is for. PAYMENT_CLEARING, PAYOUT_CLEARING, CASH_HELD (cash an agent, a window or a till drawer took, owed to the tenant) and ACCOUNTS_RECEIVABLE (sold on account) are assets, and DISCOUNT_EXPENSE (what a coupon funder gave away) an expense (normally debit); the others are owed or earned (normally credit).',
  values: PURPOSES,
});
export const EntrySideEnum = builder.enumType('EntrySide', { values: SIDES });
export const JournalKindEnum = builder.enumType('JournalKind', { values: JOURNAL_KINDS });
export const PayoutScheduleEnum = builder.enumType('PayoutSchedule', { values: ['WEEKLY', 'MONTHLY', 'MANUAL'] as const });
export const PayoutBatchStatusEnum = builder.enumType('PayoutBatchStatus', {
  description: 'DRAFT (posted, not sent) -> PROCESSING (sent) -> PAID, PARTIALLY_FAILED or FAILED once every item is settled.',
  values: ['DRAFT', 'PROCESSING', 'PAID', 'PARTIALLY_FAILED', 'FAILED'] as const,
});
export const PayoutItemStatusEnum = builder.enumType('PayoutItemStatus', { values: ['PENDING', 'PAID', 'FAILED'] as const });

builder.queryType({});
builder.mutationType({});
