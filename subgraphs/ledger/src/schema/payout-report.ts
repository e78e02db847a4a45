import type { OwnerType, Purpose } from '../services/accounts';
import { payoutReport, type PayoutReportRow } from '../services/payout-report';
import { BOOK_READERS, builder, LedgerOwnerTypeEnum, LedgerPurposeEnum } from './builder';

// The payouts report (issue 14, CB-2), for the back office's reports page and its CSV export: the book's
// managers and keys with ledger:read.

const PayoutReportRowRef = builder.objectRef<PayoutReportRow>('PayoutReportRow').implement({
  description: 'One payee account’s payout items of the period in one currency, added up by status.',
  fields: (t) => ({
    accountId: t.exposeID('accountId'),
    ownerType: t.field({ type: LedgerOwnerTypeEnum, resolve: (r) => r.ownerType as OwnerType }),
    ownerId: t.exposeID('ownerId'),
    purpose: t.field({ type: LedgerPurposeEnum, resolve: (r) => r.purpose as Purpose }),
    items: t.exposeInt('items'),
    amount: t.field({ type: builder.MoneyRef, description: 'Put in payout batches in the period.', resolve: (r) => ({ amount: r.amount, currency: r.currency }) }),
    paid: t.field({ type: builder.MoneyRef, resolve: (r) => ({ amount: r.paid, currency: r.currency }) }),
    pending: t.field({ type: builder.MoneyRef, description: 'Sent or to be sent, not yet marked paid or failed.', resolve: (r) => ({ amount: r.pending, currency: r.currency }) }),
    failed: t.field({ type: builder.MoneyRef, description: 'Failed at the bank (reversed: owed again).', resolve: (r) => ({ amount: r.failed, currency: r.currency }) }),
    bankName: t.exposeString('bankName', { nullable: true }),
    accountLast4: t.exposeString('accountLast4', { nullable: true }),
    lastPaidAt: t.expose('lastPaidAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.queryFields((t) => ({
  payoutReport: t.field({
    type: [PayoutReportRowRef],
    authScopes: BOOK_READERS,
    description: "The book's payout items made in a period, per payee account and currency (biggest first, at most 1000). BAD_USER_INPUT for a period that ends before it starts or spans over three years.",
    args: {
      from: t.arg({ type: 'DateTime', required: true, description: 'Start of the period (inclusive).' }),
      to: t.arg({ type: 'DateTime', required: true, description: 'End of the period (exclusive).' }),
    },
    resolve: (_r, args, ctx) => payoutReport(ctx, args),
  }),
}));
