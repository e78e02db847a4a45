import type { RequestContext } from '@webwaka/kit';

/** What transport's services need from a request; tests build it directly, resolvers pass their context. */
export type ServiceContext = Pick<RequestContext, 'prisma' | 'actor' | 'tenantId' | 'requestId' | 'ip' | 'eventsRecorded'>;

export type Tx = Parameters<Parameters<RequestContext['prisma']['$transaction']>[0]>[0];
export type Db = RequestContext['prisma'] | Tx;

/**
 * Options for every interactive transaction: under a burst (hundreds of holds at once) transactions queue
 * for a connection — on PGlite all of them share one — so the default two-second wait would fail requests
 * that only needed to wait their turn.
 */
export const TX_OPTIONS = { maxWait: 60_000, timeout: 30_000 } as const;
