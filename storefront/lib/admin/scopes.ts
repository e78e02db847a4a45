/**
 * Scopes an API key may carry: what integrators are offered. The API's own list is kit/src/actor.ts
 * API_SCOPES (the storefront does not bundle the kit); test/api-scopes.test.ts keeps the two equal.
 */
export const API_KEY_SCOPES = [
  'catalog:read',
  'catalog:write',
  'inventory:read',
  'inventory:write',
  'commerce:read',
  'commerce:write',
  'ledger:read',
  'mlas:read',
  'mlas:write',
  'transport:read',
  'transport:write',
  'identity:read',
  'audit:read',
] as const;
