import path from 'node:path';

/**
 * Where the composed supergraph lives. `npm run compose` (scripts/compose.ts) writes these files from the
 * subgraphs' schemas at build time; the running gateway only reads them, so it loads no subgraph code.
 */
export const SUPERGRAPH_DIR = path.resolve(__dirname, '../supergraph');
export const SUPERGRAPH_FILE = path.join(SUPERGRAPH_DIR, 'supergraph.graphql');
/** The API schema (supergraph minus federation internals, plus the gateway's Subscription type); storefront codegen reads it. */
export const API_SCHEMA_FILE = path.join(SUPERGRAPH_DIR, 'api-schema.graphql');
