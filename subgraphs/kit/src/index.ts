/**
 * @webwaka/kit: the subgraph runtime (Pothos builder, yoga server, Prisma database, outbox, calls between
 * subgraphs, grants, passwords, TOTP). It re-exports @webwaka/protocol, so a capability imports both
 * from here; the gateway imports @webwaka/protocol alone (decision 0032).
 */
export * from '@webwaka/protocol';
export * from './builder';
export * from './context';
export * from './db';
export * from './db-errors';
export * from './data-dir';
export * from './embedded-postgres';
export * from './outbox';
export * from './events';
export * from './password';
export * from './server';
export * from './totp';
export * from './peers';
export * from './secrets';
export * from './grants';
export * from './images';
export * from './storefront-links';
export * from './coordinates';
