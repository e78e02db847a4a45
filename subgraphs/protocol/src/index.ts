/**
 * @webwaka/protocol: what the gateway and the subgraphs agree on — the signed actor header, access tokens,
 * error codes, ids, money, configuration and secrets checks, logging, pubsub, and the capability registry.
 * It loads no subgraph runtime (Prisma, Pothos, yoga, PGlite): the gateway depends on this package alone,
 * and gateway/test/dependencies.test.ts holds it to that (decision 0032).
 */
export * from './actor';
export * from './config';
export * from './crypto';
export * from './errors';
export * from './http-post';
export * from './ids';
export * from './jwt';
export * from './limits';
export * from './logger';
export * from './money';
export * from './tax-ids';
export * from './public-address';
export * from './pubsub';
export * from './redis-health';
export * from './registry';
export * from './shutdown';
export * from './media-store';
export * from './metrics';
export * from './tracing';
