import { commissionReport, type CommissionReportRow } from '../services/reports';
import { BeneficiaryEnum, builder, MLAS_READERS } from './builder';

// The commissions report (issue 14, CB-2), for the back office's reports page and its CSV export: the
// tenant's managers and keys with mlas:read.

const money = (amount: bigint, currency: string) => ({ amount, currency });

const CommissionReportRowRef = builder.objectRef<CommissionReportRow>('CommissionReportRow').implement({
  description: 'One beneficiary’s commission lines of the period in one currency, added up.',
  fields: (t) => ({
    beneficiary: t.field({ type: BeneficiaryEnum, resolve: (r) => r.beneficiary }),
    level: t.exposeInt('level', { description: 'The agent level (1 = the attributed agent); 0 for the others.' }),
    beneficiaryId: t.exposeID('beneficiaryId', { description: "The agent's user id, or the partner's, business's or platform's tenant id." }),
    agentCode: t.exposeString('agentCode', { nullable: true, description: "The agent's referral code (AGENT rows)." }),
    lines: t.exposeInt('lines'),
    amount: t.field({ type: builder.MoneyRef, description: 'Shared on these lines (flagged lines: withheld).', resolve: (r) => money(r.amount, r.currency) }),
    clawedBack: t.field({ type: builder.MoneyRef, description: 'Taken back by refunds so far.', resolve: (r) => money(r.clawedBack, r.currency) }),
    held: t.field({ type: builder.MoneyRef, resolve: (r) => money(r.held, r.currency) }),
    posted: t.field({ type: builder.MoneyRef, resolve: (r) => money(r.posted, r.currency) }),
    flagged: t.field({ type: builder.MoneyRef, resolve: (r) => money(r.flagged, r.currency) }),
  }),
});

builder.queryFields((t) => ({
  commissionReport: t.field({
    type: [CommissionReportRowRef],
    authScopes: MLAS_READERS,
    description: "The tenant's commission lines made in a period, per beneficiary and currency (biggest first, at most 1000). BAD_USER_INPUT for a period that ends before it starts or spans over three years.",
    args: {
      from: t.arg({ type: 'DateTime', required: true, description: 'Start of the period (inclusive).' }),
      to: t.arg({ type: 'DateTime', required: true, description: 'End of the period (exclusive).' }),
    },
    resolve: (_r, args, ctx) => commissionReport(ctx, args),
  }),
}));
