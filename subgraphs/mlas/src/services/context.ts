import type { RequestContext } from '@webwaka/kit';

/** What mlas's services need from a request; tests build it directly, resolvers pass their context. */
export type ServiceContext = Pick<RequestContext, 'prisma' | 'actor' | 'tenantId' | 'requestId' | 'ip' | 'eventsRecorded' | 'peers'>;

export type Tx = Parameters<Parameters<RequestContext['prisma']['$transaction']>[0]>[0];

/** Options for every interactive transaction: on PGlite all of them share one connection, so they queue. */
export const TX_OPTIONS = { maxWait: 60_000, timeout: 30_000 } as const;
