/**
 * The installation's secrets (GATEWAY_SECRET, JWT_SECRET, DATA_ENCRYPTION_KEY), decision 0020. `npm start`
 * and `npm run start:distributed` call `ensureSecrets` once: a value in the environment wins, otherwise it
 * comes from <dataDir>/secrets.json, generated at random on first run (0600, never printed). They then pass
 * them down through the environment to every process they start, which is how those processes share them.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  ConfigurationError,
  DEV_DEFAULT_SECRETS,
  SEALED_COLUMNS,
  SECRET_NAMES,
  assertSecretsConfigured,
  config,
  decryptSecret,
  encryptSecret,
  logger,
  type SecretName,
} from '@webwaka/protocol';
import type { PrismaClient } from './db';

export const SECRETS_FILE = 'secrets.json';

/** 32 random bytes: HS256 and HMAC-SHA256 keys as long as their hash, and an AES-256 key's worth. */
const generate = () => randomBytes(32).toString('base64url');

/**
 * Fills process.env with the secrets (environment first, then the file, then new ones written to the
 * file) and checks them. Returns the names generated now: a new DATA_ENCRYPTION_KEY on an existing
 * database means its sealed secrets are still under the old development key (`resealSecrets`).
 */
export function ensureSecrets(dataDir = config.dataDir): { generated: SecretName[]; file: string } {
  const dir = path.resolve(dataDir);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, SECRETS_FILE);
  let stored: Partial<Record<SecretName, string>> = {};
  if (fs.existsSync(file)) {
    // Whoever else can read the file can sign any token: tighten it if someone loosened it.
    if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
    try {
      stored = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (e) {
      throw new ConfigurationError(`${file} is not valid JSON (${(e as Error).message}); fix it or move it away (new secrets sign everyone out).`);
    }
  }
  const generated: SecretName[] = [];
  for (const name of SECRET_NAMES) {
    if (process.env[name]) continue;
    if (!stored[name]) {
      stored[name] = generate();
      generated.push(name);
    }
    process.env[name] = stored[name];
  }
  if (generated.length > 0) {
    // Written whole under a private name, then renamed: a crash never leaves half a file.
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(stored, null, 2) + '\n', { mode: 0o600 });
    fs.renameSync(tmp, file);
    logger.info('generated secrets', { names: generated, file });
  }
  assertSecretsConfigured();
  return { generated, file };
}

/** The secrets as environment variables, for the processes a start script spawns. */
export const secretsEnv = (): Record<SecretName, string> => ({
  GATEWAY_SECRET: config.gatewaySecret,
  JWT_SECRET: config.jwtSecret,
  DATA_ENCRYPTION_KEY: config.dataKey,
});

/** For tools that start a throwaway stack (bench): random secrets in this process's environment only. */
export function useEphemeralSecrets(): void {
  for (const name of SECRET_NAMES) process.env[name] ||= generate();
}

/**
 * Re-seals values sealed under `fromKey` (installations from before decision 0020 used the public
 * development key) under the configured key, in every column of the protocol's SEALED_COLUMNS, so 2FA,
 * payment provider keys and ticket signing keys keep working. Values that do not open with `fromKey` are
 * left alone (already re-sealed). Returns the count.
 */
export async function resealSecrets(prisma: PrismaClient, fromKey: string = DEV_DEFAULT_SECRETS.DATA_ENCRYPTION_KEY): Promise<number> {
  let count = 0;
  for (const [schema, table, column] of SEALED_COLUMNS) {
    const q = `"${schema}"."${table}"`;
    // Rows are found again by the sealed value itself (a random IV makes each one unique): not every table has an id.
    const rows = await prisma.$queryRawUnsafe<{ v: string }[]>(`SELECT "${column}" AS v FROM ${q} WHERE "${column}" IS NOT NULL`);
    for (const { v } of rows) {
      let plain: string;
      try {
        plain = decryptSecret(v, fromKey);
      } catch {
        continue;
      }
      await prisma.$executeRawUnsafe(`UPDATE ${q} SET "${column}" = $1 WHERE "${column}" = $2`, encryptSecret(plain), v);
      count++;
    }
  }
  if (count > 0) logger.info('re-sealed secrets under the new data key', { count });
  return count;
}
