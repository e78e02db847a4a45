/**
 * Composes the static supergraph at build time (`npm run compose`): each subgraph's SDL, straight from its
 * Pothos schema, through @apollo/composition. A composition error fails the command (and the test that
 * checks the committed files are current, test/supergraph.test.ts). Writes
 * gateway/supergraph/{supergraph,api-schema}.graphql; the API schema feeds storefront codegen. It lives
 * here, not in the gateway, because it loads every subgraph: the gateway only reads the files
 * (decision 0032).
 */
import fs from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse, printSchema } from 'graphql';
import { SUBSCRIPTION_SDL } from '../gateway/src/subscriptions';
import { SUBGRAPHS } from '../gateway/src/subgraphs';
import { API_SCHEMA_FILE, SUPERGRAPH_DIR, SUPERGRAPH_FILE } from '../gateway/src/supergraph';

/** Loads each subgraph's schema module (build-time only: the running gateway reads the files). */
function subgraphSchemas() {
  return SUBGRAPHS.map((s) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.resolve(__dirname, `../subgraphs/${s.name}/src/schema`));
    return { name: s.name, url: `http://${s.name}.internal/graphql`, typeDefs: parse(printSubgraphSchema(mod.schema)) };
  });
}

export function composeSupergraph(): { supergraphSdl: string; apiSchemaSdl: string } {
  const result = composeServices(subgraphSchemas());
  if (result.errors?.length) {
    throw new Error(`Supergraph composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  // The gateway adds the Subscription type (subscriptions are served by the gateway itself).
  const apiSchemaSdl = `${printSchema(result.schema!.toAPISchema().toGraphQLJSSchema())}\n${SUBSCRIPTION_SDL.trim()}`;
  return { supergraphSdl: result.supergraphSdl!, apiSchemaSdl };
}

if (require.main === module) {
  try {
    const { supergraphSdl, apiSchemaSdl } = composeSupergraph();
    fs.mkdirSync(SUPERGRAPH_DIR, { recursive: true });
    fs.writeFileSync(SUPERGRAPH_FILE, supergraphSdl);
    fs.writeFileSync(API_SCHEMA_FILE, apiSchemaSdl + '\n');
    console.log(`Composed ${SUBGRAPHS.length} subgraph(s) into ${path.relative(process.cwd(), SUPERGRAPH_FILE)}`);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
