import { AppError, ErrorCode, type Actor, type Logger, type PubSub } from '@webwaka/protocol';
import type { PrismaClient } from './db';
import type { Peers } from './peers';

/** Everything a resolver may use. Built per request by the subgraph server from the signed actor header. */
export interface RequestContext {
  actor: Actor;
  /** The tenant every query is scoped to (shorthand for actor.tenantId). */
  tenantId: string | null;
  requestId: string;
  ip: string | null;
  log: Logger;
  prisma: PrismaClient;
  pubsub: PubSub;
  /** Where the other subgraphs are, for the few synchronous calls between them (kit/src/peers.ts). */
  peers: Peers;
  /** Wakes the outbox dispatcher after a transaction that recorded events. */
  eventsRecorded(): void;
}

/** The request's tenant, or TENANT_NOT_FOUND: every tenant-owned read and write starts here. */
export function requireTenant(ctx: Pick<RequestContext, 'tenantId'>): string {
  if (!ctx.tenantId) throw new AppError(ErrorCode.TENANT_NOT_FOUND, 'This operation needs a tenant (sign in, or send x-tenant)');
  return ctx.tenantId;
}
