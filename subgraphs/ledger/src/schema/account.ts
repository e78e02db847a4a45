import { AppError, ErrorCode, MAX_PAGE_SIZE, isUuid, type RequestContext } from '@webwaka/kit';
import { ownedAccountsWhere, visibleAccountsWhere, type AccountWhere } from '../services/access';
import { ACCOUNT_READERS, builder, EntrySideEnum, LedgerOwnerTypeEnum, LedgerPurposeEnum, OWN_ACCOUNT_READERS } from './builder';

export const LedgerAccount = builder.prismaObject('LedgerAccount', {
  description: 'One account of a book: an owner, a purpose and a currency. Its balance is on its normal side (positive = owed to the owner, for payables).',
  fields: (t) => ({
    id: t.exposeID('id'),
    bookTenantId: t.exposeID('tenantId', { description: 'The tenant whose book the account is in.' }),
    ownerType: t.expose('ownerType', { type: LedgerOwnerTypeEnum }),
    ownerId: t.exposeID('ownerId'),
    purpose: t.expose('purpose', { type: LedgerPurposeEnum }),
    currency: t.exposeString('currency'),
    normalSide: t.expose('normalSide', { type: EntrySideEnum }),
    balance: t.field({ type: builder.MoneyRef, resolve: (a) => ({ amount: a.balance, currency: a.currency }) }),
    lineCount: t.exposeInt('lineCount'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const LedgerAccountFilter = builder.inputType('LedgerAccountFilter', {
  fields: (t) => ({
    ownerType: t.field({ type: LedgerOwnerTypeEnum }),
    ownerId: t.id(),
    purpose: t.field({ type: LedgerPurposeEnum }),
    currency: t.string(),
  }),
});

type Filter = { ownerType?: string | null; ownerId?: string | number | null; purpose?: string | null; currency?: string | null } | null | undefined;

/** The filter as a where clause; a malformed owner id matches nothing rather than failing the query. */
function filterWhere(f: Filter): AccountWhere {
  if (!f) return {};
  const ownerId = f.ownerId != null ? String(f.ownerId) : null;
  return {
    ...(f.ownerType ? { ownerType: f.ownerType as AccountWhere['ownerType'] } : {}),
    ...(ownerId ? (isUuid(ownerId) ? { ownerId: ownerId.toLowerCase() } : { id: { in: [] } }) : {}),
    ...(f.purpose ? { purpose: f.purpose as AccountWhere['purpose'] } : {}),
    ...(f.currency ? { currency: f.currency } : {}),
  };
}

/** A readable account, or NOT_FOUND (an account of another book reads exactly like one that does not exist). */
export async function readableAccount(ctx: RequestContext, id: string) {
  const account = isUuid(id) ? await ctx.prisma.ledgerAccount.findFirst({ where: { AND: [{ id }, await visibleAccountsWhere(ctx)] } }) : null;
  if (!account) throw new AppError(ErrorCode.NOT_FOUND, 'No such ledger account');
  return account;
}

export const JournalLine = builder.prismaObject('JournalLine', {
  description: "One line of a journal entry: an amount on one side of one account, with the account's balance right after it.",
  fields: (t) => ({
    id: t.exposeID('id'),
    entryId: t.exposeID('entryId'),
    entry: t.relation('entry'),
    account: t.relation('account'),
    position: t.exposeInt('position', { description: 'Its place among the lines of its entry.' }),
    sequence: t.exposeInt('accountSeq', { description: "Its place in its account's statement (1 = first line)." }),
    side: t.expose('side', { type: EntrySideEnum }),
    amount: t.field({ type: builder.MoneyRef, resolve: (l) => ({ amount: l.amount, currency: l.currency }) }),
    balanceAfter: t.field({ type: builder.MoneyRef, description: "The account's running balance (normal side) after this line.", resolve: (l) => ({ amount: l.balanceAfter, currency: l.currency }) }),
    memo: t.exposeString('memo', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  ledgerAccounts: t.prismaConnection({
    type: 'LedgerAccount',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: ACCOUNT_READERS,
    description: 'Accounts of the current book the caller may read (the whole book for its administrators, staff and keys; their own for agents, vendors and customers).',
    args: { filter: t.arg({ type: LedgerAccountFilter }) },
    resolve: async (query, _r, args, ctx) =>
      ctx.prisma.ledgerAccount.findMany({ ...query, where: { AND: [await visibleAccountsWhere(ctx), filterWhere(args.filter)] }, orderBy: { id: 'asc' } }),
  }),
  myLedgerAccounts: t.prismaConnection({
    type: 'LedgerAccount',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: OWN_ACCOUNT_READERS,
    description: "The signed-in user's own accounts in the current book: as an agent, as a customer (store credit), and of the vendors they run.",
    args: { filter: t.arg({ type: LedgerAccountFilter }) },
    resolve: async (query, _r, args, ctx) =>
      ctx.prisma.ledgerAccount.findMany({ ...query, where: { AND: [await ownedAccountsWhere(ctx), filterWhere(args.filter)] }, orderBy: { id: 'asc' } }),
  }),
  ledgerAccount: t.prismaField({
    type: 'LedgerAccount',
    nullable: true,
    authScopes: ACCOUNT_READERS,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _r, { id }, ctx) => {
      const where = await visibleAccountsWhere(ctx);
      return isUuid(String(id)) ? ctx.prisma.ledgerAccount.findFirst({ ...query, where: { AND: [{ id: String(id) }, where] } }) : null;
    },
  }),
  ledgerStatement: t.prismaConnection({
    type: 'JournalLine',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: ACCOUNT_READERS,
    description: "An account's lines, newest first, each with the running balance after it. Pages are stable: lines are only ever appended.",
    args: { accountId: t.arg.id({ required: true }) },
    resolve: async (query, _r, args, ctx) => {
      const account = await readableAccount(ctx, String(args.accountId));
      return ctx.prisma.journalLine.findMany({ ...query, where: { accountId: account.id }, orderBy: { accountSeq: 'desc' } });
    },
  }),
}));
