/**
 * Background work that keeps commerce consistent whatever happened to a request:
 * - orders not paid in time: the provider is asked once more (a late webhook must not lose a payment),
 *   then the order is cancelled and its stock released;
 * - settlements a crash interrupted (payment SUCCEEDED, order still PENDING_PAYMENT) are carried on;
 * - cancelled or paid orders still holding stock or unused money (a payment or a bank transfer they did not
 *   take) are cleaned up (payments.ts);
 * - refunds left PENDING are finished when the provider's refunds are idempotent, else set aside for
 *   review; successful refunds still owed a restock are restocked;
 * - checkouts interrupted mid-way release their cart (their reservations expire in inventory).
 * Every step is idempotent, so overlapping runs or replicas only repeat no-ops.
 */
import { logger } from '@webwaka/kit';
import type { ServiceContext } from './context';
import { cancelUnpaidOrder, cleanUpOrder, settlePayment, syncPayment, type Deps } from './payments';
import { providerFor } from './providers';
import { completeRefund, restockRefund } from './refunds';
import { sendRefund } from './payments';

const BATCH = 50;
/**
 * A step younger than this may still be running in a request; leave it alone. COMMERCE_SETTLE_GRACE_MS
 * shortens it where nothing can still be running (the crash test, after restarting every process).
 */
const SETTLE_GRACE_MS = Number(process.env.COMMERCE_SETTLE_GRACE_MS ?? 60_000);
const STALE_CHECKOUT_MS = 10 * 60_000;

type JobDeps = Deps & Pick<ServiceContext, 'actor'>;

async function each<T>(items: T[], what: string, run: (item: T) => Promise<unknown>) {
  for (const item of items) {
    try {
      await run(item);
    } catch (e) {
      logger.warn(`commerce job: ${what} failed; will retry`, { item: (item as { id?: string }).id, error: String(e) });
    }
  }
}

/** Orders past their payment deadline: one last look at the provider, then cancel and release. */
export async function expireOrders(deps: JobDeps, now = new Date()): Promise<number> {
  const due = await deps.prisma.order.findMany({ where: { status: 'PENDING_PAYMENT', expiresAt: { lte: now }, payments: { none: { method: 'PAY_ON_DELIVERY', status: 'PENDING' } } }, include: { payments: true }, take: BATCH, orderBy: { expiresAt: 'asc' } });
  await each(due, 'expiring an order', async (order) => {
    // A charge with a page, or one started on the shopper's phone (USSD, mobile money: decision 0087).
    for (const p of order.payments.filter((x) => x.status === 'PENDING' && (x.authorizationUrl || x.chargeInstruction))) {
      if ((await syncPayment(deps, order.tenantId, p.reference)) === 'paid') return;
    }
    if (await cancelUnpaidOrder(deps, order.id, order.tenantId, { actorType: 'system', actorId: null }, 'Not paid in time')) await cleanUpOrder(deps, order.id);
  });
  return due.length;
}

/** Finishes whatever a crash left half-done (see the module comment). */
export async function reconcile(deps: JobDeps, now = new Date()): Promise<void> {
  const settled = new Date(now.getTime() - SETTLE_GRACE_MS);
  const unsettled = await deps.prisma.payment.findMany({ where: { status: 'SUCCEEDED', updatedAt: { lte: settled }, order: { status: 'PENDING_PAYMENT' } }, take: BATCH });
  await each(unsettled, 'settling a payment', (p) => settlePayment(deps, p.id));

  const untidy = await deps.prisma.$queryRaw<{ id: string }[]>`
    SELECT o."id" FROM "commerce"."Order" o
    WHERE o."status" <> 'PENDING_PAYMENT' AND o."updatedAt" <= ${settled} AND (
      (o."status" = 'CANCELLED' AND o."paidAt" IS NULL AND EXISTS (SELECT 1 FROM "commerce"."OrderLine" l WHERE l."orderId" = o."id" AND l."stockStatus" IN ('RESERVED', 'COMMITTED')))
      OR EXISTS (SELECT 1 FROM "commerce"."Payment" p WHERE p."orderId" = o."id" AND p."status" = 'SUCCEEDED' AND p."id" IS DISTINCT FROM o."paidPaymentId"
        AND NOT EXISTS (SELECT 1 FROM "commerce"."Refund" r WHERE r."paymentId" = p."id" AND r."automatic" AND r."status" IN ('PENDING', 'SUCCEEDED', 'REVIEW')))
      -- a transfer to a payment the order did not take, not yet on record to go back (decision 0076)
      OR EXISTS (SELECT 1 FROM "commerce"."PaymentTransfer" t JOIN "commerce"."Payment" p ON p."id" = t."paymentId"
        WHERE p."orderId" = o."id" AND p."id" IS DISTINCT FROM o."paidPaymentId"
        AND NOT EXISTS (SELECT 1 FROM "commerce"."Refund" r WHERE r."paymentId" = p."id" AND r."automatic" AND r."transferReference" = t."transferReference")))
    LIMIT ${BATCH}`;
  await each(untidy, 'cleaning up an order', (o) => cleanUpOrder(deps, o.id));

  const stuck = await deps.prisma.refund.findMany({ where: { status: 'PENDING', createdAt: { lte: settled } }, include: { payment: true }, take: BATCH });
  await each(stuck, 'finishing a refund', async (r) => {
    const adapter = await providerFor(deps.prisma, r.tenantId, r.payment.provider);
    if (!r.providerRefundId && !adapter.refundsIdempotent) {
      await deps.prisma.refund.update({ where: { id: r.id }, data: { status: 'REVIEW', failureReason: 'Interrupted while asking the provider; check its dashboard before retrying' } });
      return;
    }
    if (!r.providerRefundId) await sendRefund(deps.prisma, r.tenantId, r.id, r.payment);
    if (!r.automatic) await completeRefund(deps, r.id);
  });

  const owed = await deps.prisma.refund.findMany({ where: { status: 'SUCCEEDED', restock: true, lines: { some: { restockedAt: null } } }, take: BATCH });
  await each(owed, 'restocking a refund', (r) => restockRefund(deps, r.id));

  await deps.prisma.checkout.updateMany({
    where: { status: 'PROCESSING', updatedAt: { lte: new Date(now.getTime() - STALE_CHECKOUT_MS) } },
    data: { status: 'FAILED', cartLock: null, errorCode: 'INTERNAL', errorMessage: 'The checkout was interrupted; start again with a new idempotency key' },
  });
}
