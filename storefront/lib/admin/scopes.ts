/**
 * Scopes an API key may carry: what integrators are offered. The API's own list is API_SCOPES in
 * subgraphs/protocol/src/registry.ts (the storefront does not bundle server code); test/api-scopes.test.ts
 * keeps the two equal.
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
  'pos:read',
  'identity:read',
  'audit:read',
] as const;
