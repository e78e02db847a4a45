/**
 * The system's boot parts for tests that need more control than startStack (stack.ts) gives: migrating a
 * database of the test's own, or starting the embedded graph on PostgreSQL. Capability tests reach
 * prisma/ and scripts/ through here, never directly (decision 0035).
 */
export { deployMigrations } from '../../prisma/migrator';
export { startEmbedded, type EmbeddedStack } from '../../scripts/embedded';
