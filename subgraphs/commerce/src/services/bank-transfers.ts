/**
 * Bank transfers into a payment's virtual account (decision 0076). A notification only says "ask": the
 * transfer is verified with the provider by its own reference (a forged webhook names nothing real), then
 * counted once (PaymentTransfer is unique per provider transaction, so a replay or a second notification
 * of the same transfer adds nothing). Under one lock of the order:
 * - still short of the amount: the payment stays PENDING, showing what is still to pay; later transfers add up;
 * - reaching it: the payment SUCCEEDS for exactly the amount due and takes the ordinary paid path
 *   (settlePayment: stock commit, ORDER_PAID posting); any excess is refunded from the transfer that made it;
 * - arriving for a payment that already succeeded, or an order that is no longer awaiting payment
 *   (expired, cancelled): that transfer is refunded, never kept and never lost.
 * The ledger hears only of the order's own amount (the excess and late transfers go straight back).
 */
import { isUniqueViolation, logger, uuidv7 } from '@webwaka/kit';
import { TX_OPTIONS } from './context';
import { lockOrder } from './order-states';
import { recordTransferRefund, sendTransferRefund, settlePayment, type Deps, type PaymentOutcome } from './payments';
import { providerFor } from './providers';
import type { ProviderName } from './providers/provider';

export async function receiveTransfer(deps: Deps, tenantId: string, provider: ProviderName, transferReference: string): Promise<PaymentOutcome | 'duplicate'> {
  const adapter = await providerFor(deps.prisma, tenantId, provider);
  if (!adapter.verifyTransfer) return 'unknown';
  const known = await deps.prisma.paymentTransfer.findUnique({ where: { provider_transferReference: { provider, transferReference } } });
  if (known) return 'duplicate';
  const verified = await adapter.verifyTransfer(transferReference);
  if (verified.status !== 'SUCCEEDED') return verified.status === 'PENDING' ? 'pending' : 'failed';
  // The newest bank-transfer payment on the account (Paystack's accounts are the customer's, reused).
  const payment = await deps.prisma.payment.findFirst({
    where: { tenantId, provider, method: 'BANK_TRANSFER', ...(verified.reference ? { reference: verified.reference } : { bankAccountNumber: verified.accountNumber ?? '-' }) },
    orderBy: { createdAt: 'desc' },
  });
  if (!payment) {
    // Money at the provider for no payment of ours: the provider's dashboard has it; say so loudly.
    logger.warn('bank transfer for no known payment', { tenantId, provider, transferReference, accountNumber: verified.accountNumber });
    return 'unknown';
  }
  const transfer = { transferReference, currency: verified.currency };
  const decision = await deps.prisma.$transaction(async (tx) => {
    const order = (await lockOrder(tx, tenantId, payment.orderId))!;
    const current = await tx.payment.findUniqueOrThrow({ where: { id: payment.id } });
    await tx.paymentTransfer.create({ data: { id: uuidv7(), tenantId, paymentId: payment.id, provider, transferReference, amount: verified.amount, currency: verified.currency } });
    // Another currency cannot pay the order: it is counted (to be refunded) but adds nothing. What goes
    // back is recorded with the transfer, so a crash before the provider is asked cannot keep it.
    if (verified.currency !== current.currency || current.status !== 'PENDING' || order.status !== 'PENDING_PAYMENT') {
      const refundId = await recordTransferRefund(tx, order, payment, transfer, verified.amount, 'Arrived after the order stopped awaiting payment');
      return { kind: 'refund' as const, refundId };
    }
    const received = current.received + verified.amount;
    if (received < current.amount) {
      await tx.payment.update({ where: { id: payment.id }, data: { received } });
      return { kind: 'pending' as const };
    }
    await tx.payment.update({ where: { id: payment.id }, data: { received, status: 'SUCCEEDED', succeededAt: new Date() } });
    const refundId = await recordTransferRefund(tx, order, payment, transfer, received - current.amount, 'Paid more than the order');
    return { kind: 'paid' as const, refundId };
  }, TX_OPTIONS).catch((e) => {
    if (isUniqueViolation(e)) return { kind: 'duplicate' as const };
    throw e;
  });
  if (decision.kind === 'duplicate') return 'duplicate';
  if (decision.kind === 'pending') return 'pending';
  if (decision.refundId) await sendTransferRefund(deps, tenantId, decision.refundId, provider, transferReference);
  if (decision.kind === 'refund') return 'refunded';
  return settlePayment(deps, payment.id);
}
