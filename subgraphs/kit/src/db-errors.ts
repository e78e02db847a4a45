/**
 * Prisma's codes for a database it cannot talk to: not reachable (P1001), timed out (P1002, P1008), the
 * connection closed under it (P1017). Through the pg adapter the cause's kind says the same.
 */
const UNREACHABLE_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017']);
const UNREACHABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
/** PostgreSQL's connection exceptions (08…) and operator interventions (57P01 shut down, 57P02 crashed, 57P03 starting up). */
const UNREACHABLE_SQLSTATE = /^(?:08|57P0[1-3])/;
const UNREACHABLE_MESSAGE = /Connection terminated|ECONNREFUSED|ECONNRESET|Can't reach database server|the database system is (?:starting up|shutting down|in recovery mode)|timeout exceeded when trying to connect/i;

/**
 * Whether an error means the database could not be reached rather than refusing a query (issue 18): clients
 * then get `SERVICE_UNAVAILABLE` (retry shortly), not `INTERNAL`. Walks the error's causes, as Prisma wraps
 * the driver's.
 */
export function isDatabaseUnavailable(e: unknown): boolean {
  for (let err = e as any, depth = 0; err && typeof err === 'object' && depth < 5; err = err.cause, depth++) {
    if (UNREACHABLE_CODES.has(err.code)) return true;
    const driver = err.meta?.driverAdapterError?.cause ?? (err.name === 'DriverAdapterError' ? err.cause : undefined);
    if (driver && (UNREACHABLE_KINDS.has(driver.kind) || UNREACHABLE_SQLSTATE.test(String(driver.originalCode ?? driver.code ?? '')))) return true;
    if (typeof err.code === 'string' && /^[0-9A-Z]{5}$/.test(err.code) && UNREACHABLE_SQLSTATE.test(err.code)) return true;
    if (typeof err.message === 'string' && UNREACHABLE_MESSAGE.test(err.message)) return true;
  }
  return false;
}
