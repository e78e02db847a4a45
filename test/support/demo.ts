/**
 * The demo data (prisma/seed) for tests: the seeds, and the fixed ids of demo tenants, users and agents.
 * Capability tests reach the seeds through here, never prisma/ directly (decision 0035): test/support/
 * is the one place the test harness depends on how the system is put together.
 */
export { seedDemo } from '../../prisma/seed';
export { seedIdentity, T, U } from '../../prisma/seed/identity';
export { seedCommerce } from '../../prisma/seed/commerce';
export { DEMO_AGENTS } from '../../prisma/seed/mlas';
export { seedTransport } from '../../prisma/seed/transport';
