import { deflateSync } from 'node:zlib';

// The shop's app icons, drawn here rather than uploaded (decision 0053): the tenant's colour with a
// shopping bag in the colour that reads on it. An SVG (any size) and PNGs (192 and 512 px, which Android's
// install prompt asks for), encoded without an image library.

/** Icon sizes the manifest lists as PNG. */
export const PNG_ICON_SIZES = [192, 512] as const;

type Rgb = [number, number, number];

function rgbOf(hex: string): Rgb {
  const h = hex.replace('#', '');
  const full = h.length <= 4 ? [...h.slice(0, 3)].map((c) => c + c).join('') : h.slice(0, 6);
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
}

/**
 * Whether the bag covers the point (x, y), both in 0..1 of the icon: a rounded body and a handle (half a
 * ring) above it, inside the middle 60 % so a maskable icon's circle never cuts it.
 */
function inBag(x: number, y: number): boolean {
  const inBody = x >= 0.3 && x <= 0.7 && y >= 0.4 && y <= 0.74;
  const dx = x - 0.5;
  const dy = y - 0.4;
  const r = Math.hypot(dx, dy);
  const inHandle = dy <= 0 && r <= 0.13 && r >= 0.09;
  return inBody || inHandle;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A square RGB PNG of `size` pixels: the brand colour with the bag in `ink`. */
export function iconPng(size: number, brand: string, ink: string): Buffer {
  const [bg, fg] = [rgbOf(brand), rgbOf(ink)];
  const rows = Buffer.alloc(size * (size * 3 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 3 + 1); // each row starts with filter type 0 (none)
    for (let x = 0; x < size; x++) {
      const colour = inBag((x + 0.5) / size, (y + 0.5) / size) ? fg : bg;
      rows.set(colour, row + 1 + x * 3);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB, deflate, no filter choice, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** The same icon as SVG, with the shop's initial on the bag. */
export function iconSvg(brand: string, ink: string, name: string): string {
  const initial = ([...name.trim()][0] ?? '').toUpperCase().replace(/[<>&"']/g, '');
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="512" height="512">',
    `<rect width="100" height="100" fill="${brand}"/>`,
    `<path d="M37 40 A13 13 0 0 1 63 40 L59 40 A9 9 0 0 0 41 40 Z" fill="${ink}"/>`,
    `<rect x="30" y="40" width="40" height="34" rx="3" fill="${ink}"/>`,
    initial ? `<text x="50" y="66" font-family="sans-serif" font-size="22" font-weight="bold" text-anchor="middle" fill="${brand}">${initial}</text>` : '',
    '</svg>',
  ].join('');
}
