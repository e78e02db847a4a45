/**
 * Helpers for ledger's tests: service contexts for calling services directly, posting requests built
 * like commerce's and mlas's, and the shared callers.
 */
import { anonymousActor, encryptSecret, Peers, uuidv7, type Actor, type PrismaClient, type RoleName } from '@webwaka/kit';
import type { TestStack } from '../../../test/support/stack';
import type { AccountKey } from '../src/services/accounts';
import type { ServiceContext } from '../src/services/context';
import type { PostingRequest } from '../src/services/posting';

// Shared callers (test/support/callers.ts), re-exported so this capability's tests import from one place.
export { apiKey, payload, signIn, tenantId, userErrorCodes } from '../../../test/support/callers';

/** A service context acting in the tenant as an administrator who passed 2FA (or as the given actor). */
export function serviceContext(s: TestStack, tenant: string, actor: Partial<Actor> = {}): ServiceContext {
  return {
    prisma: s.stack.prisma,
    tenantId: tenant,
    actor: { ...anonymousActor(tenant), kind: 'user', userId: uuidv7(), roles: ['CLIENT_ADMIN'] as RoleName[], mfa: true, ...actor } as Actor,
    requestId: `test-${uuidv7()}`,
    ip: null,
    peers: new Peers(s.stack.subgraphs),
    eventsRecorded: () => {},
  };
}

export const account = (tenantId: string, ownerType: AccountKey['ownerType'], ownerId: string, purpose: AccountKey['purpose'], currency = 'NGN'): AccountKey => ({
  tenantId,
  ownerType,
  ownerId,
  purpose,
  currency,
});

/** A COMMISSION entry as mlas posts it: an agent's commission payable credited, a (fresh) vendor's payable debited. */
export function commissionPosting(tenantId: string, agentId: string, amount: bigint, currency = 'NGN'): PostingRequest {
  const id = uuidv7();
  return {
    tenantId,
    idempotencyKey: `commission:${id}`,
    kind: 'COMMISSION',
    memo: 'commission',
    reference: { type: 'Order', id },
    occurredAt: new Date(),
    lines: [
      { account: account(tenantId, 'VENDOR', uuidv7(), 'VENDOR_PAYABLE', currency), side: 'DEBIT', amount },
      { account: account(tenantId, 'AGENT', agentId, 'AGENT_COMMISSION_PAYABLE', currency), side: 'CREDIT', amount },
    ],
  };
}

/** An ORDER_PAID entry as commerce posts it: clearing debited with the total, vendor and tax credited. */
export function orderPaid(tenantId: string, vendorId: string, opts: { goods?: bigint; tax?: bigint; key?: string; currency?: string } = {}): PostingRequest {
  const goods = opts.goods ?? 10_000n;
  const tax = opts.tax ?? 750n;
  const currency = opts.currency ?? 'NGN';
  const orderId = uuidv7();
  return {
    tenantId,
    idempotencyKey: opts.key ?? `order-paid:${orderId}`,
    kind: 'ORDER_PAID',
    memo: `Order ${orderId} paid`,
    reference: { type: 'Order', id: orderId },
    occurredAt: new Date('2026-01-05T10:00:00Z'),
    lines: [
      { account: account(tenantId, 'TENANT', tenantId, 'PAYMENT_CLEARING', currency), side: 'DEBIT', amount: goods + tax },
      { account: account(tenantId, 'VENDOR', vendorId, 'VENDOR_PAYABLE', currency), side: 'CREDIT', amount: goods },
      ...(tax > 0n ? [{ account: account(tenantId, 'TENANT', tenantId, 'TAX_PAYABLE', currency), side: 'CREDIT' as const, amount: tax }] : []),
    ],
  };
}

/** The same request as the `ledger.posting.requested` payload (kit events.ts `PostingRequestPayload`; amounts as strings). */
export function asPayload(r: PostingRequest): Record<string, unknown> {
  return {
    idempotencyKey: r.idempotencyKey,
    kind: r.kind,
    currency: r.lines[0].account.currency,
    memo: r.memo,
    reference: r.reference,
    occurredAt: r.occurredAt.toISOString(),
    ...(r.reversesIdempotencyKey ? { reversesIdempotencyKey: r.reversesIdempotencyKey } : {}),
    lines: r.lines.map((l) => ({
      account: { tenantId: l.account.tenantId, ownerType: l.account.ownerType, ownerId: l.account.ownerId, purpose: l.account.purpose },
      side: l.side,
      amount: l.amount.toString(),
      ...(l.memo ? { memo: l.memo } : {}),
    })),
  };
}

/** Waits until `check` returns a truthy value (the dispatcher polls), or fails after `ms`. */
export async function eventually<T>(check: () => Promise<T>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const entryCount = (prisma: PrismaClient, tenantId: string, idempotencyKey: string) => prisma.journalEntry.count({ where: { tenantId, idempotencyKey } });

/**
 * An approved catalog vendor of the tenant with payout bank details (a vendor without them is held out of
 * payout batches, decision 0031). Returns its id; `bank: false` leaves the details unset.
 */
export async function payeeVendor(prisma: PrismaClient, tenantId: string, opts: { bank?: boolean; accountNumber?: string } = {}): Promise<string> {
  const id = uuidv7();
  const number = opts.accountNumber ?? '0123456789';
  await prisma.vendor.create({
    data: {
      id,
      tenantId,
      slug: `payee-${id}`,
      name: `Payee ${id.slice(-6)}`,
      email: 'payee@webwaka.test',
      documentUrls: [],
      status: 'APPROVED',
      ...(opts.bank === false ? {} : { payoutBankName: 'Test Bank', payoutAccountName: 'Payee Ltd', payoutAccountNumberSealed: encryptSecret(number), payoutAccountLast4: number.slice(-4) }),
    },
  });
  return id;
}

/**
 * A `ledger.invoice.requested` payload as commerce writes it (kit events.ts `InvoiceRequestPayload`): one
 * vendor order's lines, 7.5% VAT on goods unless a line says otherwise.
 */
export function invoicePayload(
  opts: { kind?: 'INVOICE' | 'CREDIT_NOTE'; key?: string; creditsKey?: string; vendorOrderId?: string; customerUserId?: string | null; issuedAt?: Date; lines?: { subtotal: bigint; tax: bigint; taxRateBps?: number; quantity?: number; description?: string }[] } = {},
) {
  const vendorOrderId = opts.vendorOrderId ?? uuidv7();
  const kind = opts.kind ?? 'INVOICE';
  return {
    kind,
    idempotencyKey: opts.key ?? (kind === 'INVOICE' ? `invoice:${vendorOrderId}` : `credit:${uuidv7()}:${vendorOrderId}`),
    creditsKey: kind === 'CREDIT_NOTE' ? (opts.creditsKey ?? `invoice:${vendorOrderId}`) : null,
    orderId: uuidv7(),
    orderNumber: 'WW-000123',
    vendorOrderId,
    vendorId: uuidv7(),
    vendorName: 'Ade Fashion',
    channel: 'WEB',
    customer: { userId: opts.customerUserId ?? null, name: 'Chioma Obi', email: 'chioma@example.com', phone: null, address: '12 Allen Avenue, Ikeja, Lagos, NG', taxId: null },
    currency: 'NGN',
    issuedAt: (opts.issuedAt ?? new Date()).toISOString(),
    lines: (opts.lines ?? [{ subtotal: 10_000n, tax: 750n }]).map((l, i) => ({
      description: l.description ?? `Item ${i + 1}`,
      sku: `SKU-${i + 1}`,
      quantity: l.quantity ?? 1,
      unitPrice: ((l.subtotal + l.tax) / BigInt(l.quantity ?? 1)).toString(),
      subtotal: l.subtotal.toString(),
      taxRateBps: l.taxRateBps ?? (l.tax > 0n ? 750 : 0),
      tax: l.tax.toString(),
    })),
    reason: kind === 'CREDIT_NOTE' ? 'Refund' : null,
  };
}
