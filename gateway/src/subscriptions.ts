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
import { ADMIN_ROLES, AppError, CHANNELS, ErrorCode, logger, topicIterator, type PubSub } from '@webwaka/kit';
import { newRequestId, type Authenticate, type Authenticated } from './auth';
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
  /** Topic to listen on, after checking the subscriber may. */
  topic(auth: Authenticated): string;
  /** The query field that loads one event by id. */
  hydrateWith: string;
}

/** Non-admin roles that may read stock (inventory's STOCK_READERS). */
const STOCK_READER_ROLES: readonly string[] = ['STAFF', 'VENDOR', 'AGENT'];

const FIELDS: Record<string, SubscriptionField> = {
  auditEvents: {
    topic: ({ actor }) => {
      const admin = actor.kind === 'user' && actor.roles.some((r) => ADMIN_ROLES.includes(r));
      const key = actor.kind === 'apiKey' && actor.scopes.includes('audit:read');
      if (actor.kind === 'anonymous') throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in to do this');
      if (admin && !actor.mfa) throw new AppError(ErrorCode.TWO_FACTOR_REQUIRED, 'Confirm two-factor authentication to use admin operations');
      if (!admin && !key) throw new AppError(ErrorCode.FORBIDDEN, 'You are not allowed to do this');
      return CHANNELS.audit(actor.tenantId!);
    },
    hydrateWith: 'auditEvent',
  },
  inventoryChanged: {
    // Inventory's STOCK_READERS, as the `stockLevel` query it hydrates through checks them.
    topic: ({ actor }) => {
      if (actor.kind === 'anonymous') throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in to do this');
      const key = actor.kind === 'apiKey' && actor.scopes.includes('inventory:read');
      const held = actor.kind === 'user' ? actor.roles.filter((r) => ADMIN_ROLES.includes(r) || STOCK_READER_ROLES.includes(r)) : [];
      if (!key && held.length === 0) throw new AppError(ErrorCode.FORBIDDEN, 'You are not allowed to do this');
      if (!key && held.every((r) => ADMIN_ROLES.includes(r)) && !actor.mfa) {
        throw new AppError(ErrorCode.TWO_FACTOR_REQUIRED, 'Confirm two-factor authentication to use admin operations');
      }
      // Inventory's outbox handler publishes `{ id: stockLevelId }` here after each committed change.
      return `inventory:${actor.tenantId!}`;
    },
    hydrateWith: 'stockLevel',
  },
};

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
    f.subscribe = (_root, _args, ctx: WsContext) => topicIterator(opts.pubsub, field.topic({ actor: ctx.actor, expiresAt: ctx.expiresAt }));
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

