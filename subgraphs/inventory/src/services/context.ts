import type { RequestContext } from '@webwaka/kit';

/** What inventory's services need from a request; tests build it directly, resolvers pass their context. */
export type ServiceContext = Pick<RequestContext, 'prisma' | 'actor' | 'tenantId' | 'requestId' | 'ip' | 'eventsRecorded'>;

export type Tx = Parameters<Parameters<RequestContext['prisma']['$transaction']>[0]>[0];
