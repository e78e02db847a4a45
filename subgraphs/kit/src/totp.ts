import { createHmac, randomBytes } from 'node:crypto';

/** TOTP (RFC 6238): HMAC-SHA1, 6 digits, 30-second steps, as every authenticator app expects. */
const STEP_SECONDS = 30;
const DIGITS = 6;
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Encode(buf: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of buf) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += B32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += B32[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(s: string): Buffer {
  const clean = s.replace(/=+$/, '').replace(/\s+/g, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of clean) {
    const idx = B32.indexOf(ch);
    if (idx < 0) throw new Error('Invalid base32');
    value = (value << 5) | idx;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

export const generateTotpSecret = () => base32Encode(randomBytes(20));

/** HOTP (RFC 4226) value for a counter. */
export function hotp(secret: string, counter: number): string {
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', base32Decode(secret)).update(msg).digest();
  const offset = mac[mac.length - 1] & 0xf;
  const bin = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** DIGITS;
  return bin.toString().padStart(DIGITS, '0');
}

export const totpAt = (secret: string, timeMs = Date.now()) => hotp(secret, Math.floor(timeMs / 1000 / STEP_SECONDS));

/**
 * The time step a code belongs to, or null. Accepts the current step and one either side, to forgive
 * clock drift on phones. Callers record the step so the same code cannot be used twice (RFC 6238 §5.2).
 */
export function matchTotpStep(secret: string, code: string, timeMs = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const step = Math.floor(timeMs / 1000 / STEP_SECONDS);
  return [step - 1, step, step + 1].find((c) => hotp(secret, c) === code) ?? null;
}

export const verifyTotp = (secret: string, code: string, timeMs = Date.now()) => matchTotpStep(secret, code, timeMs) !== null;

export const otpauthUrl = (secret: string, account: string, issuer = 'WebWaka') =>
  `otpauth://totp/${encodeURIComponent(issuer)}:${encodeURIComponent(account)}?secret=${secret}&issuer=${encodeURIComponent(issuer)}&algorithm=SHA1&digits=${DIGITS}&period=${STEP_SECONDS}`;
