/**
 * The storefront's typed documents (storefront/gql/) and its trusted documents, in the storefront and in
 * the gateway's copy (gateway/supergraph/trusted-documents.json, decision 0038), are what `npm run codegen`
 * makes of the storefront's `graphql()` calls and the committed API schema. A document edited without
 * running codegen fails here: the storefront would send a hash the gateway does not trust.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { TRUSTED_DOCUMENTS_FILE } from '../gateway/src/persisted-operations';

const ROOT = path.resolve(__dirname, '..');
const MANIFEST = path.join(ROOT, 'storefront/gql/persisted-documents.json');

/** What `npm run codegen` would write, without writing it (or running its hooks). The codegen CLI loads ES modules jest cannot, hence a child process. */
function generatedFiles(): { filename: string; content: string }[] {
  const script = `
    const { generate, loadContext } = require('@graphql-codegen/cli');
    loadContext('codegen.yml')
      .then((context) => generate(context, false))
      .then((outputs) => process.stdout.write(JSON.stringify(outputs.map(({ filename, content }) => ({ filename, content })))));
  `;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
}

it('the generated documents and the trusted-documents manifest are current (run `npm run codegen`)', () => {
  const outputs = generatedFiles();
  expect(outputs.map((o) => path.relative(ROOT, path.resolve(ROOT, o.filename))).sort()).toEqual([
    'storefront/gql/gql.ts',
    'storefront/gql/graphql.ts',
    'storefront/gql/index.ts',
    'storefront/gql/persisted-documents.json',
  ]);
  const stale = outputs.filter(({ filename, content }) => fs.readFileSync(path.resolve(ROOT, filename), 'utf8') !== content).map((o) => o.filename);
  expect(stale).toEqual([]);
}, 120_000);

it('the gateway trusts exactly the storefront’s documents', () => {
  expect(fs.readFileSync(TRUSTED_DOCUMENTS_FILE, 'utf8')).toBe(fs.readFileSync(MANIFEST, 'utf8'));
  expect(Object.keys(JSON.parse(fs.readFileSync(MANIFEST, 'utf8'))).length).toBeGreaterThan(50);
});
