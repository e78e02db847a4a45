// Cashier PINs are checked on the device, offline, against the hash the server sent in the till snapshot:
// hex(PBKDF2-SHA256(pin, salt = the bytes of pinSalt (hex), 100 000 iterations, 32 bytes)), with WebCrypto.

export const PIN_PATTERN = /^\d{4,6}$/;
const ITERATIONS = 100_000;

function hexToBytes(hex: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(new ArrayBuffer(hex.length >> 1));
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export async function pinHash(pin: string, saltHex: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: hexToBytes(saltHex), iterations: ITERATIONS }, key, 256);
  return Array.from(new Uint8Array(bits), (x) => x.toString(16).padStart(2, '0')).join('');
}

/** Whether `pin` is this cashier's (a constant-length comparison of the two hex strings). */
export async function pinMatches(pin: string, cashier: { pinSalt: string; pinHash: string }): Promise<boolean> {
  if (!PIN_PATTERN.test(pin)) return false;
  const got = await pinHash(pin, cashier.pinSalt);
  const want = cashier.pinHash.toLowerCase();
  let diff = got.length ^ want.length;
  for (let i = 0; i < got.length; i++) diff |= got.charCodeAt(i) ^ (want.charCodeAt(i) || 0);
  return diff === 0;
}
