// Runs after `npm install`: makes the Prisma toolchain work offline.
// 1. The WASM schema engine must sit beside @prisma/internals' build (DESIGN.md, decision 0002).
// 2. Generate the Prisma client (prisma generate needs PRISMA_SCHEMA_ENGINE_BINARY set to any executable,
//    because the CLI otherwise tries to download a native engine it never uses for generation).
const fs = require('node:fs');
const path = require('node:path');
const root = path.resolve(__dirname, '..');
const wasmSrc = path.join(root, 'node_modules/@prisma/schema-engine-wasm/schema_engine_bg.wasm');
const wasmDst = path.join(root, 'node_modules/@prisma/internals/build/schema_engine_bg.wasm');
if (fs.existsSync(wasmSrc) && fs.existsSync(path.join(root, 'node_modules/@prisma/internals'))) {
  fs.mkdirSync(path.dirname(wasmDst), { recursive: true });
  fs.copyFileSync(wasmSrc, wasmDst);
}
if (fs.existsSync(path.join(root, 'prisma/schema'))) require('./prisma-generate.js');
