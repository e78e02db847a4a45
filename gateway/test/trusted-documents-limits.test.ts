/**
 * The storefront's own documents pass the gateway's query limits (depth, cost, page size) at their default
 * page sizes. A screen whose document the limits refuse fails only when it renders (a five-level category
 * tree did, issue 14); this finds it without a browser. Documents are read from the trusted-documents
 * manifest that `npm run codegen` writes (test/codegen.test.ts keeps it current).
 */
import fs from 'node:fs';
import { buildSchema, parse } from 'graphql';
import { enforceLimits } from '../src/limits';
import { trustedDocuments } from '../src/persisted-operations';
import { API_SCHEMA_FILE } from '../src/supergraph';

const schema = buildSchema(fs.readFileSync(API_SCHEMA_FILE, 'utf8'));

test('every trusted document is within the depth, cost and page-size limits', () => {
  const refused: string[] = [];
  for (const text of trustedDocuments().values()) {
    const document = parse(text);
    try {
      enforceLimits(schema, document, {});
    } catch (e) {
      const name = document.definitions.find((d) => d.kind === 'OperationDefinition')?.name?.value ?? '(anonymous)';
      refused.push(`${name}: ${(e as Error).message}`);
    }
  }
  expect(refused).toEqual([]);
  expect(trustedDocuments().size).toBeGreaterThan(100);
});
