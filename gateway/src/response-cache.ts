import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import { CHANNELS, type PubSub } from '@webwaka/protocol';
import type { GatewayContext } from './context';

/**
 * A response cache for anonymous queries (storefront catalogue reads), per tenant. Anonymous callers see
 * only public data, so one tenant's anonymous answers are the same for everyone. Freshness:
 * - every mutation through any gateway replica drops its tenant's entries (here, and on the other replicas
 *   through the `tenantDataChanged` channel);
 * - subgraphs announce changes that happen without a mutation (events delivered by their outbox, such as
 *   stock availability after a reservation expires) on the same channel;
 * - entries also expire after `ttlMs` (10 s by default), which bounds staleness should an announcement be lost.
 * Signed-in users and API keys are never served from the cache.
 */
export interface ResponseCacheOptions {
  ttlMs: number;
  maxEntries: number;
}

interface Entry {
  response: GraphQLResponse;
  expires: number;
}

export function responseCacheOptions(): ResponseCacheOptions {
  return { ttlMs: Number(process.env.RESPONSE_CACHE_TTL_MS ?? 10_000), maxEntries: Number(process.env.RESPONSE_CACHE_MAX_ENTRIES ?? 10_000) };
}

export class ResponseCache {
  private byTenant = new Map<string, Map<string, Entry>>();
  private size = 0;
  private unsubscribe: Promise<() => void>;

  constructor(
    private readonly pubsub: PubSub,
    private readonly opts: ResponseCacheOptions,
  ) {
    this.unsubscribe = pubsub.subscribe(CHANNELS.tenantDataChanged, ({ tenantId }: { tenantId: string }) => this.dropTenant(tenantId));
  }

  get enabled() {
    return this.opts.ttlMs > 0;
  }

  get(tenantId: string, key: string): GraphQLResponse | undefined {
    const entry = this.byTenant.get(tenantId)?.get(key);
    if (!entry) return undefined;
    if (entry.expires < Date.now()) {
      this.byTenant.get(tenantId)!.delete(key);
      this.size--;
      return undefined;
    }
    return entry.response;
  }

  set(tenantId: string, key: string, response: GraphQLResponse) {
    if (this.size >= this.opts.maxEntries) this.clear(); // crude but bounded: refill is cheap
    let entries = this.byTenant.get(tenantId);
    if (!entries) this.byTenant.set(tenantId, (entries = new Map()));
    if (!entries.has(key)) this.size++;
    entries.set(key, { response, expires: Date.now() + this.opts.ttlMs });
  }

  dropTenant(tenantId: string) {
    this.size -= this.byTenant.get(tenantId)?.size ?? 0;
    this.byTenant.delete(tenantId);
  }

  /** Drops the tenant here and tells the other replicas. */
  async tenantChanged(tenantId: string) {
    this.dropTenant(tenantId);
    await this.pubsub.publish(CHANNELS.tenantDataChanged, { tenantId });
  }

  clear() {
    this.byTenant.clear();
    this.size = 0;
  }

  async close() {
    (await this.unsubscribe)();
  }

  plugin(): ApolloServerPlugin<GatewayContext> {
    const cache = this;
    return {
      async requestDidStart() {
        let key: string | null = null;
        return {
          async responseForOperation({ contextValue, operation, request, response }) {
            const { actor } = contextValue;
            if (!cache.enabled || operation.operation !== 'query' || actor.kind !== 'anonymous' || !actor.tenantId) return null;
            // Only HTTP answers are cached: a subscription's hydration (executeOperation, no HTTP) reads what an
            // event just changed, which a cached answer, on a replica not yet told of the change, would hide.
            if (!request.http) return null;
            // `Cache-Control: no-cache` asks for a fresh answer (which then refreshes the cache).
            const fresh = /no-cache/i.test(request.http?.headers.get('cache-control') ?? '');
            key = createHash('sha256').update(`${request.operationName ?? ''}\n${request.query}\n${JSON.stringify(request.variables ?? {})}`).digest('base64url');
            const hit = fresh ? undefined : cache.get(actor.tenantId, key);
            response.http.headers.set('x-cache', hit ? 'HIT' : 'MISS');
            return hit ?? null;
          },
          async willSendResponse({ contextValue, operation, response }) {
            const tenantId = contextValue.actor.tenantId;
            if (!tenantId) return;
            if (operation?.operation === 'mutation') {
              await cache.tenantChanged(tenantId);
              return;
            }
            if (key && response.body.kind === 'single' && !response.body.singleResult.errors && response.http.headers.get('x-cache') === 'MISS') {
              cache.set(tenantId, key, { http: { headers: new Map(), status: undefined }, body: response.body } as unknown as GraphQLResponse);
            }
          },
        };
      },
    };
  }
}
