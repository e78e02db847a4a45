// `prisma generate` without network: point the CLI at a stub schema-engine binary (it is never run for
// generation) so it does not try to download the native one.
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const root = path.resolve(__dirname, '..');
const stub = path.join(__dirname, 'no-schema-engine.sh');
execFileSync(process.execPath, [require.resolve('prisma/build/index.js', { paths: [root] }), 'generate'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    // generators such as prisma-pothos-types are looked up as binaries in node_modules/.bin
    PATH: `${path.join(root, 'node_modules/.bin')}${path.delimiter}${process.env.PATH}`, PRISMA_SCHEMA_ENGINE_BINARY: stub, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' },
});
