/**
 * The gateway serves the supergraph committed in gateway/supergraph/. This composes it afresh from the
 * subgraphs' schemas (scripts/compose.ts): a composition error fails here, and so does a stale file (run
 * `npm run compose`).
 */
import fs from 'node:fs';
import { API_SCHEMA_FILE, SUPERGRAPH_FILE } from '../gateway/src/supergraph';
import { composeSupergraph } from '../scripts/compose';

it('composes without errors and matches the committed supergraph and API schema', () => {
  const { supergraphSdl, apiSchemaSdl } = composeSupergraph();
  expect(fs.readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(supergraphSdl);
  expect(fs.readFileSync(API_SCHEMA_FILE, 'utf8')).toBe(apiSchemaSdl + '\n');
});
