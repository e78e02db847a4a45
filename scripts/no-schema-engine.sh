#!/bin/sh
# Stand-in for Prisma's native schema engine: migrations run through the WASM engine (prisma/scripts/migrate.ts).
exit 1
