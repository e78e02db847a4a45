import type { RequestContext } from '@webwaka/kit';

/** What commerce's services need from a request; tests build it directly, resolvers pass their context. */
export type ServiceContext = Pick<RequestContext, 'prisma' | 'actor' | 'tenantId' | 'requestId' | 'ip' | 'eventsRecorded' | 'peers'>;

export type Tx = Parameters<Parameters<RequestContext['prisma']['$transaction']>[0]>[0];

/**
 * Options for every interactive transaction: under a burst of checkouts they queue for a connection (on
 * PGlite all of them share one), so the default two-second wait would fail requests that only had to wait.
 */
export const TX_OPTIONS = { maxWait: 60_000, timeout: 30_000 } as const;

/** Who did something, as the order timeline and refunds record it. */
export interface ActorRef {
  actorType: 'user' | 'apiKey' | 'service' | 'anonymous' | 'provider' | 'system';
  actorId: string | null;
}

export function actorRef(ctx: Pick<ServiceContext, 'actor'>): ActorRef {
  const a = ctx.actor;
  if (a.kind === 'user') return { actorType: 'user', actorId: a.userId };
  if (a.kind === 'apiKey') return { actorType: 'apiKey', actorId: a.apiKeyId };
  return { actorType: a.kind, actorId: null };
}

export const SYSTEM: ActorRef = { actorType: 'system', actorId: null };
