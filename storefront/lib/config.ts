import 'server-only';

/** Runtime configuration, read on every call so `next start` picks up the environment it runs in. */
export function gatewayUrl(): string {
  return process.env.GATEWAY_URL || 'http://localhost:4000/graphql';
}

export function defaultTenantSlug(): string {
  return process.env.DEFAULT_TENANT_SLUG || 'ade-fashion';
}

/** Milliseconds before a gateway request is abandoned. */
export function gatewayTimeoutMs(): number {
  const n = Number(process.env.GATEWAY_TIMEOUT_MS);
  return Number.isFinite(n) && n > 0 ? n : 10_000;
}
