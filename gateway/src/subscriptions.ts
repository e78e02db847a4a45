import type { Server as HttpServer } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  buildSchema,
  print,
  visit,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { AppError, CHANNELS, ErrorCode, logger, topicIterator, type PubSub } from '@webwaka/kit';
import { newRequestId, type Authenticate } from './auth';
import type { GatewayContext } from './context';
import { enforceLimits } from './limits';

/**
 * Subscriptions live in the gateway (Apollo Gateway does not federate them). Each root field listens on a
 * pubsub topic whose events carry only an id; every event is then hydrated by running the subscriber's
 * own selection as a query through the gateway, with the subscriber's identity — so events can carry
 * fields from any subgraph and are authorised exactly like queries.
 */
export const SUBSCRIPTION_SDL = `
type Subscription {
  """Live feed of the current tenant's security events (admins with two-factor, or an API key with audit:read)."""
  auditEvents: AuditEvent!

  """Live stock changes of the current tenant, one event per changed stock level (admins with two-factor, staff, vendors, agents, or an API key with inventory:read)."""
  inventoryChanged: StockLevel!
}
`;

interface SubscriptionField {
  /** The pubsub channel of the subscriber's tenant. */
  channel(tenantId: string): string;
  /** The query field that loads one event by id; the subscriber must be allowed to call it. */
  hydrateWith: string;
}

const FIELDS: Record<string, SubscriptionField> = {
  // Identity's outbox handler publishes `{ id, type }` of each committed audit event.
  auditEvents: { channel: CHANNELS.audit, hydrateWith: 'auditEvent' },
  // Inventory's outbox handler publishes `{ id: stockLevelId }` after each committed change.
  inventoryChanged: { channel: CHANNELS.inventory, hydrateWith: 'stockLevel' },
};

/** An id no row has: asking for it tells whether the caller may use the field, at the cost of one lookup. */
const NO_SUCH_ID = '00000000-0000-7000-8000-000000000000';

/**
 * Authorises a subscription exactly as its hydration query is authorised: by asking that query, as the
 * subscriber, for an id that does not exist. Allowed callers get null back; others get the query's own
 * error (UNAUTHENTICATED, FORBIDDEN, TWO_FACTOR_REQUIRED), so no rule is written twice.
 */
async function authorize(server: ApolloServer<GatewayContext>, field: SubscriptionField, ctx: WsContext) {
  if (!ctx.actor.tenantId) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in, or name a tenant, to subscribe');
  const res = await server.executeOperation(
    { query: `query Authorize($id: ID!) { probe: ${field.hydrateWith}(id: $id) { __typename } }`, variables: { id: NO_SUCH_ID } },
    { contextValue: { ...ctx, requestId: newRequestId() } },
  );
  if (res.body.kind !== 'single') throw new Error('unexpected incremental result');
  const error = res.body.singleResult.errors?.[0];
  if (error) throw new GraphQLError(error.message, { extensions: error.extensions });
}

interface WsContext extends GatewayContext {
  expiresAt: number | null;
}

/** Aliases are dropped from the hydration query because the event object is read by field name. */
function unaliased(set: SelectionSetNode): SelectionSetNode {
  return visit(set, { Field: (node) => (node.alias ? { ...node, alias: undefined } : undefined) });
}

async function hydrate(server: ApolloServer<GatewayContext>, info: GraphQLResolveInfo, field: SubscriptionField, id: string, ctx: WsContext) {
  if (ctx.expiresAt && ctx.expiresAt * 1000 < Date.now()) throw new AppError(ErrorCode.TOKEN_EXPIRED, 'Access token expired; resubscribe with a fresh token');
  const fragments = Object.values(info.fragments).map(print).join('\n');
  const selection = print(unaliased(info.fieldNodes[0].selectionSet!));
  const query = `query Hydrate($id: ID!) { result: ${field.hydrateWith}(id: $id) ${selection} }\n${fragments}`;
  const res = await server.executeOperation({ query, variables: { id } }, { contextValue: { ...ctx, requestId: newRequestId() } });
  if (res.body.kind !== 'single') throw new Error('unexpected incremental result');
  const { data, errors } = res.body.singleResult;
  if (errors?.length) throw new GraphQLError(errors[0].message, { extensions: errors[0].extensions });
  return (data as { result: unknown } | null)?.result ?? null;
}

/** graphql-ws gets a schema copy of its own (DESIGN.md), built from the API schema file, which compose.ts
 * writes with SUBSCRIPTION_SDL appended; query and mutation types are there for validation only. */
export function buildSubscriptionSchema(apiSchemaSdl: string): GraphQLSchema {
  return buildSchema(apiSchemaSdl);
}

export function attachSubscriptions(opts: { httpServer: HttpServer; apollo: ApolloServer<GatewayContext>; apiSchemaSdl: string; pubsub: PubSub; authenticate: Authenticate }) {
  const schema = buildSubscriptionSchema(opts.apiSchemaSdl);
  const subscriptionType = schema.getSubscriptionType()!;
  for (const [name, field] of Object.entries(FIELDS)) {
    const f = subscriptionType.getFields()[name];
    f.subscribe = async (_root, _args, ctx: WsContext) => {
      await authorize(opts.apollo, field, ctx);
      return topicIterator(opts.pubsub, field.channel(ctx.actor.tenantId!));
    };
    f.resolve = async (event: { id: string }, _args, ctx: WsContext, info) => {
      const value = await hydrate(opts.apollo, info, field, event.id, ctx);
      if (value === null) throw new AppError(ErrorCode.NOT_FOUND, 'Event no longer available');
      return value;
    };
  }
  const wss = new WebSocketServer({ server: opts.httpServer, path: '/graphql' });
  const cleanup = useServer<Record<string, unknown>, { ctx?: WsContext }>(
    {
      schema,
      onConnect: async (c) => {
        // The connection_init payload carries the credentials a query would send as headers.
        const p = (c.connectionParams ?? {}) as Record<string, string | undefined>;
        const token = p.authorization ?? p.Authorization ?? (p.token ? `Bearer ${p.token}` : undefined);
        const requestId = newRequestId();
        try {
          const auth = await opts.authenticate({ authorization: token, 'x-api-key': p.apiKey ?? p['x-api-key'], 'x-tenant': p.tenant ?? p['x-tenant'] }, requestId);
          c.extra.ctx = { actor: auth.actor, requestId, ip: (c.extra as any).request?.socket?.remoteAddress ?? null, expiresAt: auth.expiresAt };
          return true;
        } catch (e) {
          logger.info('subscription connection refused', { requestId, error: String(e) });
          return false;
        }
      },
      context: (c) => c.extra.ctx!,
      onSubscribe: (c, _id, payload) => {
        // Same limits as HTTP queries.
        try {
          const { parse } = require('graphql') as typeof import('graphql');
          enforceLimits(schema, parse(payload.query), payload.variables ?? {});
        } catch (e) {
          return [e instanceof GraphQLError ? e : new GraphQLError(String(e))];
        }
        return undefined;
      },
    },
    wss,
  );
  return {
    wss,
    close: async () => {
      await cleanup.dispose();
      await new Promise<void>((r) => wss.close(() => r()));
    },
  };
}

