/**
 * Ledger posting requests for commissions (kit events.ts `PostingRequestPayload`): which account each beneficiary's share goes
 * to, and balanced entries — a posting debits the vendor's payable by the vendor order's commission and
 * credits each beneficiary; a reversal (hold, clawback) is its mirror. Every request is written to the
 * outbox in the caller's transaction, with an idempotency key the ledger posts at most once.
 */
import { recordEvent, TOPICS, type PostingAccount, type PostingLine } from '@webwaka/kit';
import type { Tx } from './context';
import type { BeneficiaryKind } from './split';

export type LedgerAccountRef = PostingAccount;

/** The account a beneficiary's share is credited to (selling tenant = the event's tenant). */
export function beneficiaryAccount(sellingTenantId: string, beneficiary: BeneficiaryKind, beneficiaryId: string): LedgerAccountRef {
  switch (beneficiary) {
    case 'AGENT':
      return { tenantId: sellingTenantId, ownerType: 'AGENT', ownerId: beneficiaryId, purpose: 'AGENT_COMMISSION_PAYABLE' };
    case 'PARTNER':
      return { tenantId: beneficiaryId, ownerType: 'TENANT', ownerId: beneficiaryId, purpose: 'PARTNER_PAYABLE' };
    case 'CLIENT':
      return { tenantId: sellingTenantId, ownerType: 'TENANT', ownerId: sellingTenantId, purpose: 'CLIENT_REVENUE' };
    case 'PLATFORM':
      return { tenantId: beneficiaryId, ownerType: 'PLATFORM', ownerId: beneficiaryId, purpose: 'PLATFORM_REVENUE' };
  }
}

export const vendorAccount = (sellingTenantId: string, vendorId: string): LedgerAccountRef => ({
  tenantId: sellingTenantId,
  ownerType: 'VENDOR',
  ownerId: vendorId,
  purpose: 'VENDOR_PAYABLE',
});

/** One vendor order's part of an entry: the vendor whose payable funds it, and the beneficiaries' amounts. */
export interface CommissionMovement {
  vendorId: string;
  vendorOrderId: string;
  lines: { beneficiary: BeneficiaryKind; beneficiaryId: string; level: number; amount: bigint }[];
}

export interface PostingRequest {
  idempotencyKey: string;
  kind: 'COMMISSION' | 'COMMISSION_CLAWBACK';
  currency: string;
  memo: string;
  reference: { type: string; id: string };
  occurredAt: Date;
  reversesIdempotencyKey?: string;
}

const describe = (l: CommissionMovement['lines'][number]) => (l.beneficiary === 'AGENT' ? `agent level ${l.level}` : l.beneficiary.toLowerCase());

/**
 * Writes the request when it moves money (nothing for all-zero movements). `direction`: 'pay' debits the
 * vendors and credits the beneficiaries; 'reverse' is the mirror. Returns whether it wrote one.
 */
export async function requestPosting(tx: Pick<Tx, 'outboxEvent'>, sellingTenantId: string, req: PostingRequest, movements: CommissionMovement[], direction: 'pay' | 'reverse') {
  const [toBeneficiary, toVendor] = direction === 'pay' ? (['CREDIT', 'DEBIT'] as const) : (['DEBIT', 'CREDIT'] as const);
  const lines: PostingLine[] = [];
  for (const m of movements) {
    const paid = m.lines.filter((l) => l.amount > 0n);
    const total = paid.reduce((s, l) => s + l.amount, 0n);
    if (total === 0n) continue;
    lines.push({ account: vendorAccount(sellingTenantId, m.vendorId), side: toVendor, amount: total.toString(), memo: `vendor order ${m.vendorOrderId}` });
    for (const l of paid) lines.push({ account: beneficiaryAccount(sellingTenantId, l.beneficiary, l.beneficiaryId), side: toBeneficiary, amount: l.amount.toString(), memo: describe(l) });
  }
  if (!lines.length) return false;
  await recordEvent(tx, {
    tenantId: sellingTenantId,
    topic: TOPICS.LEDGER_POSTING_REQUESTED,
    payload: {
      idempotencyKey: req.idempotencyKey,
      kind: req.kind,
      currency: req.currency,
      memo: req.memo,
      reference: req.reference,
      occurredAt: req.occurredAt.toISOString(),
      ...(req.reversesIdempotencyKey ? { reversesIdempotencyKey: req.reversesIdempotencyKey } : {}),
      lines,
    },
  });
  return true;
}

/** Ledger keys of a vendor order's commission entries. */
export const commissionKey = (vendorOrderId: string) => `commission:${vendorOrderId}`;
export const holdKey = (vendorOrderId: string, cycle: number) => `commission-hold:${vendorOrderId}:${cycle}`;
export const releaseKey = (vendorOrderId: string, cycle: number) => `commission-release:${vendorOrderId}:${cycle}`;
export const clawbackKey = (refundId: string) => `clawback:${refundId}`;

/** The entry that last put a split's commission into the ledger (what a hold or a clawback reverses). */
export const lastPayingKey = (split: { vendorOrderId: string; holdCycles: number }) =>
  split.holdCycles > 0 ? releaseKey(split.vendorOrderId, split.holdCycles) : commissionKey(split.vendorOrderId);
