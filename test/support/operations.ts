/**
 * The public API schema, and the operations a capability owns in it — what each capability's
 * authorization matrix and tenant-isolation tests must cover (their coverage guards compare against this).
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, type GraphQLSchema } from 'graphql';

export const API_SCHEMA_FILE = path.resolve(__dirname, '../../gateway/supergraph/api-schema.graphql');

export const apiSchema = (): GraphQLSchema => buildSchema(fs.readFileSync(API_SCHEMA_FILE, 'utf8'));

/** The names of a subgraph's own Query and Mutation root fields (federation's `_entities`/`_service` aside). */
export function rootFieldNames(subgraphSchema: GraphQLSchema): { queries: string[]; mutations: string[] } {
  const names = (t: ReturnType<GraphQLSchema['getQueryType']>) => (t ? Object.keys(t.getFields()).filter((f) => !f.startsWith('_')) : []);
  return { queries: names(subgraphSchema.getQueryType()), mutations: names(subgraphSchema.getMutationType()) };
}

/**
 * `Query.x` / `Mutation.y` root fields of a subgraph's own schema (federation's `_entities`/`_service`
 * aside) plus `extra` (e.g. the gateway subscription it feeds), minus `exclude`, as far as the API has them.
 */
export function ownOperations(subgraphSchema: GraphQLSchema, opts: { extra?: string[]; exclude?: readonly string[] } = {}): string[] {
  const { queries, mutations } = rootFieldNames(subgraphSchema);
  const own = [...queries.map((f) => `Query.${f}`), ...mutations.map((f) => `Mutation.${f}`)];
  const api = apiSchema();
  const inApi = (op: string) => {
    const [type, field] = op.split('.');
    return !!(type === 'Query' ? api.getQueryType() : type === 'Mutation' ? api.getMutationType() : api.getSubscriptionType())?.getFields()[field];
  };
  return [...own, ...(opts.extra ?? [])].filter((op) => inApi(op) && !(opts.exclude ?? []).includes(op)).sort();
}
