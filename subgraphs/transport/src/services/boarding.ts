/**
 * Boarding: a conductor (the operator's staff) scans a ticket. The QR code must verify against the
 * operator's own key and be the code the ticket was issued with (TICKET_INVALID otherwise: tampered,
 * forged, or another operator's). A ticket boards once — a compare-and-set on boardedAt, backed by a
 * trigger — and a second scan reports when and by whom it boarded. A device that verified offline sends
 * its scans later with the time they happened.
 */
import { DomainError, ErrorCode } from '@webwaka/kit';
import type { ServiceContext } from './context';
import { verifyTicketQr } from './signing';
import { requireTenant } from './scope';

/** Scans dated further ahead than this are a broken clock. */
const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

export async function boardTicket(ctx: ServiceContext, input: { qr: string; scannedAt?: Date | null }) {
  const tenantId = requireTenant(ctx);
  const invalid = (why: string) => new DomainError(ErrorCode.TICKET_INVALID, why, ['qr']);
  const at = input.scannedAt ?? new Date();
  if (Number.isNaN(at.getTime()) || at.getTime() > Date.now() + MAX_CLOCK_SKEW_MS) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'scannedAt must be a valid time, not in the future', ['scannedAt']);
  const key = await ctx.prisma.operatorKey.findUnique({ where: { tenantId } });
  if (!key) throw invalid('This operator has issued no tickets');
  const check = verifyTicketQr(input.qr, key.publicKey);
  if (!check.valid) throw invalid(check.reason === 'BAD_SIGNATURE' ? 'The ticket signature does not verify: it was altered or is not ours' : 'This is not a ticket code');
  if (check.payload.op !== tenantId || check.payload.kid !== key.id) throw invalid('This ticket belongs to another operator');
  const ticket = await ctx.prisma.ticket.findFirst({ where: { id: check.payload.tid, tenantId } });
  if (!ticket || ticket.qr !== input.qr.trim()) throw invalid('No such ticket');
  const boardedBy = ctx.actor.userId;
  const updated = await ctx.prisma.ticket.updateMany({ where: { id: ticket.id, boardedAt: null }, data: { boardedAt: at, boardedByUserId: boardedBy } });
  const now = await ctx.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
  return { ticket: now, alreadyBoarded: updated.count === 0 };
}

export const alreadyBoardedError = (t: { boardedAt: Date | null; boardedByUserId: string | null }) =>
  new DomainError(ErrorCode.ALREADY_BOARDED, `Already boarded at ${t.boardedAt?.toISOString()}${t.boardedByUserId ? ` by ${t.boardedByUserId}` : ''}`, ['qr']);
