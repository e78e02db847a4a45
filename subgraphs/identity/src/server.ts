import { CHANNELS, OutboxDispatcher, Peers, logger, startSubgraph, topicHandlers, TOPICS, type StartSubgraph } from '@webwaka/kit';
import { schema } from './schema';
import { verifyApiKey } from './services/api-keys';
import { recordRequestedAudit } from './services/audit';
import { purgeDeletedAccounts } from './services/privacy';
import { findTenant } from './services/tenants';
import { openOrNull } from './services/tenant-status';
import { upgradeLegacyBackupCodes } from './services/second-factor';
import { onVendorStatusChanged } from './services/vendor-roles';

export { schema };
const PURGE_INTERVAL_MS = 60 * 60 * 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The identity subgraph: tenants, users, roles, sessions, 2FA, API keys, audit log. Besides /graphql it
 * answers gateway-only routes (resolve a storefront's tenant; check an API key; which sessions ended), runs its outbox
 * dispatcher (audit events -> the live `auditEvents` feed) and the GDPR purge job.
 */
export const startIdentity: StartSubgraph = async (opts) => {
  const { prisma, pubsub } = opts;
  const peers = opts.peers ?? new Peers();
  const dispatcher = new OutboxDispatcher(
    prisma,
    topicHandlers({
      // Catalog's vendor approvals grant (and suspensions take back) the owner's VENDOR role (decision 0026).
      [TOPICS.CATALOG_VENDOR_STATUS_CHANGED]: [onVendorStatusChanged(prisma, peers)],
      [TOPICS.IDENTITY_AUDIT_RECORDED]: [async (e) => pubsub.publish(CHANNELS.audit(e.tenantId), { id: e.payload.id, type: e.payload.type })],
      [TOPICS.IDENTITY_API_KEY_REVOKED]: [async (e) => pubsub.publish(CHANNELS.apiKeyRevoked, { apiKeyId: e.payload.apiKeyId })],
      [TOPICS.IDENTITY_SESSIONS_ENDED]: [async (e) => pubsub.publish(CHANNELS.sessionsEnded, { sessionIds: e.payload.sessionIds })],
      // Other capabilities' acts for the audit log (decision 0085).
      [TOPICS.IDENTITY_AUDIT_REQUESTED]: [(e) => recordRequestedAudit(prisma, e)],
    }),
  );
  const running = await startSubgraph({
    name: 'identity',
    schema,
    prisma,
    pubsub,
    peers,
    dispatcher,
    port: opts.port,
    host: opts.host,
    internalRoutes: {
      'resolve-tenant': async (body: { slug?: string; domain?: string }) => {
        const t = await findTenant({ prisma }, body);
        // A suspended business (or one beneath it) is offline: its shop and anonymous API answer as unknown.
        return openOrNull(prisma, t ? { tenantId: t.id, slug: t.slug } : null);
      },
      'verify-api-key': async (body: { key: string }) => openOrNull(prisma, await verifyApiKey({ prisma }, body.key)),
      // Which of these sessions have ended (every refresh token of the family revoked, or none left): asked by
      // a gateway that could not hear the announcements while Redis was away (decision 0068).
      'ended-sessions': async (body: { sessionIds: string[] }) => {
        const asked = (Array.isArray(body.sessionIds) ? body.sessionIds : []).slice(0, 100).map(String);
        const ids = asked.filter((id) => UUID.test(id));
        const live = await prisma.refreshToken.findMany({ where: { familyId: { in: ids }, revokedAt: null }, distinct: ['familyId'], select: { familyId: true } });
        const liveIds = new Set(live.map((r) => r.familyId));
        return { ended: asked.filter((id) => !liveIds.has(id)) };
      },
    },
  });
  dispatcher.start();
  // Backup codes stored by the first version (unsalted SHA-256) are re-sealed with salt and pepper.
  const upgraded = await upgradeLegacyBackupCodes(prisma);
  if (upgraded) logger.info('re-sealed legacy backup codes', { count: upgraded });
  let purgeTimer: NodeJS.Timeout | undefined;
  if (opts.jobs !== false) {
    const purge = () =>
      purgeDeletedAccounts(prisma, new Date(), peers)
        .then((ids) => ids.length && logger.info('purged erased accounts', { count: ids.length }))
        .catch((e) => logger.error('purge job failed', { error: String(e) }));
    purgeTimer = setInterval(purge, PURGE_INTERVAL_MS);
    purgeTimer.unref();
  }
  return {
    ...running,
    async close() {
      // Requests in flight first, then the dispatcher (kit stops it and hands back its leases; decision 0073).
      await running.close();
      if (purgeTimer) clearInterval(purgeTimer);
    },
  };
};
