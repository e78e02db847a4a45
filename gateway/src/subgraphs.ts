/**
 * The subgraphs the gateway composes, with where to reach each one. URLs come from the environment
 * (`<NAME>_URL`, e.g. IDENTITY_URL) so the same supergraph serves the embedded and distributed topologies.
 */
export interface SubgraphEntry {
  name: string;
  /** Port used when nothing else is configured (npm start). */
  defaultPort: number;
}

export const SUBGRAPHS: SubgraphEntry[] = [
  { name: 'identity', defaultPort: 4001 },
  { name: 'catalog', defaultPort: 4002 },
  { name: 'inventory', defaultPort: 4003 },
];

export function subgraphUrl(name: string, overrides: Record<string, string> = {}): string {
  const entry = SUBGRAPHS.find((s) => s.name === name);
  if (!entry) throw new Error(`Unknown subgraph ${name}`);
  return overrides[name] ?? process.env[`${name.toUpperCase()}_URL`] ?? `http://127.0.0.1:${entry.defaultPort}/graphql`;
}
