/**
 * Process configuration from the environment. Development defaults keep `npm start` zero-config; in
 * production (NODE_ENV=production) every secret must be set explicitly.
 */
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
