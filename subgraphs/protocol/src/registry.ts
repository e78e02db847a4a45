/**
 * The capability registry: the one place in the kit and the protocol that names capabilities. Everything
 * else here is generic (signing, tokens, errors, pubsub, the subgraph runtime); what the platform is made
 * of — which subgraphs exist and where they listen, the API scopes integrators can hold, the pubsub
 * channels subgraphs and gateways share, and the columns sealed under the data key — is listed below,
 * so a new capability is added here and in its own folder, and nowhere else (decision 0032).
 */

/**
 * Every subgraph with the port it listens on when nothing else is configured (`npm start`, distributed
 * processes). The gateway composes them in this order; a subgraph that calls another (commerce asking
 * inventory to reserve stock) finds it here, or in `<NAME>_URL`.
 */
export const SUBGRAPH_REGISTRY = [
  { name: 'identity', defaultPort: 4001 },
  { name: 'catalog', defaultPort: 4002 },
  { name: 'inventory', defaultPort: 4003 },
  { name: 'commerce', defaultPort: 4004 },
  { name: 'ledger', defaultPort: 4005 },
  { name: 'mlas', defaultPort: 4006 },
  { name: 'transport', defaultPort: 4007 },
  { name: 'pos', defaultPort: 4008 },
  { name: 'notifications', defaultPort: 4009 },
] as const;
export type SubgraphName = (typeof SUBGRAPH_REGISTRY)[number]['name'];

/**
 * Scopes an API key may carry. Each capability adds its own as it lands; operations name the scope they
 * accept beside the roles they allow.
 */
export const API_SCOPES = [
  'identity:read',
  'audit:read',
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
] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/**
 * The scope of a registered till's key (decision 0052). Not an API scope: `createApiKey` refuses it, so only
 * pairing a till (identity's service-only `issueDeviceKey`) makes a key that holds it.
 */
export const DEVICE_SCOPE = 'pos:device';
/** What a till's key holds: its own operations, and reading the catalogue and stock it sells from. */
export const DEVICE_KEY_SCOPES: readonly string[] = [DEVICE_SCOPE, 'catalog:read', 'inventory:read'];

/** Channels shared between subgraphs and gateways. */
export const CHANNELS = {
  /** A revoked API key's id: every gateway replica drops it from its verification cache at once. */
  apiKeyRevoked: 'gateway:api-key-revoked',
  /** Ended sessions ({ sessionIds }): every gateway refuses their access tokens until they expire. */
  sessionsEnded: 'gateway:sessions-ended',
  /** A tenant's public data changed ({ tenantId }): gateways drop its cached anonymous responses. */
  tenantDataChanged: 'gateway:tenant-data-changed',
  /** A tenant's catalogue settings changed ({ tenantId }): catalog replicas drop their copy (pricing reads it per quote). */
  catalogSettingsChanged: 'catalog:settings-changed',
  /** A tenant's changed stock levels ({ id }), for the `inventoryChanged` subscription. */
  inventory: (tenantId: string) => `inventory:${tenantId}`,
  /** A tenant's security events ({ id, type }), for the `auditEvents` subscription. */
  audit: (tenantId: string) => `audit:${tenantId}`,
  /** A trip's seat changes ({ id } of a transport SeatEvent), for `seatMap(tripId)`; keyed by trip because park and operator viewers share it. */
  transportSeats: (tripId: string) => `transport:seats:${tripId}`,
  /** A trip's viewer count changed ({ id: tripId }), for `tripPresence(tripId)`. */
  transportPresence: (tripId: string) => `transport:presence:${tripId}`,
  /** A rider reported a position on one of the order's shipments ({ id: orderId }), for `riderTracking(orderId, trackingKey)`. */
  riderTracking: (tenantId: string, orderId: string) => `commerce:rider-tracking:${tenantId}:${orderId}`,
};

/** Every column holding an `encryptSecret` value: [schema, table, column] (re-sealed by kit `resealSecrets`). */
export const SEALED_COLUMNS: readonly (readonly [schema: string, table: string, column: string])[] = [
  ['identity', 'User', 'totpSecretEnc'],
  ['commerce', 'PaymentProviderAccount', 'secretKeySealed'],
  ['commerce', 'PaymentProviderAccount', 'webhookSecretSealed'],
  ['commerce', 'Subscription', 'authorizationSealed'],
  ['transport', 'OperatorKey', 'privateKeyEnc'],
  ['catalog', 'Vendor', 'payoutAccountNumberSealed'],
  ['notifications', 'Message', 'secretSealed'],
  ['notifications', 'MessageProvider', 'credentialsSealed'],
  ['notifications', 'PushSubscription', 'authSealed'],
  ['notifications', 'VapidKey', 'privateKeySealed'],
];
