/**
 * Payments: initialize with the tenant's provider, then learn the outcome only from the provider itself.
 * A webhook, the storefront's return, or the reconciler merely trigger `syncPayment`, which asks the
 * provider (verify) and acts on its answer, so forged, replayed or reordered notifications cannot change
 * an order on their own. The rules:
 * - success: amount and currency must match the order's, else the money is refunded and the order
 *   cancelled. Then stock is committed (an expired reservation is reserved again first); only when every
 *   line is committed does one transaction mark the order PAID with its timeline row,
 *   `commerce.order.paid` and the ORDER_PAID ledger posting (and issues the gift cards it bought:
 *   gift-card-sales.ts, whose lines hold no stock). If stock is gone the order is CANCELLED and
 *   the payment refunded automatically: never a paid order without committed stock. External lines (bus
 *   seats) hold no stock: their source hears of the payment in the PAID transaction (events.ts).
 * - a success for an order that is cancelled (expired, declined, unfillable) or already paid by another
 *   payment is refunded automatically; nothing is posted to the ledger for it (the order never took it).
 * - failure (declined, expired at the provider): the payment is FAILED and nothing else changes: the order
 *   stays PENDING_PAYMENT with its stock reserved until it expires (`expiresAt`, the tenant's payment
 *   window; the reservations hold a little longer), so the shopper can try again (`retryPayment`). The
 *   expiry job cancels it and releases the stock if nobody pays. A failure after a success changes nothing.
 * Each step records where it got to (payment SUCCEEDED, line COMMITTED, order CANCELLED...) and is
 * idempotent, so the reconciler (jobs.ts) finishes whatever a crash interrupted.
 * A BANK_TRANSFER payment (decision 0076) has no verify of its own: it succeeds when the transfers counted
 * into its account (bank-transfers.ts, each verified with the provider) reach its amount.
 * A PAY_ON_DELIVERY payment (decision 0083) involves no provider: its stock is committed when the order is
 * placed, the order waits unpaid (never expires) and the collector's record (pay-on-delivery.ts) succeeds it.
 * A USSD or MOBILE_MONEY payment (decision 0087) starts a charge on the shopper's phone (a code to dial, a
 * prompt to approve) and from then on is a card's: verified by its reference, paid once.
 */
import { randomBytes } from 'node:crypto';
import { DomainError, ErrorCode, logger, tenantLinks, uuidv7, type PrismaClient } from '@webwaka/kit';
import { TX_OPTIONS, type ActorRef, type ServiceContext, type Tx } from './context';
import { recordExternalLinesPaid, recordOrderPaid } from './events';
import { requestInvoices } from './invoice-requests';
import type { PlacedOrder } from './order-placement';
import { recordOrderMessage } from './order-messages';
import { recordChatChargeFailed } from './conversations/outbound';
import { lockOrder, transition } from './order-states';
import { commit, release, reserve, returnStock } from './peers';
import { providerFor, type PaymentProviderAdapter, type ProviderName } from './providers';
import { mobileMoneyNetworkFor, ussdBankFor, walletPhone } from './providers/direct-charges';
import type { PaymentMethod } from './providers/provider';
import { releaseCouponUse } from './coupons';
import { settingsFor } from './settings';
import { captureTenders, releaseTenders } from './tenders';
import { earnPoints } from './loyalty';
import { sum } from './money';
import { issueSoldGiftCards } from './gift-card-sales';

export type Deps = Pick<ServiceContext, 'prisma' | 'peers' | 'requestId' | 'eventsRecorded'>;

const PROVIDER: ActorRef = { actorType: 'provider', actorId: null };
const SYSTEM: ActorRef = { actorType: 'system', actorId: null };

/** How long a reservation made again at payment time holds (it is committed at once). */
const RERESERVE_TTL_SECONDS = 600;

export type PaymentOutcome = 'paid' | 'pending' | 'failed' | 'refunded' | 'unknown';

const newReference = () => `ww-${randomBytes(16).toString('hex')}`;

/**
 * Starts (or returns) the payment of an order awaiting payment: the current pending payment if it has a
 * page to pay on, else a new one with the tenant's provider. A provider refusal leaves a FAILED payment
 * with the reason (the order stays payable until it expires; `retryPayment` starts another).
 * `placed`: the order as the checkout's own transaction just wrote it, which need not be read again.
 */
export async function startPayment(deps: Deps, tenantId: string, orderId: string, returnUrl: string | null, placed?: PlacedOrder, opts: { saveAuthorization?: boolean; method?: PaymentMethod; phoneCharge?: PhoneCharge } = {}) {
  const order = placed?.id === orderId && placed.tenantId === tenantId ? placed : await deps.prisma.order.findFirst({ where: { id: orderId, tenantId } });
  if (!order) throw new DomainError(ErrorCode.NOT_FOUND, 'No such order', ['orderId']);
  if (order.status !== 'PENDING_PAYMENT') throw new DomainError(ErrorCode.INVALID_TRANSITION, 'This order is not awaiting payment', ['orderId']);
  if (order.expiresAt.getTime() <= Date.now()) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The time to pay for this order has passed', ['orderId']);
  // An order its checkout has just written has no payment yet: its first one is started here, before the
  // shopper has its id (an order can hold several payments anyway: see retryPayment).
  const current = order === placed ? null : await deps.prisma.payment.findFirst({ where: { orderId, OR: [{ status: 'SUCCEEDED' }, { status: 'PENDING', authorizationUrl: { not: null } }, { status: 'PENDING', bankAccountNumber: { not: null } }, { status: 'PENDING', method: 'PAY_ON_DELIVERY' }, { status: 'PENDING', chargeInstruction: { not: null } }] }, orderBy: { createdAt: 'desc' } });
  if (current) return current;
  const settings = await settingsFor(deps, tenantId);
  // Points, gift cards and store credit paid their part when the order was placed (tenders.ts).
  const due = order.total - order.prepaid;
  if (due <= 0n) {
    // Nothing left for a provider: a payment of nothing that has already succeeded settles the order now.
    const paid = await deps.prisma.payment.create({
      data: { id: uuidv7(), tenantId, orderId, provider: settings.paymentProvider, reference: newReference(), amount: 0n, currency: order.currency, returnUrl, status: 'SUCCEEDED', succeededAt: new Date() },
    });
    await settlePayment(deps, paid.id);
    return deps.prisma.payment.findUniqueOrThrow({ where: { id: paid.id } });
  }
  // A retry pays the way the order's last payment did, unless told otherwise.
  // A USSD or mobile-money retry dials the same bank or asks the same wallet, as checked at checkout.
  const last = opts.method || order === placed ? null : await deps.prisma.payment.findFirst({ where: { orderId }, orderBy: { createdAt: 'desc' }, select: { method: true, ussdBank: true, mobileMoneyNetwork: true, mobileMoneyPhone: true } });
  const method = opts.method ?? last?.method ?? 'CARD';
  const phoneCharge = opts.phoneCharge ?? (last ? { ussdBank: last.ussdBank, mobileMoneyNetwork: last.mobileMoneyNetwork, mobileMoneyPhone: last.mobileMoneyPhone } : {});
  const payment = await deps.prisma.payment.create({
    data: {
      id: uuidv7(), tenantId, orderId, provider: settings.paymentProvider, reference: newReference(), amount: due, currency: order.currency, returnUrl, method,
      ...(method === 'USSD' ? { ussdBank: phoneCharge.ussdBank ?? null } : method === 'MOBILE_MONEY' ? { mobileMoneyNetwork: phoneCharge.mobileMoneyNetwork ?? null, mobileMoneyPhone: phoneCharge.mobileMoneyPhone ?? null } : {}),
    },
  });
  if (method === 'PAY_ON_DELIVERY') return confirmOnDelivery(deps, order, payment);
  try {
    const adapter = await providerFor(deps.prisma, tenantId, payment.provider);
    if (method === 'BANK_TRANSFER') {
      if (!adapter.openVirtualAccount) throw new DomainError(ErrorCode.PAYMENT_FAILED, `${payment.provider.toLowerCase()} cannot take bank transfers`);
      const account = await adapter.openVirtualAccount({
        reference: payment.reference,
        amount: payment.amount,
        currency: payment.currency,
        email: order.email,
        phone: order.phone,
        returnUrl,
        description: `Order ${order.number}`,
        metadata: { orderId: order.id, orderNumber: order.number },
      });
      return await deps.prisma.payment.update({ where: { id: payment.id }, data: { bankAccountNumber: account.accountNumber, bankName: account.bankName, bankAccountName: account.accountName, providerReference: account.providerReference } });
    }
    if (method === 'USSD' || method === 'MOBILE_MONEY') return await startPhoneCharge(deps, adapter, order, payment);
    // A subscription's first order keeps the card for its renewals. Only Stripe must be told (Paystack and
    // Flutterwave return a reusable authorisation anyway), so only a Stripe shop's retried payment asks
    // whether the order is a subscription's first (decision 0060).
    const saveAuthorization = !!opts.saveAuthorization || (payment.provider === 'STRIPE' && (await deps.prisma.subscription.count({ where: { firstOrderId: orderId } })) > 0);
    const init = await adapter.initialize({
      saveAuthorization,
      reference: payment.reference,
      amount: payment.amount,
      currency: payment.currency,
      email: order.email,
      returnUrl,
      description: `Order ${order.number}`,
      metadata: { orderId: order.id, orderNumber: order.number },
    });
    return await deps.prisma.payment.update({ where: { id: payment.id }, data: { authorizationUrl: init.authorizationUrl, providerReference: init.providerReference } });
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    return deps.prisma.payment.update({ where: { id: payment.id }, data: { status: 'FAILED', failureReason: e.message } });
  }
}

/** The shopper's choices for a charge on their phone (decision 0087), checked at checkout (direct-charges.ts). */
export interface PhoneCharge {
  ussdBank?: string | null;
  mobileMoneyNetwork?: string | null;
  mobileMoneyPhone?: string | null;
}

/**
 * Starts a USSD or mobile-money charge and keeps what the shopper must do (the code to dial, the prompt to
 * approve). The bank or network is checked again against the provider's list here, since the shop may have
 * changed provider between the checkout and a retry: a choice the provider cannot charge fails the payment.
 */
async function startPhoneCharge(
  deps: Deps,
  adapter: PaymentProviderAdapter,
  order: { id: string; number: string; email: string; phone: string | null },
  payment: { id: string; reference: string; amount: bigint; currency: string; returnUrl: string | null; provider: ProviderName; method: PaymentMethod; ussdBank: string | null; mobileMoneyNetwork: string | null; mobileMoneyPhone: string | null },
) {
  const base = { reference: payment.reference, amount: payment.amount, currency: payment.currency, email: order.email, returnUrl: payment.returnUrl, description: `Order ${order.number}`, metadata: { orderId: order.id, orderNumber: order.number } };
  let charge;
  if (payment.method === 'USSD') {
    if (!adapter.chargeUssd) throw new DomainError(ErrorCode.PAYMENT_FAILED, `${payment.provider.toLowerCase()} cannot take USSD payments`);
    charge = await adapter.chargeUssd({ ...base, bank: ussdBankFor(payment.provider, payment.ussdBank).code, phone: order.phone });
  } else {
    if (!adapter.chargeMobileMoney) throw new DomainError(ErrorCode.PAYMENT_FAILED, `${payment.provider.toLowerCase()} cannot take mobile money`);
    const network = mobileMoneyNetworkFor(payment.provider, payment.mobileMoneyNetwork, payment.currency);
    charge = await adapter.chargeMobileMoney({ ...base, network, phone: walletPhone(payment.mobileMoneyPhone, network) });
  }
  if (charge.status === 'FAILED') return deps.prisma.payment.update({ where: { id: payment.id }, data: { status: 'FAILED', failureReason: charge.failureReason ?? charge.instruction, providerReference: charge.providerReference } });
  return deps.prisma.payment.update({ where: { id: payment.id }, data: { ussdCode: charge.ussdCode, chargeInstruction: charge.instruction, authorizationUrl: charge.authorizationUrl, providerReference: charge.providerReference } });
}

/**
 * A pay-on-delivery order is confirmed unpaid: its stock is committed now (as a paid order's), so it
 * cannot lapse while the goods travel; out of stock cancels it like a paid one. The payment stays PENDING
 * until the collector records the money (pay-on-delivery.ts).
 */
async function confirmOnDelivery(deps: Deps, order: { id: string; tenantId: string; channel: 'SVM' | 'MVM' | 'POS' }, payment: { id: string }) {
  if (!(await commitOrderStock(deps, order))) {
    await cancelUnpaidOrder(deps, order.id, order.tenantId, SYSTEM, 'Out of stock when the order was confirmed');
    await cleanUpOrder(deps, order.id);
  }
  return deps.prisma.payment.findUniqueOrThrow({ where: { id: payment.id } });
}

/** Asks the provider about a payment and acts on the answer (see the module comment). */
export async function syncPayment(deps: Deps, tenantId: string, reference: string): Promise<PaymentOutcome> {
  const payment = await deps.prisma.payment.findFirst({ where: { reference, tenantId } });
  if (!payment) return 'unknown';
  if (payment.status === 'SUCCEEDED') return settlePayment(deps, payment.id);
  // Only its counted transfers pay a bank-transfer payment (bank-transfers.ts), never a verify of the whole.
  if (payment.method === 'BANK_TRANSFER') return payment.status === 'PENDING' ? 'pending' : 'failed';
  // Nobody but the collector knows whether the money was taken at the door.
  if (payment.method === 'PAY_ON_DELIVERY') return payment.status === 'PENDING' ? 'pending' : 'failed';
  const adapter = await providerFor(deps.prisma, tenantId, payment.provider);
  const verified = await adapter.verify(reference, payment.providerReference);
  if (verified.status === 'PENDING') return 'pending';
  if (verified.status === 'FAILED') return failPayment(deps, payment.id, verified.failureReason ?? 'declined', payment.method);
  const mismatch = verified.amount !== payment.amount || verified.currency !== payment.currency;
  await deps.prisma.payment.update({
    where: { id: payment.id },
    data: {
      status: 'SUCCEEDED',
      succeededAt: new Date(),
      providerReference: verified.providerReference ?? payment.providerReference,
      // What arrived is what a refund gives back; the mismatch is the reason it is not used.
      amount: verified.amount,
      failureReason: mismatch ? `Paid ${verified.amount} ${verified.currency}, expected ${payment.amount} ${payment.currency}` : null,
    },
  });
  return settlePayment(deps, payment.id);
}

/**
 * Carries a SUCCEEDED payment through: commit the stock, then mark the order PAID (one transaction with
 * its events). Re-entrant: each call picks up where the last stopped.
 */
export async function settlePayment(deps: Deps, paymentId: string): Promise<PaymentOutcome> {
  const payment = await deps.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } });
  const order = await deps.prisma.order.findUniqueOrThrow({ where: { id: payment.orderId } });
  if (payment.failureReason) {
    await cancelUnpaidOrder(deps, order.id, order.tenantId, SYSTEM, 'The amount paid did not match the order; refunded', { despitePayment: true });
    await cleanUpOrder(deps, order.id);
    return 'refunded';
  }
  if (order.status !== 'PENDING_PAYMENT') {
    if (order.paidPaymentId === payment.id) return 'paid';
    await cleanUpOrder(deps, order.id);
    return 'refunded';
  }
  if (!(await commitOrderStock(deps, order))) {
    await cancelUnpaidOrder(deps, order.id, order.tenantId, SYSTEM, 'Out of stock when the payment arrived; refunded', { despitePayment: true });
    await cleanUpOrder(deps, order.id);
    return 'refunded';
  }
  const links = await tenantLinks(deps.peers, order.tenantId, 'commerce', deps.requestId);
  const paid = await deps.prisma.$transaction(async (tx) => {
    const current = (await lockOrder(tx, order.tenantId, order.id))!;
    if (current.status !== 'PENDING_PAYMENT') return current.paidPaymentId === payment.id;
    const lines = await tx.orderLine.findMany({ where: { orderId: order.id }, orderBy: { id: 'asc' } });
    if (lines.some((l) => l.stockStatus !== 'COMMITTED' && l.stockStatus !== 'NOT_STOCKED')) throw new Error(`order ${order.id}: marking paid with stock not committed`);
    const paidAt = new Date();
    const how =
      payment.amount === 0n ? 'Paid with points, gift cards or store credit'
      : payment.method === 'PAY_ON_DELIVERY' ? `Paid on delivery (${payment.collectedVia === 'CASH' ? 'cash' : 'transfer'} taken by the collector)`
      : `Paid through ${payment.provider.toLowerCase()} (${payment.reference})`;
    await transition(tx, current, 'PAID', PROVIDER, how, { paidAt, paidPaymentId: payment.id });
    const vendorOrders = await tx.vendorOrder.findMany({ where: { orderId: order.id }, orderBy: { id: 'asc' } });
    const tenders = await captureTenders(tx, order.id);
    // Gift cards bought in the order are issued now, once (decision 0064); their value is a liability.
    const giftCardsSold = await issueSoldGiftCards(tx, current, lines, links);
    // Cash taken at the door is the collector's to hand in (decision 0083), not the provider's to settle.
    const cashHeldBy = payment.method === 'PAY_ON_DELIVERY' && payment.collectedVia === 'CASH' ? payment.collectedByUserId : null;
    await recordOrderPaid(tx, { ...current, paidAt, vendorOrders, tenders, giftCardsSold, cashHeldBy });
    await requestInvoices(tx, order.id, paidAt);
    // Points are earned on what was paid for goods (after discounts, before tax and shipping), less what points paid; not on gift cards.
    const pointsPaid = sum(tenders.filter((t) => t.kind === 'POINTS').map((t) => t.amount));
    await earnPoints(tx, { tenantId: order.tenantId, userId: current.customerUserId, orderId: order.id, orderNumber: current.number, currency: current.currency, goodsPaid: current.subtotal - pointsPaid - sum([...giftCardsSold.values()]) });
    await recordExternalLinesPaid(tx, current, lines, { paidAt, paymentReference: payment.reference });
    await recordOrderMessage(tx, current, 'PAID', links, lines);
    return true;
  }, TX_OPTIONS);
  deps.eventsRecorded();
  if (paid) return 'paid';
  await cleanUpOrder(deps, order.id);
  return 'refunded';
}

/**
 * Commits every line's reservation; a lapsed one is reserved again (under a key derived from the lapsed
 * reservation, so retries reuse it) and committed. False when some line's stock is gone.
 */
async function commitOrderStock(deps: Deps, order: { id: string; tenantId: string; channel: 'SVM' | 'MVM' | 'POS' }): Promise<boolean> {
  const lines = await deps.prisma.orderLine.findMany({ where: { orderId: order.id, stockStatus: 'RESERVED' }, orderBy: { id: 'asc' } });
  for (const line of lines) {
    let reservationId = line.reservationId!;
    try {
      await commit(deps, order.tenantId, reservationId);
    } catch (e) {
      if (!(e instanceof DomainError) || e.code === ErrorCode.PEER_UNAVAILABLE) throw e;
      try {
        const held = await reserve(deps, order.tenantId, {
          variantId: line.variantId!,
          quantity: line.quantity,
          channel: order.channel,
          ttlSeconds: RERESERVE_TTL_SECONDS,
          reference: `order:${order.id}`,
          idempotencyKey: `rereserve:${reservationId}`,
        });
        reservationId = held.id;
        await deps.prisma.orderLine.update({ where: { id: line.id }, data: { reservationId, locationId: held.locationId } });
        await commit(deps, order.tenantId, reservationId);
      } catch (again) {
        if (again instanceof DomainError && again.code === ErrorCode.INSUFFICIENT_STOCK) return false;
        throw again;
      }
    }
    await deps.prisma.orderLine.update({ where: { id: line.id }, data: { stockStatus: 'COMMITTED' } });
  }
  return true;
}

/**
 * The provider said no: the payment is FAILED. The order is left awaiting payment (issue 10: cancelling it
 * at the first decline lost the shopper's order and cart for a mistyped card); `retryPayment` starts a new
 * payment, and the expiry job cancels the order when its payment window ends.
 */
export async function failPayment(deps: Deps, paymentId: string, reason: string, method?: PaymentMethod): Promise<PaymentOutcome> {
  const where = { id: paymentId, status: { in: ['PENDING', 'CANCELLED'] as ('PENDING' | 'CANCELLED')[] } };
  const data = { status: 'FAILED' as const, failureReason: reason };
  // A USSD or mobile-money charge of a chat order: the chat hears of it, with ways to pay again, in the same
  // transaction (decision 0087, amended); other payments keep the single statement.
  const failed =
    method === 'USSD' || method === 'MOBILE_MONEY'
      ? await deps.prisma.$transaction(async (tx) => {
          const moved = await tx.payment.updateMany({ where, data });
          if (moved.count > 0) {
            const payment = await tx.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { id: true, orderId: true, method: true } });
            await recordChatChargeFailed(tx, payment);
          }
          return moved;
        }, TX_OPTIONS)
      : await deps.prisma.payment.updateMany({ where, data });
  if (failed.count === 0) return (await deps.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).status === 'SUCCEEDED' ? settlePayment(deps, paymentId) : 'failed';
  return 'failed';
}

/**
 * Cancels an order still awaiting payment (pending payments become CANCELLED), unless a payment has
 * succeeded for it — or `despitePayment`, when that payment cannot be used (it is then refunded by
 * cleanUpOrder). Returns whether the order is (now) cancelled.
 */
export async function cancelUnpaidOrder(deps: Deps, orderId: string, tenantId: string, actor: ActorRef, reason: string, opts: { despitePayment?: boolean } = {}): Promise<boolean> {
  return deps.prisma.$transaction(async (tx) => {
    const order = (await lockOrder(tx, tenantId, orderId))!;
    if (order.status === 'CANCELLED') return true;
    if (order.status !== 'PENDING_PAYMENT') return false;
    const usable = await tx.payment.count({ where: { orderId, status: 'SUCCEEDED', failureReason: null } });
    if (usable > 0 && !opts.despitePayment) return false;
    await tx.payment.updateMany({ where: { orderId, status: 'PENDING' }, data: { status: 'CANCELLED' } });
    const cancelled = await transition(tx, order, 'CANCELLED', actor, reason, { cancelledAt: new Date(), cancelReason: reason });
    // An order that was never paid gives its coupon use back (decision 0057).
    if (cancelled) await releaseCouponUse(tx, orderId);
    // And its points, gift cards and store credit (decision 0059).
    if (cancelled) await releaseTenders(tx, order);
    return cancelled;
  }, TX_OPTIONS);
}

/**
 * Puts right what a cancelled or paid order must not keep: stock still held (released), stock committed
 * for an order that never got paid (returned), and money from any payment that did not pay the order
 * (refunded automatically). Idempotent; the reconciler calls it for orders a crash left half-done.
 */
export async function cleanUpOrder(deps: Deps, orderId: string): Promise<void> {
  const order = await deps.prisma.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true, payments: true } });
  if (order.status === 'CANCELLED' && !order.paidAt) {
    for (const line of order.lines) {
      if (line.stockStatus === 'RESERVED' && line.reservationId) await release(deps, order.tenantId, line.reservationId);
      if (line.stockStatus === 'COMMITTED' && line.locationId) {
        await returnStock(deps, order.tenantId, { clientId: `unsold:${line.id}`, variantId: line.variantId!, locationId: line.locationId, quantity: line.quantity, reference: `order:${order.id}` });
      }
      if (line.stockStatus === 'RESERVED' || line.stockStatus === 'COMMITTED') await deps.prisma.orderLine.update({ where: { id: line.id }, data: { stockStatus: 'RELEASED' } });
    }
  }
  if (order.status === 'PENDING_PAYMENT') return;
  for (const p of order.payments) {
    if (p.id === order.paidPaymentId) continue;
    // What was transferred to an order that did not take it goes back transfer by transfer.
    if (p.method === 'BANK_TRANSFER') {
      for (const t of await deps.prisma.paymentTransfer.findMany({ where: { paymentId: p.id }, orderBy: { receivedAt: 'asc' } })) {
        await refundTransfer(deps, order, p, t, t.amount, 'The order could not take this transfer');
      }
    } else if (p.status === 'SUCCEEDED') await refundUnusedPayment(deps, order, p);
  }
}

/**
 * Gives back (part of) one transfer, once per transfer: the refund is asked against the transfer's own
 * transaction (the provider's reference), which is what Paystack, Flutterwave and the sandbox refund.
 */
export async function refundTransfer(
  deps: Deps,
  order: { id: string; tenantId: string },
  payment: { id: string; provider: ProviderName },
  transfer: { transferReference: string; currency: string },
  amount: bigint,
  why: string,
) {
  const refundId = await recordTransferRefund(deps.prisma, order, payment, transfer, amount, why);
  if (refundId) await sendTransferRefund(deps, order.tenantId, refundId, payment.provider, transfer.transferReference);
}

/**
 * Records (once per transfer and reason) the refund of (part of) a transfer, PENDING, in the caller's
 * transaction where there is one: the money owed back is then on record with whatever counted the
 * transfer, and a crash before the provider is asked leaves a PENDING refund the reconciler finishes
 * (jobs.ts), never a transfer kept by mistake. Null when nothing is owed or it is already recorded.
 */
export async function recordTransferRefund(
  db: PrismaClient | Tx,
  order: { id: string; tenantId: string },
  payment: { id: string },
  transfer: { transferReference: string; currency: string },
  amount: bigint,
  why: string,
): Promise<string | null> {
  if (amount <= 0n || (await db.refund.findFirst({ where: { paymentId: payment.id, automatic: true, transferReference: transfer.transferReference, reason: why } }))) return null;
  const refund = await db.refund.create({
    data: { id: uuidv7(), tenantId: order.tenantId, orderId: order.id, paymentId: payment.id, transferReference: transfer.transferReference, amount, currency: transfer.currency, automatic: true, reason: why, actorType: 'system' },
  });
  return refund.id;
}

/** Asks the provider for a recorded transfer refund, against the transfer's own transaction. */
export async function sendTransferRefund(deps: Deps, tenantId: string, refundId: string, provider: ProviderName, transferReference: string) {
  await sendRefund(deps.prisma, tenantId, refundId, { reference: transferReference, providerReference: transferReference, provider }).catch((e) => {
    // Recorded FAILED by sendRefund: it stays visible on the order for staff to pay back by hand.
    if (!(e instanceof DomainError)) throw e;
  });
}

/** Gives back a payment the order did not take (once: a live automatic refund is never repeated). */
async function refundUnusedPayment(deps: Deps, order: { id: string; tenantId: string }, payment: { id: string; reference: string; providerReference: string | null; amount: bigint; currency: string; provider: 'SANDBOX' | 'PAYSTACK' | 'FLUTTERWAVE' | 'STRIPE' }) {
  const live = await deps.prisma.refund.findFirst({ where: { paymentId: payment.id, automatic: true, status: { in: ['PENDING', 'SUCCEEDED', 'REVIEW'] } } });
  if (live) return;
  const refund = await deps.prisma.refund.create({
    data: {
      id: uuidv7(),
      tenantId: order.tenantId,
      orderId: order.id,
      paymentId: payment.id,
      amount: payment.amount,
      currency: payment.currency,
      automatic: true,
      reason: 'The order could not take this payment',
      actorType: 'system',
    },
  });
  await sendRefund(deps.prisma, order.tenantId, refund.id, payment);
}

/**
 * Asks the provider for a recorded refund. A refusal marks it FAILED (nothing was paid back) and is
 * rethrown; success records the provider's id. Returns the provider's refund id.
 */
export async function sendRefund(
  prisma: PrismaClient,
  tenantId: string,
  refundId: string,
  payment: { reference: string; providerReference: string | null; provider: 'SANDBOX' | 'PAYSTACK' | 'FLUTTERWAVE' | 'STRIPE' },
): Promise<string> {
  const refund = await prisma.refund.findUniqueOrThrow({ where: { id: refundId } });
  // A transfer's refund goes back through that transfer's own transaction (also when the reconciler retries it).
  if (refund.transferReference) payment = { ...payment, reference: refund.transferReference, providerReference: refund.transferReference };
  // Tenders' shares go back in completeRefund; store credit instead of the card: the provider gives nothing back.
  const toProvider = refund.toStoreCredit ? 0n : refund.amount - refund.prepaidPart;
  if (toProvider <= 0n) {
    const done = refund.toStoreCredit ? 'store-credit' : 'prepaid';
    if (refund.automatic) await prisma.refund.update({ where: { id: refundId }, data: { status: 'SUCCEEDED', providerRefundId: done, completedAt: new Date() } });
    else await prisma.refund.update({ where: { id: refundId }, data: { providerRefundId: done } });
    return done;
  }
  // Money taken at the door is in no provider's hands (decision 0083): never ask one with a reference it has not seen.
  if ((await prisma.payment.findUnique({ where: { id: refund.paymentId }, select: { method: true } }))?.method === 'PAY_ON_DELIVERY') {
    const why = 'Paid on delivery: no provider holds this money. Refund it as store credit, or give it back by hand';
    await prisma.refund.update({ where: { id: refundId }, data: { status: 'FAILED', failureReason: why } });
    throw new DomainError(ErrorCode.PAYMENT_FAILED, why);
  }
  const adapter = await providerFor(prisma, tenantId, payment.provider);
  try {
    const r = await adapter.refund({ refundId, reference: payment.reference, providerReference: payment.providerReference, amount: toProvider, currency: refund.currency });
    if (refund.automatic) await prisma.refund.update({ where: { id: refundId }, data: { status: 'SUCCEEDED', providerRefundId: r.providerRefundId, completedAt: new Date() } });
    else await prisma.refund.update({ where: { id: refundId }, data: { providerRefundId: r.providerRefundId } });
    return r.providerRefundId;
  } catch (e) {
    if (e instanceof DomainError) {
      await prisma.refund.update({ where: { id: refundId }, data: { status: 'FAILED', failureReason: e.message } });
      logger.warn('refund refused by the provider', { refundId, error: e.message });
    }
    throw e;
  }
}
