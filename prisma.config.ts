// Prisma CLI configuration (used by `prisma generate`). Migrations go through prisma/scripts/migrate.ts,
// which drives the WASM schema engine against the embedded or server database (decision 0002).
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema',
  migrations: { path: 'prisma/migrations', seed: 'tsx prisma/seed/index.ts' },
});
