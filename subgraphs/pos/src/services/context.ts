import type { RequestContext } from '@webwaka/kit';

/** What the point of sale's services need from a request; tests build it directly, resolvers pass their context. */
export type ServiceContext = Pick<RequestContext, 'prisma' | 'actor' | 'tenantId' | 'requestId' | 'ip' | 'eventsRecorded' | 'peers'>;

export type Tx = Parameters<Parameters<RequestContext['prisma']['$transaction']>[0]>[0];
export type Db = RequestContext['prisma'] | Tx;

/** A sync batch is one transaction of up to 100 events: give it room to queue for a connection and to run. */
export const TX_OPTIONS = { maxWait: 60_000, timeout: 60_000 } as const;
