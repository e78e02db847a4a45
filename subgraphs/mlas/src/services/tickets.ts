/**
 * Ticket commissions, driven by transport's `transport.ticket.sold` (one transaction per ticket, serialised
 * per ticket by an advisory lock and idempotent on it: `CommissionTicket.ticketId` is unique).
 * - Only AGENT-channel tickets earn a commission; window and online sales are acknowledged and ignored.
 * - The programme is the CHANNEL tenant's (the operator itself, or the motor park the agent sold for): its
 *   `ticketCommissionBps` (default 500) of the cash paid, half-up, is the pool; the seller's agent profile
 *   there and its uplines share it by the channel tenant's revenue model (`splitCommission`, largest
 *   remainder; a partner missing above the channel tenant leaves its share to the residual).
 * - A seller with no ACTIVE profile in the channel tenant earns nothing: the ticket is recorded
 *   NO_ACTIVE_AGENT (and a pool that rounds to zero NO_POOL), so the decision is visible and final.
 * - No abuse checks: they guard online referrals (a link, a visitor, a customer account), and a cash park
 *   sale has none of those — the agent is the seller, and the operator's ledger holds the agent to the
 *   whole cash paid (CASH_HELD), so a sale to oneself still brings in the fare.
 * - The operator funds the pool from its ticket revenue: one TICKET_COMMISSION posting
 *   `ticket-commission:<ticketId>` in the operator's journal — DEBIT SALES_REVENUE (operator) the pool,
 *   CREDIT each share (agents: AGENT_COMMISSION_PAYABLE in the channel tenant's book; partner, client,
 *   platform as for orders (postings.ts), with the channel tenant as the selling tenant).
 */
import { logger, recordEvent, TOPICS, uuidv7, type OutboxEventRecord, type Peers, type PrismaClient } from '@webwaka/kit';
import { agentChain } from './agents';
import { tenantAncestry, type Ancestry } from './ancestry';
import { attributionSettings } from './attribution';
import { beneficiaryId, modelForTree } from './commissions';
import { TX_OPTIONS, type Tx } from './context';
import { parseTicketSold, type TicketSold } from './events';
import { tenantModel, toSpec } from './models';
import { beneficiaryAccount, type LedgerAccountRef } from './postings';
import { agentDepth, mulDivHalfUp, splitCommission, type SplitPart } from './split';

export const ticketCommissionKey = (ticketId: string) => `ticket-commission:${ticketId}`;

const lockTicket = (tx: Tx, ticketId: string) => tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`mlas.ticket:${ticketId}`}))`;
const processed = (db: Pick<Tx, 'commissionTicket'>, ticketId: string) => db.commissionTicket.findUnique({ where: { ticketId }, select: { id: true } });

/** Handles one `transport.ticket.sold` event; `operatorTenantId` is the event's tenant. */
export async function processTicketSold(prisma: PrismaClient, peers: Peers, operatorTenantId: string, payload: unknown): Promise<void> {
  const sale = parseTicketSold(payload);
  if (sale.channel !== 'AGENT') return;
  if (await processed(prisma, sale.ticketId)) return;
  // Asked before the transaction: never hold one open across a call to another subgraph.
  const ancestry = await tenantAncestry(peers, sale.channelTenantId);
  await prisma.$transaction(async (tx) => {
    await lockTicket(tx, sale.ticketId);
    if (await processed(tx, sale.ticketId)) return;
    await recordTicketSale(tx, operatorTenantId, sale, ancestry);
  }, TX_OPTIONS);
}

async function recordTicketSale(tx: Tx, operatorTenantId: string, sale: TicketSold, ancestry: Ancestry) {
  const tenantId = sale.channelTenantId;
  const { ticketCommissionBps } = await attributionSettings(tx, tenantId);
  const pool = mulDivHalfUp(sale.amountPaid, BigInt(ticketCommissionBps), 10_000n);
  const profile = await tx.agentProfile.findUnique({ where: { tenantId_userId: { tenantId, userId: sale.agentUserId! } } });
  const agent = profile?.status === 'ACTIVE' ? profile : null;
  const outcome = !agent ? 'NO_ACTIVE_AGENT' : pool === 0n ? 'NO_POOL' : 'POSTED';
  const modelRow = outcome === 'POSTED' ? await tenantModel(tx, tenantId) : null;
  const record = await tx.commissionTicket.create({
    data: {
      id: uuidv7(),
      tenantId,
      ticketId: sale.ticketId,
      operatorTenantId,
      bookingId: sale.bookingId,
      tripId: sale.tripId,
      seatLabel: sale.seatLabel,
      agentUserId: sale.agentUserId!,
      agentId: agent?.id ?? null,
      currency: sale.currency,
      amountPaid: sale.amountPaid,
      commissionBps: ticketCommissionBps,
      pool,
      revenueModelId: modelRow?.id ?? null,
      outcome,
      soldAt: sale.soldAt,
    },
  });
  if (!agent || !modelRow || outcome !== 'POSTED') {
    logger.info('mlas: ticket earns no commission', { ticketId: sale.ticketId, tenantId, outcome });
    return;
  }
  const model = modelForTree(toSpec(modelRow), ancestry);
  const chain = await agentChain(tx, tenantId, agent, agentDepth(model));
  const parts = splitCommission(pool, model, chain);
  await tx.commission.createMany({
    data: parts.map((part) => ({
      id: uuidv7(),
      tenantId,
      source: 'TICKET' as const,
      ticketRecordId: record.id,
      ticketId: sale.ticketId,
      beneficiary: part.beneficiary,
      level: part.level,
      beneficiaryId: beneficiaryId(tenantId, ancestry, part.beneficiary, part.agent),
      agentId: part.agent?.id ?? null,
      currency: sale.currency,
      amount: part.amount,
      status: 'POSTED' as const,
    })),
  });
  await requestTicketCommissionPosting(tx, operatorTenantId, sale, ancestry, pool, parts);
}

type Part = SplitPart<{ id: string; userId: string }>;

/** The TICKET_COMMISSION request: the operator's sales revenue funds every share of the pool. */
async function requestTicketCommissionPosting(tx: Tx, operatorTenantId: string, sale: TicketSold, ancestry: Ancestry, pool: bigint, parts: Part[]) {
  const revenue: LedgerAccountRef = { tenantId: operatorTenantId, ownerType: 'TENANT', ownerId: operatorTenantId, purpose: 'SALES_REVENUE' };
  const describe = (p: Part) => (p.beneficiary === 'AGENT' ? `agent level ${p.level}` : p.beneficiary.toLowerCase());
  await recordEvent(tx, {
    tenantId: operatorTenantId,
    topic: TOPICS.LEDGER_POSTING_REQUESTED,
    payload: {
      idempotencyKey: ticketCommissionKey(sale.ticketId),
      kind: 'TICKET_COMMISSION',
      currency: sale.currency,
      memo: `Agent commission on ticket ${sale.seatLabel} (${sale.ticketId})`,
      reference: { type: 'Ticket', id: sale.ticketId },
      occurredAt: sale.soldAt.toISOString(),
      lines: [
        { account: revenue, side: 'DEBIT', amount: pool.toString(), memo: 'ticket commission pool' },
        ...parts.map((p) => ({
          account: beneficiaryAccount(sale.channelTenantId, p.beneficiary, beneficiaryId(sale.channelTenantId, ancestry, p.beneficiary, p.agent)),
          side: 'CREDIT' as const,
          amount: p.amount.toString(),
          memo: describe(p),
        })),
      ],
    },
  });
}

export const onTicketSold = (prisma: PrismaClient, peers: Peers) => (e: OutboxEventRecord) => processTicketSold(prisma, peers, e.tenantId, e.payload);
