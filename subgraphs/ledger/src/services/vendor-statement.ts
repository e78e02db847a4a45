/**
 * A marketplace vendor's statement of a period (issue 16, decision 0082), from its VENDOR_PAYABLE account
 * in one currency: the balance owed to it when the period opened, what its sales credited (paid orders,
 * till sales), refunds, the commission taken (less claw-backs), payouts (less failed ones put back), other
 * adjustments, and the closing balance. Opening and closing are the account's running balance at the
 * period's edges (lines by entry date), and opening + movements = closing by construction of the sums.
 * The book's readers read any vendor's; a vendor's user only its own (services/access.ts), anyone else
 * gets NOT_FOUND, as for a vendor with no account.
 */
import { DomainError, ErrorCode, isUuid, requireTenant } from '@webwaka/kit';
import { visibleAccountsWhere } from './access';
import type { ServiceContext } from './context';
import { currencyOf } from './posting';
import { checkPeriod } from './vat-return';

export interface VendorStatement {
  vendorId: string;
  currency: string;
  opening: bigint;
  sales: bigint;
  refunds: bigint;
  commission: bigint;
  payouts: bigint;
  adjustments: bigint;
  closing: bigint;
}

const SALE_KINDS = ['ORDER_PAID', 'POS_SALE'];
const REFUND_KINDS = ['REFUND', 'POS_RETURN'];
const COMMISSION_KINDS = ['COMMISSION', 'COMMISSION_CLAWBACK'];
const PAYOUT_KINDS = ['PAYOUT', 'PAYOUT_SETTLED'];

export async function vendorStatement(ctx: ServiceContext, args: { vendorId: string; currency: string; from: Date; to: Date }): Promise<VendorStatement> {
  const tenantId = requireTenant(ctx);
  checkPeriod(args);
  const currency = currencyOf(args.currency);
  const notFound = new DomainError(ErrorCode.NOT_FOUND, 'No statement for that vendor', ['vendorId']);
  if (!isUuid(args.vendorId)) throw notFound;
  const vendorId = args.vendorId.toLowerCase();
  const visible = await visibleAccountsWhere(ctx);
  const account = await ctx.prisma.ledgerAccount.findFirst({ where: { AND: [visible, { tenantId, ownerType: 'VENDOR', ownerId: vendorId, purpose: 'VENDOR_PAYABLE', currency }] }, select: { id: true } });
  if (!account) {
    // A vendor the caller may see but which has sold nothing yet in this currency: all zeros.
    const mayAsk = await ctx.prisma.ledgerAccount.findFirst({ where: { AND: [visible, { tenantId, ownerType: 'VENDOR', ownerId: vendorId }] }, select: { id: true } });
    if (!mayAsk) throw notFound;
    return { vendorId, currency, opening: 0n, sales: 0n, refunds: 0n, commission: 0n, payouts: 0n, adjustments: 0n, closing: 0n };
  }
  // Credit - debit (the payable's normal side) before the period, and per kind inside it.
  const rows = await ctx.prisma.$queryRaw<{ inPeriod: boolean; kind: string; net: string }[]>`
    SELECT (e."occurredAt" >= ${args.from}) AS "inPeriod", e."kind"::text AS kind,
           sum(CASE WHEN l."side" = 'CREDIT' THEN l."amount" ELSE -l."amount" END)::text AS net
      FROM "ledger"."JournalLine" l JOIN "ledger"."JournalEntry" e ON e."id" = l."entryId"
     WHERE l."accountId" = ${account.id}::uuid AND e."occurredAt" < ${args.to}
     GROUP BY 1, 2`;
  const s: VendorStatement = { vendorId, currency, opening: 0n, sales: 0n, refunds: 0n, commission: 0n, payouts: 0n, adjustments: 0n, closing: 0n };
  for (const r of rows) {
    const net = BigInt(r.net);
    if (!r.inPeriod) s.opening += net;
    else if (SALE_KINDS.includes(r.kind)) s.sales += net;
    else if (REFUND_KINDS.includes(r.kind)) s.refunds -= net;
    else if (COMMISSION_KINDS.includes(r.kind)) s.commission -= net;
    else if (PAYOUT_KINDS.includes(r.kind)) s.payouts -= net;
    else s.adjustments += net;
  }
  s.closing = s.opening + s.sales - s.refunds - s.commission - s.payouts + s.adjustments;
  return s;
}
