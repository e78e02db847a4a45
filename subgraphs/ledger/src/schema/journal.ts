import { AppError, DomainError, MAX_PAGE_SIZE, isUuid, requireTenant, withUserErrors, type Prisma, type RequestContext } from '@webwaka/kit';
import { visibleAccountsWhere } from '../services/access';
import { postAdjustment, reverseJournalEntry } from '../services/adjustments';
import { trialBalance, type TrialBalance as TrialBalanceData } from '../services/reports';
import { JournalLine } from './account';
import { BOOK_READERS, builder, EntrySideEnum, ENTRY_WRITERS, JournalKindEnum, LedgerOwnerTypeEnum, LedgerPurposeEnum } from './builder';

export const JournalEntry = builder.prismaObject('JournalEntry', {
  description: 'One balanced, immutable journal entry. Corrections are new entries that reverse it.',
  fields: (t) => ({
    id: t.exposeID('id'),
    tenantId: t.exposeID('tenantId', { description: 'The tenant whose business event it records.' }),
    idempotencyKey: t.exposeString('idempotencyKey'),
    kind: t.expose('kind', { type: JournalKindEnum }),
    memo: t.exposeString('memo'),
    referenceType: t.exposeString('referenceType'),
    referenceId: t.exposeString('referenceId'),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
    postedAt: t.expose('postedAt', { type: 'DateTime' }),
    reversesEntryId: t.exposeID('reversesEntryId', { nullable: true }),
    reversesIdempotencyKey: t.exposeString('reversesIdempotencyKey', { nullable: true }),
    createdByUserId: t.exposeID('createdByUserId', { nullable: true }),
    lines: t.field({
      type: [JournalLine],
      description: "The entry's lines on accounts the caller may read (an entry spanning several books shows each reader only its own).",
      resolve: async (e, _a, ctx) => ctx.prisma.journalLine.findMany({ where: { entryId: e.id, account: await visibleAccountsWhere(ctx) }, orderBy: { position: 'asc' } }),
    }),
  }),
});

/** Entries of the current book: posted by its tenant, or with a line on one of its accounts. */
const bookEntries = (tenantId: string): Prisma.JournalEntryWhereInput => ({ OR: [{ tenantId }, { lines: { some: { bookTenantId: tenantId } } }] });

const JournalEntryFilter = builder.inputType('JournalEntryFilter', {
  fields: (t) => ({
    kind: t.field({ type: JournalKindEnum }),
    referenceType: t.string(),
    referenceId: t.string(),
    idempotencyKey: t.string(),
    occurredAfter: t.field({ type: 'DateTime' }),
    occurredBefore: t.field({ type: 'DateTime' }),
  }),
});

type Money = { amount: bigint; currency: string };
type TrialBalanceRowShape = { purpose: TrialBalanceData['rows'][number]['purpose']; normalSide: 'DEBIT' | 'CREDIT'; debits: Money; credits: Money; balance: Money };
type TrialBalanceShape = { currency: string; rows: TrialBalanceRowShape[]; otherBooksDebits: Money; otherBooksCredits: Money; totalDebits: Money; totalCredits: Money; balanced: boolean };

const TrialBalanceRow = builder.objectRef<TrialBalanceRowShape>('TrialBalanceRow').implement({
  fields: (t) => ({
    purpose: t.field({ type: LedgerPurposeEnum, resolve: (r) => r.purpose }),
    normalSide: t.field({ type: EntrySideEnum, resolve: (r) => r.normalSide }),
    debits: t.field({ type: builder.MoneyRef, resolve: (r) => r.debits }),
    credits: t.field({ type: builder.MoneyRef, resolve: (r) => r.credits }),
    balance: t.field({ type: builder.MoneyRef, description: 'On the normal side.', resolve: (r) => r.balance }),
  }),
});

const TrialBalance = builder.objectRef<TrialBalanceShape>('TrialBalance').implement({
  description: "The book's accounts summed per purpose in one currency, with the counterpart lines its entries have in other books; total debits equal total credits.",
  fields: (t) => ({
    currency: t.exposeString('currency'),
    rows: t.field({ type: [TrialBalanceRow], resolve: (b) => b.rows }),
    otherBooksDebits: t.field({ type: builder.MoneyRef, description: 'Lines of the same entries on accounts of other books.', resolve: (b) => b.otherBooksDebits }),
    otherBooksCredits: t.field({ type: builder.MoneyRef, resolve: (b) => b.otherBooksCredits }),
    totalDebits: t.field({ type: builder.MoneyRef, resolve: (b) => b.totalDebits }),
    totalCredits: t.field({ type: builder.MoneyRef, resolve: (b) => b.totalCredits }),
    balanced: t.exposeBoolean('balanced'),
  }),
});

builder.queryFields((t) => ({
  journalEntries: t.prismaConnection({
    type: 'JournalEntry',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: BOOK_READERS,
    description: "The current book's journal, newest first.",
    args: { filter: t.arg({ type: JournalEntryFilter }) },
    resolve: (query, _r, { filter: f }, ctx) =>
      ctx.prisma.journalEntry.findMany({
        ...query,
        where: {
          AND: [
            bookEntries(requireTenant(ctx)),
            {
              ...(f?.kind ? { kind: f.kind } : {}),
              ...(f?.referenceType ? { referenceType: f.referenceType } : {}),
              ...(f?.referenceId ? { referenceId: f.referenceId } : {}),
              ...(f?.idempotencyKey ? { idempotencyKey: f.idempotencyKey } : {}),
              ...(f?.occurredAfter || f?.occurredBefore ? { occurredAt: { ...(f.occurredAfter ? { gte: f.occurredAfter } : {}), ...(f.occurredBefore ? { lt: f.occurredBefore } : {}) } } : {}),
            },
          ],
        },
        orderBy: { id: 'desc' },
      }),
  }),
  journalEntry: t.prismaField({
    type: 'JournalEntry',
    nullable: true,
    authScopes: BOOK_READERS,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _r, { id }, ctx) =>
      isUuid(String(id)) ? ctx.prisma.journalEntry.findFirst({ ...query, where: { AND: [{ id: String(id) }, bookEntries(requireTenant(ctx))] } }) : null,
  }),
  trialBalance: t.field({
    type: TrialBalance,
    authScopes: BOOK_READERS,
    args: { currency: t.arg.string({ required: true }) },
    resolve: async (_r, { currency }, ctx) => {
      const tb = await trialBalance(ctx, currency).catch(rethrowAsAppError);
      const m = (amount: bigint) => ({ amount, currency: tb.currency });
      return {
        currency: tb.currency,
        rows: tb.rows.map((r) => ({ purpose: r.purpose, normalSide: r.normalSide, debits: m(r.debits), credits: m(r.credits), balance: m(r.balance) })),
        otherBooksDebits: m(tb.otherBooks.debits),
        otherBooksCredits: m(tb.otherBooks.credits),
        totalDebits: m(tb.totalDebits),
        totalCredits: m(tb.totalCredits),
        balanced: tb.balanced,
      };
    },
  }),
}));

/** Queries report bad input as AppError (mutations use userErrors). */
export function rethrowAsAppError(e: unknown): never {
  if (e instanceof DomainError) throw new AppError(e.code, e.message, { field: e.field ?? null });
  throw e;
}

const AdjustmentLineInput = builder.inputType('AdjustmentLineInput', {
  fields: (t) => ({
    ownerType: t.field({ type: LedgerOwnerTypeEnum, required: true }),
    ownerId: t.id({ required: true }),
    purpose: t.field({ type: LedgerPurposeEnum, required: true }),
    side: t.field({ type: EntrySideEnum, required: true }),
    amount: t.field({ type: 'BigIntString', required: true, description: 'Minor units, > 0.' }),
    memo: t.string(),
  }),
});

const PostAdjustmentInput = builder.inputType('PostAdjustmentInput', {
  fields: (t) => ({
    idempotencyKey: t.string({ required: true, description: 'Yours: the same key and input return the first entry.' }),
    currency: t.string({ required: true }),
    reason: t.string({ required: true }),
    occurredAt: t.field({ type: 'DateTime' }),
    lines: t.field({ type: [AdjustmentLineInput], required: true }),
  }),
});

const JournalEntryPayload = builder.payloadObject<{ entry: Awaited<ReturnType<typeof postAdjustment>> }>('JournalEntryPayload', (t) => ({
  entry: t.field({ type: JournalEntry, nullable: true, resolve: (p) => p.entry ?? null }),
}));

builder.mutationFields((t) => ({
  postAdjustment: t.field({
    type: JournalEntryPayload,
    authScopes: ENTRY_WRITERS,
    description: 'A balanced manual entry on accounts of the current book, with a reason.',
    args: { input: t.arg({ type: PostAdjustmentInput, required: true }) },
    resolve: (_r, { input }, ctx: RequestContext) =>
      withUserErrors(async () => ({
        entry: await postAdjustment(ctx, { ...input, lines: input.lines.map((l) => ({ ...l, ownerId: String(l.ownerId) })) }),
      })),
  }),
  reverseJournalEntry: t.field({
    type: JournalEntryPayload,
    authScopes: ENTRY_WRITERS,
    description: 'Posts the mirror of an entry of this tenant (once; a reversed entry cannot be reversed again).',
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: (_r, { id, reason }, ctx) => withUserErrors(async () => ({ entry: await reverseJournalEntry(ctx, String(id), reason) })),
  }),
}));
