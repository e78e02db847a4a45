import { SUBGRAPH_REGISTRY } from '@webwaka/protocol';

/**
 * The subgraphs the gateway composes, with where to reach each one. URLs come from the environment
 * (`<NAME>_URL`, e.g. IDENTITY_URL) so the same supergraph serves the embedded and distributed topologies.
 */
export interface SubgraphEntry {
  name: string;
  /** Port used when nothing else is configured (npm start). */
  defaultPort: number;
}

/** Subgraphs composed into the supergraph today (a new capability joins when its schema is real). */
const ACTIVE: string[] = ['identity', 'catalog', 'inventory', 'commerce', 'ledger', 'mlas', 'transport', 'pos', 'notifications'];

/** The protocol's registry (subgraphs call each other through the same one). */
export const SUBGRAPHS: SubgraphEntry[] = SUBGRAPH_REGISTRY.filter((s) => ACTIVE.includes(s.name));

export function subgraphUrl(name: string, overrides: Record<string, string> = {}): string {
  const entry = SUBGRAPHS.find((s) => s.name === name);
  if (!entry) throw new Error(`Unknown subgraph ${name}`);
  return overrides[name] ?? process.env[`${name.toUpperCase()}_URL`] ?? `http://127.0.0.1:${entry.defaultPort}/graphql`;
}
