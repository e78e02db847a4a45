// Ids the till makes on the device, with no network: event ids (UUIDv7, time-ordered, so the server's
// index on them stays append-mostly) and receipt codes (the short link /r/<tenant>/<code>).

/** A UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, version 7, variant 10, 74 random bits. */
export function uuidv7(now: number = Date.now(), random: Uint8Array = crypto.getRandomValues(new Uint8Array(16))): string {
  const b = new Uint8Array(16);
  b.set(random.subarray(0, 16));
  let ms = now;
  for (let i = 5; i >= 0; i--) {
    b[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  b[6] = 0x70 | (b[6] & 0x0f);
  b[8] = 0x80 | (b[8] & 0x3f);
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** RFC 4648 base32 (A–Z, 2–7: no 0, 1, 8 or 9 to mistake for O, I, B or g), as the pos subgraph checks it. */
export const RECEIPT_CODE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Ten random base32 characters (50 bits): the receipt's short-link code. */
export function receiptCode(random: Uint8Array = crypto.getRandomValues(new Uint8Array(10))): string {
  return Array.from(random.subarray(0, 10), (x) => RECEIPT_CODE_ALPHABET[x & 31]).join('');
}
