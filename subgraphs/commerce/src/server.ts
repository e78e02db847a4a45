import { anonymousActor, DomainError, logger, MEDIA_MAX_BYTES, OutboxDispatcher, Peers, startSubgraph, topicHandlers, TOPICS, type InternalRoute, type PrismaClient, type StartSubgraph, type VerifiedCall } from '@webwaka/kit';
import { schema } from './schema';
import { onRefundRequested } from './services/external-orders';
import { onPosSaleRecorded } from './services/pos-orders';
import { expireOrders, reconcile } from './services/jobs';
import { runSubscriptions } from './services/subscriptions';
import { expirePoints } from './services/loyalty';
import { expireTillHolds } from './services/pos-holds';
import type { Deps } from './services/payments';
import { decideSandboxCharge, simulateSandboxTransfer } from './services/providers/sandbox';
import { fromMajor } from './services/providers/provider';
import { sellingTenant } from './services/tenant';
import { receiveWebhook } from './services/webhooks';
import { isCarrierWebhook, receiveCarrierWebhook } from './services/shipments';
import { readReturnPhoto, uploadReturnPhoto } from './services/return-photos';
import { seesReturn } from './services/returns';
import { onWhatsappMessage } from './services/conversations/bot';
import { sendQueued } from './services/conversations/outbound';
import { receiveWhatsappWebhook, verifyWebhookSubscription } from './services/conversations/webhook';

export { schema };

/** The photo upload route takes a photo's bytes in base64 (8 MB of photo at most). */
const RETURN_PHOTO_BODY_LIMITS = { 'return-photo-upload': Math.ceil((MEDIA_MAX_BYTES * 4) / 3) + 64 * 1024 };

/** How often unpaid orders past their deadline are cancelled and interrupted work is finished. */
const JOB_INTERVAL_MS = Number(process.env.COMMERCE_JOB_MS ?? 15_000);
/** How often queued WhatsApp replies and order updates are sent. */
const CHAT_SEND_INTERVAL_MS = Number(process.env.WHATSAPP_SEND_MS ?? 2_000);

/**
 * Gateway-only routes (signed like every gateway call): provider webhooks with their raw body, the
 * sandbox provider's hosted page (what to show, and the shopper's decision), and return photos (the
 * gateway's `POST /returns/photos` and `GET /returns/photos/...`, services/return-photos.ts).
 */
export function internalRoutes(deps: Omit<Deps, 'requestId'>): Record<string, InternalRoute> {
  const callCtx = (call: VerifiedCall) => ({ prisma: deps.prisma, peers: deps.peers, actor: call.actor, tenantId: call.actor.tenantId, requestId: call.requestId, ip: call.ip, eventsRecorded: () => {} });
  return {
    'return-photo-upload': async (body: { data?: string }, call) => {
      try {
        return { photo: await uploadReturnPhoto(callCtx(call), Buffer.from(String(body.data ?? ''), 'base64')) };
      } catch (e) {
        if (e instanceof DomainError) return { error: { code: e.code, message: e.message } };
        throw e;
      }
    },
    'return-photo': async (body: { id?: string; file?: string }, call) => {
      if (!call.actor.tenantId) return { photo: null };
      const ctx = callCtx(call);
      return { photo: await readReturnPhoto(ctx, String(body.id ?? ''), String(body.file ?? ''), (id) => seesReturn(ctx, id)) };
    },
    webhook: async (body, call) => {
      if (!call.actor.tenantId) return { status: 404, outcome: 'unknown tenant' };
      // Carriers' tracking webhooks share the gateway's route (decision 0086).
      if (isCarrierWebhook(String(body.provider ?? ''))) {
        return receiveCarrierWebhook(
          { ...deps, requestId: call.requestId },
          { tenantId: call.actor.tenantId, carrier: String(body.provider), rawBody: Buffer.from(String(body.rawBody ?? ''), 'base64'), headers: body.headers ?? {} },
        );
      }
      return receiveWebhook(
        { ...deps, requestId: call.requestId },
        { tenantId: call.actor.tenantId, provider: String(body.provider ?? ''), rawBody: Buffer.from(String(body.rawBody ?? ''), 'base64'), headers: body.headers ?? {} },
      );
    },
    // WhatsApp's webhook (decision 0075): the raw body and its signature, routed here by the gateway.
    'whatsapp-webhook': (body: { rawBody?: string; headers?: Record<string, string> }) =>
      receiveWhatsappWebhook(deps, { rawBody: Buffer.from(String(body.rawBody ?? ''), 'base64'), headers: body.headers ?? {} }),
    'whatsapp-subscription': async (body: { mode?: string; token?: string; challenge?: string }) => ({ challenge: await verifyWebhookSubscription(deps.prisma, body) }),
    'sandbox-payment': async (body) => {
      const payment = await deps.prisma.payment.findUnique({ where: { reference: String(body.reference ?? '') }, include: { order: true } });
      if (!payment || payment.provider !== 'SANDBOX') return null;
      const charge = await deps.prisma.sandboxCharge.findUnique({ where: { reference: payment.reference } });
      return {
        reference: payment.reference,
        amount: payment.amount.toString(),
        currency: payment.currency,
        orderNumber: payment.order.number,
        status: charge?.status ?? 'PENDING',
        returnUrl: payment.returnUrl,
        // A bank-transfer payment: the sandbox page plays the shopper's bank app (decision 0076).
        method: payment.method,
        bankAccountNumber: payment.bankAccountNumber,
        bankName: payment.bankName,
        paymentStatus: payment.status,
        received: payment.received.toString(),
        // USSD and mobile money: the sandbox page plays the shopper's phone (decision 0087).
        ussdCode: payment.ussdCode,
        chargeInstruction: payment.chargeInstruction,
      };
    },
    'sandbox-transfer': async (body, call) => {
      const payment = await deps.prisma.payment.findUnique({ where: { reference: String(body.reference ?? '') } });
      if (!payment || payment.provider !== 'SANDBOX' || !payment.bankAccountNumber) return null;
      let amount: bigint;
      try {
        amount = fromMajor(String(body.amount ?? ''), payment.currency);
      } catch {
        return null;
      }
      const webhook = await simulateSandboxTransfer(deps.prisma, payment.bankAccountNumber, amount);
      if (!webhook) return null;
      const tenant = await sellingTenant({ ...deps, requestId: call.requestId }, webhook.tenantId);
      return { tenantSlug: tenant.slug, body: webhook.body, headers: webhook.headers, returnUrl: payment.returnUrl };
    },
    'sandbox-decide': async (body, call) => {
      const decision = body.decision === 'pay' || body.decision === 'pay-decline-renewals' ? body.decision : 'decline';
      const webhook = await decideSandboxCharge(deps.prisma, String(body.reference ?? ''), decision);
      if (!webhook) return null;
      const tenant = await sellingTenant({ ...deps, requestId: call.requestId }, webhook.tenantId);
      const payment = await deps.prisma.payment.findUnique({ where: { reference: String(body.reference) } });
      return { tenantSlug: tenant.slug, body: webhook.body, headers: webhook.headers, returnUrl: payment?.returnUrl ?? null };
    },
  };
}

/**
 * The commerce subgraph: carts, checkout, orders, payments, refunds, disputes and settings. Commerce
 * consumes one topic, `commerce.refund.requested` (a source such as transport could not deliver a paid
 * external order: refund it); ledger and MLAS consume its own. Its jobs cancel unpaid orders past their
 * deadline and finish whatever an interrupted request left half-done.
 */
export const startCommerce: StartSubgraph = async (opts) => {
  const { prisma, pubsub } = opts;
  const peers = opts.peers ?? new Peers();
  const deps = { prisma, peers, eventsRecorded: () => dispatcher.nudge() };
  const dispatcher = new OutboxDispatcher(prisma, topicHandlers({ [TOPICS.COMMERCE_REFUND_REQUESTED]: [onRefundRequested(deps)], [TOPICS.POS_SALE_RECORDED]: [onPosSaleRecorded(deps)], [TOPICS.COMMERCE_WHATSAPP_MESSAGE_RECEIVED]: [onWhatsappMessage(deps)] }));
  const running = await startSubgraph({ name: 'commerce', schema, prisma, pubsub, peers, dispatcher, port: opts.port, host: opts.host, internalRoutes: internalRoutes(deps), internalBodyLimits: RETURN_PHOTO_BODY_LIMITS });
  dispatcher.start();
  let timer: NodeJS.Timeout | undefined;
  let job: Promise<void> | null = null;
  let chatTimer: NodeJS.Timeout | undefined;
  let chatRound: Promise<void> | null = null;
  if (opts.jobs !== false) {
    timer = setInterval(() => {
      if (job) return;
      job = runJobs(prisma, { ...deps })
        .catch((e) => logger.error('commerce jobs failed', { error: String(e) }))
        .finally(() => (job = null));
    }, JOB_INTERVAL_MS);
    timer.unref();
    // Replies that could not go at once, and order updates queued by payments and shipping (decision 0075).
    chatTimer = setInterval(() => {
      if (chatRound) return;
      chatRound = sendQueued({ prisma })
        .catch((e) => logger.error('whatsapp sends failed', { error: String(e) }))
        .then(() => undefined)
        .finally(() => (chatRound = null));
    }, CHAT_SEND_INTERVAL_MS);
    chatTimer.unref();
  }
  return {
    ...running,
    async close() {
      // Requests in flight first, then the dispatcher (kit stops it and hands back its leases; decision 0073).
      await running.close();
      if (timer) clearInterval(timer);
      if (chatTimer) clearInterval(chatTimer);
      await job;
      await chatRound;
    },
  };
};

async function runJobs(_prisma: PrismaClient, deps: Omit<Deps, 'requestId'>) {
  const jobDeps = { ...deps, requestId: `commerce-jobs-${Date.now()}`, actor: anonymousActor() };
  await expireOrders(jobDeps);
  await reconcile(jobDeps);
  await runSubscriptions(jobDeps);
  await expirePoints(deps.prisma);
  await expireTillHolds(deps.prisma);
}
