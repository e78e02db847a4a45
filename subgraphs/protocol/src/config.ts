/**
 * Process configuration from the environment. The three secrets have no usable defaults outside tests:
 * `npm start` generates them once into <dataDir>/secrets.json (`ensureSecrets`, kit/src/secrets.ts) and
 * every other process is given them in its environment (decision 0020).
 */
import { createHmac } from 'node:crypto';

const isProduction = process.env.NODE_ENV === 'production';

/**
 * The development secrets of this public repository: anyone can sign a SUPER_ADMIN token or an actor
 * header with them, so only a test process (jest sets NODE_ENV=test) may use them.
 */
export const DEV_DEFAULT_SECRETS = {
  GATEWAY_SECRET: 'dev-gateway-secret-change-me',
  JWT_SECRET: 'dev-jwt-secret-change-me',
  DATA_ENCRYPTION_KEY: 'dev-data-key-change-me',
} as const;
export type SecretName = keyof typeof DEV_DEFAULT_SECRETS;
export const SECRET_NAMES = Object.keys(DEV_DEFAULT_SECRETS) as SecretName[];

/** A configuration the process refuses to start with; the message says what to do. */
export class ConfigurationError extends Error {
  readonly code = 'CONFIGURATION';
}

/** Read at call time, not at import: a test may start child processes with another NODE_ENV. */
export const isTestProcess = () => process.env.NODE_ENV === 'test';

/** One of the published defaults, or a value that says it is a placeholder. */
export const isPublicSecret = (v: string) => (Object.values(DEV_DEFAULT_SECRETS) as string[]).includes(v) || /change-?me/i.test(v);

function secret(name: SecretName): string {
  const v = process.env[name];
  if (isTestProcess()) return v || DEV_DEFAULT_SECRETS[name];
  if (!v) {
    throw new ConfigurationError(
      `${name} is not set. \`npm start\` generates it once into ${config.dataDir}/secrets.json; a process started on its own needs it in its environment (the same value as every other process of the installation).`,
    );
  }
  if (isPublicSecret(v)) {
    throw new ConfigurationError(
      `${name} is a publicly known development default: anyone could forge tokens with it. Refusing to start outside tests (NODE_ENV=test). Unset it (\`npm start\` generates a random one) or set a random value, e.g. \`openssl rand -base64 32\`.`,
    );
  }
  return v;
}

/** Throws (with what to do) unless every secret is usable: call it before a process serves anything. */
export function assertSecretsConfigured(): void {
  for (const name of SECRET_NAMES) secret(name);
}

export const config = {
  isProduction,
  /** Signs actor headers between the gateway and subgraphs. */
  get gatewaySecret() {
    return secret('GATEWAY_SECRET');
  },
  /** Signs JWT access tokens (HS256). */
  get jwtSecret() {
    return secret('JWT_SECRET');
  },
  /** Encrypts TOTP secrets at rest. */
  get dataKey() {
    return secret('DATA_ENCRYPTION_KEY');
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
