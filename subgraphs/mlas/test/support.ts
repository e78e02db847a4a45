/**
 * Helpers for mlas's tests: service contexts, agents made straight in the database, commerce events written to the outbox as commerce writes them
 * (payloads: kit events.ts), waiting for the dispatcher, and reading the ledger posting requests MLAS wrote.
 */
import { randomUUID } from 'node:crypto';
import { anonymousActor, Peers, recordEvent, TOPICS, uuidv7, type Actor, type PrismaClient, type RoleName } from '@webwaka/kit';
import { type TestStack } from '../../../test/support/stack';
import type { ServiceContext } from '../src/services/context';
import { signIn, apiKey, payload, tenantId } from '../../../test/support/callers';

// Shared callers (test/support/callers.ts), re-exported so this capability's tests import from one place.
export { signIn, apiKey, payload, tenantId };

/** The stack's subgraphs, as a subgraph's peers. */
export const stackPeers = (s: TestStack) => new Peers({ ...s.stack.subgraphs });

/** A service context acting as an administrator of the tenant (or as the given actor). */
export function serviceContext(s: TestStack, tenant: string, actor: Partial<Actor> = {}): ServiceContext {
  return {
    prisma: s.stack.prisma,
    peers: stackPeers(s),
    tenantId: tenant,
    actor: { ...anonymousActor(tenant), kind: 'user', userId: uuidv7(), roles: ['CLIENT_ADMIN'] as RoleName[], mfa: true, ...actor } as Actor,
    requestId: `test-${uuidv7()}`,
    ip: null,
    eventsRecorded: () => {},
  };
}

/** A user with memberships, straight in identity's tables (tests only). */
export async function createMember(prisma: PrismaClient, memberships: { tenantId: string; role: RoleName }[], email = `mlas-${randomUUID().slice(0, 8)}@test.webwaka`) {
  const id = uuidv7();
  await prisma.user.create({ data: { id, email, name: email.split('@')[0], passwordHash: 'x' } });
  for (const m of memberships) await prisma.membership.create({ data: { id: uuidv7(), userId: id, tenantId: m.tenantId, role: m.role } });
  return { id, email };
}

/** An agent profile straight in the database (its user need not exist: MLAS references users by id). */
export async function createAgentRow(prisma: PrismaClient, tenant: string, opts: { userId?: string; email?: string; code?: string; uplineId?: string | null; status?: 'ACTIVE' | 'SUSPENDED' } = {}) {
  const n = randomUUID().slice(0, 6).toUpperCase();
  return prisma.agentProfile.create({
    data: {
      id: uuidv7(),
      tenantId: tenant,
      userId: opts.userId ?? uuidv7(),
      email: opts.email ?? `agent-${n.toLowerCase()}@test.webwaka`,
      code: opts.code ?? `T-${n}`,
      uplineId: opts.uplineId ?? null,
      status: opts.status ?? 'ACTIVE',
    },
  });
}

/** An upline chain of `depth` agents: [level 1, level 2, ...] (level 1 is the one a sale is attributed to). */
export async function createChain(prisma: PrismaClient, tenant: string, depth: number) {
  const chain: Awaited<ReturnType<typeof createAgentRow>>[] = [];
  let upline: string | null = null;
  for (let i = 0; i < depth; i++) {
    const a = await createAgentRow(prisma, tenant, { uplineId: upline });
    chain.unshift(a);
    upline = a.id;
  }
  return chain;
}

export interface VendorOrderSpec {
  vendorOrderId?: string;
  vendorId?: string;
  subtotal: bigint;
  commissionBps: number;
}

/** A `commerce.order.paid` payload (kit events.ts `OrderPaidPayload`); commission = round_half_up(subtotal × bps / 10000). */
export function orderPaidPayload(opts: {
  orderId?: string;
  referralCode?: string | null;
  customer?: { userId?: string | null; email?: string | null };
  visitor?: { visitorId?: string | null; ip?: string | null; deviceId?: string | null };
  vendorOrders: VendorOrderSpec[];
  paidAt?: Date;
}) {
  const vendorOrders = opts.vendorOrders.map((v) => {
    const commission = (v.subtotal * BigInt(v.commissionBps) * 2n + 10_000n) / 20_000n;
    return {
      vendorOrderId: v.vendorOrderId ?? uuidv7(),
      vendorId: v.vendorId ?? uuidv7(),
      subtotal: v.subtotal.toString(),
      shipping: '1500',
      tax: ((v.subtotal * 75n) / 1000n).toString(),
      commissionBps: v.commissionBps,
      commission: commission.toString(),
    };
  });
  const subtotal = vendorOrders.reduce((s, v) => s + BigInt(v.subtotal), 0n);
  const tax = vendorOrders.reduce((s, v) => s + BigInt(v.tax), 0n);
  const shipping = BigInt(vendorOrders.length) * 1500n;
  const orderId = opts.orderId ?? uuidv7();
  return {
    orderId,
    orderNumber: `WW-${orderId.slice(-6).toUpperCase()}`,
    currency: 'NGN',
    paidAt: (opts.paidAt ?? new Date()).toISOString(),
    total: (subtotal + tax + shipping).toString(),
    tax: tax.toString(),
    shipping: shipping.toString(),
    customer: { userId: opts.customer?.userId ?? null, email: opts.customer?.email ?? null },
    visitor: { visitorId: opts.visitor?.visitorId ?? null, ip: opts.visitor?.ip ?? null, deviceId: opts.visitor?.deviceId ?? null },
    referralCode: opts.referralCode ?? null,
    vendorOrders,
  };
}
export type OrderPaidPayload = ReturnType<typeof orderPaidPayload>;

/** A `commerce.order.refunded` payload (kit events.ts `OrderRefundedPayload`) refunding `subtotals` of the given vendor orders. */
export function orderRefundedPayload(order: OrderPaidPayload, parts: { vendorOrderId: string; subtotal: bigint }[], fullyRefunded = false) {
  const vendorOrders = parts.map((p) => {
    const vo = order.vendorOrders.find((v) => v.vendorOrderId === p.vendorOrderId)!;
    return { vendorOrderId: vo.vendorOrderId, vendorId: vo.vendorId, subtotal: p.subtotal.toString(), shipping: '0', tax: '0' };
  });
  return {
    orderId: order.orderId,
    refundId: uuidv7(),
    currency: order.currency,
    refundedAt: new Date().toISOString(),
    amount: parts.reduce((s, p) => s + p.subtotal, 0n).toString(),
    vendorOrders,
    fullyRefunded,
  };
}

export const disputePayload = (orderId: string, disputed: boolean, at = new Date()) => ({ orderId, disputed, reason: disputed ? 'item not received' : null, at: at.toISOString() });

/** Writes a commerce event to the outbox, as commerce does in its own transaction. */
export const emit = (prisma: PrismaClient, tenant: string, topic: typeof TOPICS.COMMERCE_ORDER_PAID | typeof TOPICS.COMMERCE_ORDER_REFUNDED | typeof TOPICS.COMMERCE_ORDER_DISPUTE_CHANGED, payload: object) =>
  prisma.$transaction((tx) => recordEvent(tx, { tenantId: tenant, topic, payload: payload as any }));

/** Waits until every event of these topics has been delivered (the stack's dispatchers poll every 500 ms). */
export async function delivered(prisma: PrismaClient, ids: string[], timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await prisma.outboxEvent.findMany({ where: { id: { in: ids } }, select: { id: true, dispatchedAt: true, lastError: true } });
    if (rows.every((r) => r.dispatchedAt)) return;
    if (Date.now() > deadline) throw new Error(`events not delivered: ${JSON.stringify(rows.filter((r) => !r.dispatchedAt))}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface PostingRequest {
  idempotencyKey: string;
  kind: string;
  currency: string;
  reversesIdempotencyKey?: string;
  lines: { account: { tenantId: string; ownerType: string; ownerId: string; purpose: string }; side: 'DEBIT' | 'CREDIT'; amount: string }[];
}

/** The posting requests MLAS wrote whose key starts with one of the prefixes, oldest first. */
export async function postings(prisma: PrismaClient, tenant: string, match: (key: string) => boolean): Promise<PostingRequest[]> {
  const rows = await prisma.outboxEvent.findMany({ where: { tenantId: tenant, topic: TOPICS.LEDGER_POSTING_REQUESTED }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  return rows.map((r) => r.payload as unknown as PostingRequest).filter((p) => match(p.idempotencyKey));
}

/** Net credit per account of some posting requests ("PURPOSE:ownerId" → credits − debits). */
export function netCredits(requests: PostingRequest[]): Record<string, bigint> {
  const out: Record<string, bigint> = {};
  for (const r of requests) {
    for (const l of r.lines) {
      const key = `${l.account.purpose}:${l.account.ownerId}`;
      out[key] = (out[key] ?? 0n) + (l.side === 'CREDIT' ? 1n : -1n) * BigInt(l.amount);
    }
  }
  for (const k of Object.keys(out)) if (out[k] === 0n) delete out[k];
  return out;
}

/** Everything MLAS stores about a tenant, for "nothing was written" checks. */
export async function tenantState(prisma: PrismaClient, tenant: string) {
  const where = { tenantId: tenant };
  const byId = { orderBy: { id: 'asc' as const } };
  return {
    agents: await prisma.agentProfile.findMany({ where, ...byId }),
    touches: await prisma.referralTouch.findMany({ where, ...byId }),
    settings: await prisma.mlasSettings.findUnique({ where: { tenantId: tenant } }),
    models: await prisma.revenueModel.findMany({ where, include: { shares: { orderBy: { position: 'asc' } } }, ...byId }),
    orders: await prisma.commissionOrder.findMany({ where, ...byId }),
    splits: await prisma.commissionSplit.findMany({ where, ...byId }),
    commissions: await prisma.commission.findMany({ where, ...byId }),
    clawbacks: await prisma.commissionClawback.findMany({ where, ...byId }),
    tickets: await prisma.commissionTicket.findMany({ where, ...byId }),
    postings: await prisma.outboxEvent.count({ where: { ...where, topic: TOPICS.LEDGER_POSTING_REQUESTED } }),
  };
}

/** A `transport.ticket.sold` payload (docs/capabilities/transport.md) of an agent's cash sale. */
export function ticketSoldPayload(opts: { channelTenantId: string; agentUserId: string | null; amountPaid: bigint; channel?: 'AGENT' | 'WINDOW' | 'ONLINE'; ticketId?: string }) {
  return {
    ticketId: opts.ticketId ?? uuidv7(),
    bookingId: uuidv7(),
    tripId: uuidv7(),
    seatLabel: '3C',
    seatClass: 'STANDARD',
    channel: opts.channel ?? 'AGENT',
    channelTenantId: opts.channelTenantId,
    agentUserId: opts.agentUserId,
    currency: 'NGN',
    fare: opts.amountPaid.toString(),
    amountPaid: opts.amountPaid.toString(),
    soldAt: new Date().toISOString(),
  };
}
