/**
 * Process configuration from the environment. Development defaults keep `npm start` zero-config; in
 * production (NODE_ENV=production) every secret must be set explicitly.
 */
import { createHmac } from 'node:crypto';

const isProduction = process.env.NODE_ENV === 'production';

function secret(name: string, devDefault: string): string {
  const v = process.env[name];
  if (v) return v;
  if (isProduction) throw new Error(`${name} must be set in production`);
  return devDefault;
}

export const config = {
  isProduction,
  /** Signs actor headers between the gateway and subgraphs. */
  get gatewaySecret() {
    return secret('GATEWAY_SECRET', 'dev-gateway-secret-change-me');
  },
  /** Signs JWT access tokens (HS256). */
  get jwtSecret() {
    return secret('JWT_SECRET', 'dev-jwt-secret-change-me');
  },
  /** Encrypts TOTP secrets at rest. */
  get dataKey() {
    return secret('DATA_ENCRYPTION_KEY', 'dev-data-key-change-me');
  },
  /**
   * Signs the client address the storefront vouches for when it calls the gateway (decision 0021).
   * STOREFRONT_SECRET, else derived from the gateway secret so both sides agree without configuration;
   * either way the storefront never holds the gateway secret itself.
   */
  get storefrontSecret() {
    return process.env.STOREFRONT_SECRET || createHmac('sha256', this.gatewaySecret).update('webwaka:storefront-client-ip').digest('hex');
  },
  /**
   * Reverse proxies whose X-Forwarded-For/-Host/-Proto are believed (TRUSTED_PROXIES: comma-separated
   * addresses, CIDR ranges or `loopback`). Default none: the socket's address is the client's.
   */
  get trustedProxies(): string[] {
    return (process.env.TRUSTED_PROXIES ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  },
  /**
   * Where browsers and payment providers reach the gateway (PUBLIC_GATEWAY_URL, or the older
   * PUBLIC_API_URL), without a trailing slash; null when not configured (`npm start` sets
   * http://localhost:<gateway port>).
   */
  get publicGatewayUrl(): string | null {
    const v = (process.env.PUBLIC_GATEWAY_URL || process.env.PUBLIC_API_URL || '').trim().replace(/\/+$/, '');
    return v || null;
  },
  get databaseUrl() {
    return process.env.DATABASE_URL;
  },
  get redisUrl() {
    return process.env.REDIS_URL;
  },
  get dataDir() {
    return process.env.WEBWAKA_DATA_DIR ?? '.data';
  },
  accessTokenTtlSeconds: Number(process.env.ACCESS_TOKEN_TTL ?? 15 * 60),
  refreshTokenTtlSeconds: Number(process.env.REFRESH_TOKEN_TTL ?? 30 * 24 * 3600),
  /** How long an erased account stays soft-deleted before the purge job removes it. */
  deletionGraceDays: Number(process.env.DELETION_GRACE_DAYS ?? 30),
};
