import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { config } from './config';

export const sha256Hex = (s: string) => createHash('sha256').update(s).digest('hex');
export const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');
export const hmacSha256 = (secret: string, data: string) => createHmac('sha256', secret).update(data).digest();
export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');

/** Constant-time comparison of two strings (different lengths compare unequal without leaking where). */
export function safeEqual(a: string, b: string): boolean {
  const ba = Buffer.from(a);
  const bb = Buffer.from(b);
  return ba.length === bb.length && timingSafeEqual(ba, bb);
}

const key = (dataKey: string) => createHash('sha256').update(dataKey).digest();

/**
 * AES-256-GCM for small secrets at rest (TOTP seeds): `v1.<iv>.<tag>.<ciphertext>`. A `dataKey` other than
 * the configured one is only for re-sealing under a new key (`resealSecrets`, kit/src/secrets.ts).
 */
export function encryptSecret(plain: string, dataKey = config.dataKey): string {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key(dataKey), iv);
  const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
  return ['v1', b64url(iv), b64url(c.getAuthTag()), b64url(body)].join('.');
}

export function decryptSecret(sealed: string, dataKey = config.dataKey): string {
  const [v, iv, tag, body] = sealed.split('.');
  if (v !== 'v1') throw new Error('Unknown secret format');
  const d = createDecipheriv('aes-256-gcm', key(dataKey), Buffer.from(iv, 'base64url'));
  d.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([d.update(Buffer.from(body, 'base64url')), d.final()]).toString('utf8');
}
