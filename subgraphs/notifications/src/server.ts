import { logger, metrics, OutboxDispatcher, Peers, startSubgraph, topicHandlers, TOPICS, type PrismaClient, type StartSubgraph } from '@webwaka/kit';
import { startMessageSandbox, type RunningSandbox } from './sandbox';
import { schema } from './schema';
import { closeEmailTransports } from './services/channels/email';
import { acceptSandboxReports, receiveDeliveryReport, verifyWhatsappSubscription } from './services/delivery-reports';
import { useSandbox } from './services/providers';
import { onMessageRequested } from './services/requests';
import { MessageSender } from './services/sender';

export { schema };

/**
 * Where the local sandbox listens: SANDBOX_SMTP_PORT / SANDBOX_HTTP_PORT, else 2525 and 4025 beside a
 * subgraph on a fixed port, or any free ports beside one on port 0 (tests run many stacks at once).
 * MESSAGE_SANDBOX=0 turns it off (an installation with real providers for every channel).
 */
function sandboxPorts(subgraphPort: number | undefined): { smtp: number; http: number } {
  const fixed = subgraphPort !== 0;
  return { smtp: Number(process.env.SANDBOX_SMTP_PORT ?? (fixed ? 2525 : 0)), http: Number(process.env.SANDBOX_HTTP_PORT ?? (fixed ? 4025 : 0)) };
}

/**
 * The notifications subgraph (decision 0055): templates, providers, preferences and the delivery log. Its
 * dispatcher queues the messages other capabilities request (`notifications.message.requested`); its
 * sender delivers them through each tenant's providers with retries. In the embedded default it also runs
 * the local mail sink and provider sandboxes that stand in for the outside world.
 */
export const startNotifications: StartSubgraph = async (opts) => {
  const { prisma } = opts;
  const peers = opts.peers ?? new Peers();
  let sandbox: RunningSandbox | null = null;
  if (process.env.MESSAGE_SANDBOX !== '0') {
    sandbox = await startMessageSandbox(prisma, sandboxPorts(opts.port));
    useSandbox({ smtpUrl: sandbox.smtpUrl, httpUrl: sandbox.httpUrl });
    acceptSandboxReports(true);
    logger.info('notifications: local sandbox', { smtp: sandbox.smtpUrl, http: sandbox.httpUrl });
  }
  const sender = new MessageSender(prisma, peers);
  const dispatcher = new OutboxDispatcher(prisma, topicHandlers({ [TOPICS.NOTIFICATIONS_MESSAGE_REQUESTED]: [onMessageRequested(prisma, peers, () => sender.nudge())] }));
  // Gateway-only routes (signed like every gateway call): providers' delivery reports with their raw body (decision 0066).
  const internalRoutes = {
    'delivery-report': (body: { provider?: string; token?: string; headers?: Record<string, string>; rawBody?: string }) =>
      receiveDeliveryReport(prisma, { provider: String(body.provider ?? ''), token: body.token ?? null, headers: body.headers ?? {}, rawBody: Buffer.from(String(body.rawBody ?? ''), 'base64') }),
    'delivery-report-subscription': async (body: { mode?: string; token?: string; challenge?: string }) => ({ challenge: verifyWhatsappSubscription(body) }),
  };
  const running = await startSubgraph({ name: 'notifications', schema, prisma, pubsub: opts.pubsub, peers, dispatcher, port: opts.port, host: opts.host, internalRoutes });
  collectQueueMetrics(prisma);
  dispatcher.start();
  if (opts.jobs !== false) sender.start();
  return {
    ...running,
    async close() {
      // Requests in flight first, then the dispatcher (kit stops it and hands back its leases; decision 0073).
      await running.close();
      await sender.stop();
      closeEmailTransports();
      await sandbox?.close();
    },
  };
};

/** The statuses still in the queue (and the dead-letter list); sent, delivered and suppressed messages only grow, so they are not counted. */
const QUEUE_STATUSES = ['QUEUED', 'SENDING', 'FAILED', 'DEAD'] as const;
const queueDepth = metrics.gauge('webwaka_notifications_queue_messages', 'Messages waiting to be sent (queued, sending, failed awaiting a retry) or dead-lettered, by status.');

/** Read when scraped (decision 0070): one count per status on the (status, nextAttemptAt) index. */
function collectQueueMetrics(prisma: PrismaClient) {
  queueDepth.collect('notifications', async () => {
    const rows = await prisma.message.groupBy({ by: ['status'], where: { status: { in: [...QUEUE_STATUSES] } }, _count: { _all: true } });
    const byStatus = new Map(rows.map((r) => [r.status as string, r._count._all]));
    return QUEUE_STATUSES.map((status) => ({ labels: { status: status.toLowerCase() }, value: byStatus.get(status) ?? 0 }));
  });
}
