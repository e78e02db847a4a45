// Run by `npm run codegen` once it has written its files (codegen.yml, hooks): copies the storefront's
// trusted documents, which codegen writes next to the typed documents, to where the gateway reads them
// (gateway/src/persisted-operations.ts). The gateway loads no storefront code and may be deployed without
// storefront/, so it gets its own copy; test/codegen.test.ts checks the two are the same. Plain Node, no
// arguments used (codegen passes the written paths), so it runs the same on every platform.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
fs.copyFileSync(path.join(root, 'storefront/gql/persisted-documents.json'), path.join(root, 'gateway/supergraph/trusted-documents.json'));
