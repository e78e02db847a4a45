import {
  AppError,
  ErrorCode,
  CHANNELS,
  anonymousActor,
  config,
  postJson,
  signedCallHeaders,
  traceOutgoingCall,
  uuidv7,
  verifyJwt,
  type Actor,
  type PubSub,
  type RoleName,
} from '@webwaka/protocol';

/** A small TTL cache: tenant slugs and API keys are looked up per request, and change rarely. */
class TtlCache<V> {
  private map = new Map<string, { value: V; expires: number }>();
  /** `keepStaleMs`: how long an expired entry is still kept for `stale` (0: dropped when it expires). */
  constructor(private ttlMs: number, private max = 10_000, private keepStaleMs = 0) {}
  get(key: string): V | undefined {
    const hit = this.map.get(key);
    if (!hit) return undefined;
    if (hit.expires < Date.now()) {
      if (hit.expires + this.keepStaleMs < Date.now()) this.map.delete(key);
      return undefined;
    }
    return hit.value;
  }
  /** The entry even if expired, within `keepStaleMs` of its expiry: for when it cannot be looked up again. */
  stale(key: string): V | undefined {
    const hit = this.map.get(key);
    return hit && hit.expires + this.keepStaleMs >= Date.now() ? hit.value : undefined;
  }
  deleteWhere(pred: (v: V) => boolean) {
    for (const [k, e] of this.map) if (pred(e.value)) this.map.delete(k);
  }
  set(key: string, value: V) {
    if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value!);
    this.map.set(key, { value, expires: Date.now() + this.ttlMs });
  }
}

export interface Authenticated {
  actor: Actor;
  /** Seconds since epoch when the credential stops being valid (JWT exp), for long-lived subscriptions. */
  expiresAt: number | null;
}

export type Authenticate = (headers: Record<string, string | string[] | undefined>, requestId: string) => Promise<Authenticated>;

/** Calls a gateway-only identity route with a signed (anonymous) actor, like every other subgraph call. */
async function identityInternal<T>(identityUrl: string, route: string, body: unknown, requestId: string): Promise<T> {
  const base = identityUrl.replace(/\/graphql$/, '');
  const json = JSON.stringify(body);
  const headers = signedCallHeaders(anonymousActor(), requestId, config.gatewaySecret, { audience: 'identity', body: json });
  // In the request's trace (decision 0072): the route is one of a few fixed names.
  const res = await traceOutgoingCall('gateway', `identity ${route}`, { 'webwaka.subgraph': 'identity' }, headers, () => postJson(`${base}/internal/${route}`, json, { headers }));
  // Not a GraphQLError: the caller answers 503 SERVICE_UNAVAILABLE, not a verdict on the credentials.
  if (res.status !== 200) throw new Error(`identity ${route} answered ${res.status}`);
  return JSON.parse(res.text) as T;
}


/**
 * Whether revocations announced over pubsub may have gone unheard by this replica, so that its caches
 * cannot be trusted and identity (the database) must be asked (decision 0068): while Redis is away; and,
 * for a token issued before it came back (`iat`, seconds), until such tokens have all expired. A token issued
 * later belongs to a session that was live then (an ended session issues no more tokens). `null`: any
 * credential, asked only while Redis is away (API keys: their cache is emptied on its return).
 */
function unheardAnnouncements(pubsub: PubSub) {
  const redis = pubsub.redis;
  return (issuedAt: number | null): boolean => {
    if (!redis) return false;
    if (!redis.up) return true;
    const back = redis.recoveredAt;
    if (back === null || issuedAt === null) return false;
    return issuedAt * 1000 < back + RESUBSCRIBE_MS && Date.now() < back + RESUBSCRIBE_MS + config.accessTokenTtlSeconds * 1000;
  };
}
/** Time for the announcements kept during an outage to be sent (pubsub.ts) and heard once Redis is back. */
const RESUBSCRIBE_MS = 10_000;

/** How long past its expiry a tenant's slug or domain still resolves while identity cannot be asked. */
const TENANT_STALE_MS = 60 * 60_000;

/** Host names that are the platform itself, not a tenant's custom domain. */
const PLATFORM_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', ...(process.env.PLATFORM_HOSTS ?? '').split(',').filter(Boolean)]);

/**
 * Works out who is calling: a JWT access token (`Authorization: Bearer`), an API key (`X-Api-Key` or
 * `Authorization: ApiKey ...`), or nobody — then the tenant comes from `X-Tenant` (slug) or a custom domain.
 * Bad credentials are an error, never a silent downgrade to anonymous.
 */
export function createAuthenticator(identityUrl: string, pubsub: PubSub): Authenticate & { close(): Promise<void> } {
  // A changed slug or domain takes effect within this TTL; a revoked key at once (see below), or within
  // the key TTL should the revocation message be lost.
  // An entry is kept an hour past its minute, for while identity cannot be asked (below).
  const tenantCache = new TtlCache<string | null>(60_000, 10_000, TENANT_STALE_MS);
  const apiKeyCache = new TtlCache<{ apiKeyId: string; tenantId: string; scopes: string[] } | null>(30_000);
  const unsubscribeKeys = pubsub.subscribe(CHANNELS.apiKeyRevoked, ({ apiKeyId }: { apiKeyId: string }) =>
    apiKeyCache.deleteWhere((v) => v?.apiKeyId === apiKeyId),
  );
  // Sessions ended by logout, reuse detection or account deletion: their access tokens are refused until
  // they would have expired anyway. (A replica started after the announcement does not know of it; the
  // token's short life bounds that gap.)
  const endedSessions = new TtlCache<true>(config.accessTokenTtlSeconds * 1000, 1_000_000);
  const unsubscribeSessions = pubsub.subscribe(CHANNELS.sessionsEnded, ({ sessionIds }: { sessionIds: string[] }) => {
    for (const id of sessionIds) endedSessions.set(id, true);
  });
  // Without Redis those announcements do not arrive (decision 0068): the database says instead.
  const unheard = unheardAnnouncements(pubsub);
  const stopWatching = pubsub.redis?.onChange((up) => {
    if (up) apiKeyCache.deleteWhere(() => true); // revocations unheard meanwhile: ask again
  });
  const askingSessions = new Map<string, Promise<boolean>>();
  async function sessionEnded(sessionId: string, requestId: string): Promise<boolean> {
    let asking = askingSessions.get(sessionId);
    if (!asking) {
      asking = identityInternal<{ ended: string[] }>(identityUrl, 'ended-sessions', { sessionIds: [sessionId] }, requestId)
        .then(({ ended }) => ended.includes(sessionId))
        .finally(() => askingSessions.delete(sessionId));
      askingSessions.set(sessionId, asking);
    }
    const ended = await asking;
    if (ended) endedSessions.set(sessionId, true);
    return ended;
  }

  async function resolveTenant(by: { slug?: string; domain?: string }, requestId: string): Promise<string | null> {
    const key = by.slug ? `s:${by.slug.toLowerCase()}` : `d:${by.domain!.toLowerCase()}`;
    const cached = tenantCache.get(key);
    if (cached !== undefined) return cached;
    let found: { tenantId: string } | null;
    try {
      found = await identityInternal<{ tenantId: string } | null>(identityUrl, 'resolve-tenant', by, requestId);
    } catch (e) {
      // Identity (or its database) not answering: a shop resolved within the last hour stays open to its
      // anonymous shoppers, whose catalogue does not need identity (issue 18); an unknown address waits for it.
      const stale = tenantCache.stale(key);
      if (stale !== undefined) return stale;
      throw e;
    }
    tenantCache.set(key, found?.tenantId ?? null);
    return found?.tenantId ?? null;
  }

  const authenticate: Authenticate = async (headers, requestId) => {
  const h = (n: string) => {
    const v = headers[n];
    return Array.isArray(v) ? v[0] : v;
  };
  const authorization = h('authorization')?.trim();
  const apiKey = h('x-api-key')?.trim() || (authorization?.match(/^ApiKey\s+(\S+)$/i)?.[1] ?? undefined);
  if (apiKey) {
    let found = unheard(null) ? undefined : apiKeyCache.get(apiKey);
    if (found === undefined) {
      found = await identityInternal<{ apiKeyId: string; tenantId: string; scopes: string[] } | null>(identityUrl, 'verify-api-key', { key: apiKey }, requestId);
      apiKeyCache.set(apiKey, found);
    }
    if (!found) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Unknown or revoked API key');
    return {
      actor: { ...anonymousActor(found.tenantId), kind: 'apiKey', apiKeyId: found.apiKeyId, scopes: found.scopes },
      expiresAt: null,
    };
  }
  if (authorization) {
    const m = authorization.match(/^Bearer\s+(\S+)$/i);
    if (!m) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Authorization must be "Bearer <token>" or "ApiKey <key>"');
    const claims = verifyJwt(m[1], config.jwtSecret);
    if (endedSessions.get(claims.sid) || (unheard(claims.iat) && (await sessionEnded(claims.sid, requestId)))) {
      throw new AppError(ErrorCode.TOKEN_INVALID, 'This session has ended; sign in again');
    }
    return {
      actor: {
        kind: 'user',
        tenantId: claims.tid,
        userId: claims.sub,
        roles: claims.roles as RoleName[],
        scopes: [],
        apiKeyId: null,
        sessionId: claims.sid,
        mfa: claims.mfa,
      },
      expiresAt: claims.exp,
    };
  }
  const slug = h('x-tenant')?.trim();
  const host = h('x-forwarded-host') ?? h('host');
  const hostname = host?.replace(/:\d+$/, '').toLowerCase();
  let tenantId: string | null = null;
  if (slug) {
    tenantId = await resolveTenant({ slug }, requestId);
    if (!tenantId) throw new AppError(ErrorCode.TENANT_NOT_FOUND, `No tenant "${slug}"`);
  } else if (hostname && !PLATFORM_HOSTS.has(hostname)) {
    tenantId = await resolveTenant({ domain: hostname }, requestId);
  }
  return { actor: anonymousActor(tenantId), expiresAt: null };
  };
  return Object.assign(authenticate, {
    close: async () => {
      (await unsubscribeKeys)();
      (await unsubscribeSessions)();
      stopWatching?.();
    },
  });
}

export const newRequestId = (incoming?: string | string[]) => {
  const v = Array.isArray(incoming) ? incoming[0] : incoming;
  return v && /^[\w.-]{8,100}$/.test(v) ? v : uuidv7();
};
