import type { RequestContext } from '@webwaka/kit';

/** What notifications' services need from a request; tests build it directly, resolvers pass their context. */
export type ServiceContext = Pick<RequestContext, 'prisma' | 'actor' | 'tenantId' | 'requestId' | 'peers'>;

export type Db = RequestContext['prisma'];
